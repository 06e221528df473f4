/// The editing model behind every text field: a string and a cursor counted
/// in graphemes, so the cursor never lands inside an emoji or between a
/// letter and its accent, and backspace removes what the person sees as one
/// character.
public struct TextEditor: Hashable, Sendable {
    /// Graphemes, kept as an array so a long paste stays fast to edit.
    public private(set) var characters: [Character]
    /// Cursor position in graphemes from the start.
    public private(set) var cursor: Int
    public var maxLength: Int

    public init(_ text: String = "", maxLength: Int = 20_000) {
        self.characters = Array(text.prefix(maxLength))
        self.cursor = characters.count
        self.maxLength = maxLength
    }

    public var text: String { String(characters) }
    public var isEmpty: Bool { characters.isEmpty }
    public var trimmed: String {
        let chars = characters.drop(while: { $0.isWhitespace })
        return String(chars.reversed().drop(while: { $0.isWhitespace }).reversed())
    }

    /// Applies an editing key; returns false for keys it doesn't handle.
    @discardableResult
    public mutating func handle(_ key: Key) -> Bool {
        switch key {
        case .char(let c):
            insert(c)
        case .backspace:
            guard cursor > 0 else { return true }
            characters.remove(at: cursor - 1)
            cursor -= 1
        case .delete, .ctrl("d"):
            guard cursor < characters.count else { return true }
            characters.remove(at: cursor)
        case .left:
            cursor = max(0, cursor - 1)
        case .right:
            cursor = min(characters.count, cursor + 1)
        case .home, .ctrl("a"):
            cursor = 0
        case .end, .ctrl("e"):
            cursor = characters.count
        case .ctrl("u"):
            characters.removeSubrange(0..<cursor)
            cursor = 0
        case .ctrl("k"):
            characters.removeSubrange(cursor...)
        case .ctrl("w"):
            deleteWordBack()
        default:
            return false
        }
        return true
    }

    public mutating func insert(_ text: String) {
        for ch in text { insert(ch) }
    }

    public mutating func insert(_ raw: Character) {
        // Control characters never enter a text; a tab becomes a space.
        if raw == "\t" { return insert(" ") }
        if let v = raw.asciiValue, v < 0x20 || v == 0x7F { return }
        // A combining mark or joiner typed on its own belongs to the grapheme
        // before the cursor: merge them, as the screen would.
        if cursor > 0, DisplayWidth.of(raw) == 0 {
            let merged = String(characters[cursor - 1]) + String(raw)
            if merged.count == 1 {
                characters[cursor - 1] = Character(merged)
                return
            }
        }
        guard characters.count < maxLength else { return }
        characters.insert(raw, at: cursor)
        cursor += 1
    }

    /// A line break, for the few fields that hold several paragraphs (a
    /// letter); `insert` keeps every other field to one line.
    public mutating func insertNewline() {
        guard characters.count < maxLength else { return }
        characters.insert("\n", at: cursor)
        cursor += 1
    }

    /// Home and End in a text of several lines: the start or end of the
    /// cursor's line rather than of the whole text.
    public mutating func moveToLineEdge(end: Bool) {
        if end {
            while cursor < characters.count, characters[cursor] != "\n" { cursor += 1 }
        } else {
            while cursor > 0, characters[cursor - 1] != "\n" { cursor -= 1 }
        }
    }

    /// Ctrl-U in a text of several lines: clears back to the start of the line only.
    public mutating func deleteToLineStart() {
        let end = cursor
        moveToLineEdge(end: false)
        characters.removeSubrange(cursor..<end)
    }

