import KeelTerminal

/// The `/` search a list offers, the same on every list: typing narrows it
/// (the arrows still move), Enter keeps the words and goes back to the
/// list, Esc clears them. The words are folded for `SearchText`.
struct SearchBox {
    var editor = TextEditor(maxLength: 200)
    /// The search field has the keys (the screen captures text meanwhile).
    var typing = false

    var words: [String] { SearchText.words(editor.trimmed) }
    /// Shown while typing, and while words are kept.
    var isShown: Bool { typing || !editor.isEmpty }

    /// Words given all at once (plain mode's search), as if typed.
    mutating func set(_ text: String) { editor = TextEditor(text, maxLength: 200) }

    static let typingHints = [KeyHint("Enter", "done"), KeyHint("Esc", "clear")]

    /// The search's keys on a list: everything while typing, `/` to start
    /// (when there is something to search), Esc to clear kept words. Nil
    /// when the key is the list's; else whether the list should filter again.
    mutating func handle(_ key: Key, selected: inout Int, count: Int, canStart: Bool = true) -> Bool? {
        if typing { return type(key, selected: &selected, count: count) }
        switch key {
        case .char("/") where canStart:
            typing = true
            return false
        case .escape where clear():
            return true
        default:
            return nil
        }
    }

    /// A key while typing; true when the words changed and the list should
    /// be filtered again.
    mutating func type(_ key: Key, selected: inout Int, count: Int) -> Bool {
        switch key {
        case .enter:
            typing = false
            return false
        case .escape:
            typing = false
            return clear()
        case .up, .down:
            _ = moveSelection(&selected, count: count, key: key)
            return false
        default:
            return editor.handle(key)
        }
    }

    /// Clears kept words; false when there were none.
    mutating func clear() -> Bool {
        guard !editor.isEmpty else { return false }
        editor.set("")
        return true
    }

    /// "Search: words" on one row; returns the rows used (none when hidden).
    func render(into buffer: inout Buffer, row: Rect) -> Int {
        guard isShown, row.height > 0 else { return 0 }
        buffer.write("Search:", x: row.x, y: row.y, style: .muted, clip: row)
        buffer.textField(editor, in: Rect(x: row.x + 8, y: row.y, width: max(1, row.width - 8), height: 1), focused: typing)
        return 1
    }
}