    /// Moves the cursor up or down by rows of the layout at `width`, keeping
    /// its column where the row is long enough.
    public mutating func moveVertically(by rows: Int, width: Int, words: Bool = false) {
        let starts = rowStarts(width: width, words: words)
        let (row, column) = position(of: cursor, starts: starts)
        let target = row + rows
        guard target >= 0, target < starts.count else {
            cursor = rows < 0 ? 0 : characters.count
            return
        }
        let end = target + 1 < starts.count ? starts[target + 1] : characters.count
        var i = starts[target], col = 0
        while i < end, characters[i] != "\n" {
            let w = DisplayWidth.of(characters[i])
            if col + w > column { break }
            col += w
            i += 1
        }
        // A row that wrapped ends where the next begins: stay on this row.
        cursor = (i == end && target + 1 < starts.count && characters[max(0, end - 1)] != "\n" && end > starts[target]) ? end - 1 : i
    }

    public mutating func set(_ s: String) {
        characters = Array(s.prefix(maxLength))
        cursor = characters.count
    }

    private mutating func deleteWordBack() {
        var i = cursor
        while i > 0, characters[i - 1] == " " { i -= 1 }
        while i > 0, characters[i - 1] != " " { i -= 1 }
        characters.removeSubrange(i..<cursor)
        cursor = i
    }

    /// Lays the text out in rows of `width` columns, hard-wrapped by grapheme
    /// (so the cursor can be placed exactly) or, with `words`, at the last
    /// space that fits, and finds the cursor's row and column.
    public func layout(width: Int, words: Bool = false) -> (rows: [String], cursorRow: Int, cursorColumn: Int) {
        guard width > 1 else { return ([text], 0, 0) }
        let starts = rowStarts(width: width, words: words)
        let rows = starts.indices.map { r -> String in
            let end = r + 1 < starts.count ? starts[r + 1] : characters.count
            return String(characters[starts[r]..<end].filter { $0 != "\n" })
        }
        let (row, column) = position(of: cursor, starts: starts)
        return (rows, row, column)
    }

    /// Where each row begins. The last column stays free for the cursor; a
    /// word longer than a row is cut.
    func rowStarts(width: Int, words: Bool) -> [Int] {
        var starts = [0]
        var col = 0
        var afterSpace: Int?
        for (n, ch) in characters.enumerated() {
            if ch == "\n" {
                starts.append(n + 1)
                col = 0
                afterSpace = nil
                continue
            }
            let w = DisplayWidth.of(ch)
            if col + w > width - 1 {
                if words, let s = afterSpace, s > starts[starts.count - 1] {
                    starts.append(s)
                    col = characters[s..<n].reduce(0) { $0 + DisplayWidth.of($1) }
                } else {
                    starts.append(n)
                    col = 0
                }
                afterSpace = nil
            }
            col += w
            if ch == " " { afterSpace = n + 1 }
        }
        return starts
    }

    /// The row and display column of a grapheme index, given the row starts.
    func position(of index: Int, starts: [Int]) -> (row: Int, column: Int) {
        let row = (starts.lastIndex { $0 <= index }) ?? 0
        let column = characters[starts[row]..<min(index, characters.count)].reduce(0) { $0 + ($1 == "\n" ? 0 : DisplayWidth.of($1)) }
        return (row, column)
    }
}

extension Buffer {
    /// Draws an editable field in `rect`, scrolled so the cursor row shows,
    /// and places the terminal cursor when `focused`.
    public mutating func textField(_ editor: TextEditor, in rect: Rect, focused: Bool,
                                   placeholder: String = "", style: Style = .plain, words: Bool = false) {
        guard !rect.isEmpty else { return }
        if editor.isEmpty, !placeholder.isEmpty {
            write(placeholder, in: rect, style: .muted)
            if focused { cursor = Point(x: rect.x, y: rect.y) }
            return
        }
        let (rows, row, col) = editor.layout(width: rect.width, words: words)
        let first = max(0, row - rect.height + 1)
        for (i, r) in rows.dropFirst(first).prefix(rect.height).enumerated() {
            write(r, x: rect.x, y: rect.y + i, style: style, clip: rect)
        }
        if focused { cursor = Point(x: rect.x + col, y: rect.y + row - first) }
    }
}
