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
    /// A long answer that may hold line breaks (Ctrl-J or Alt-Enter, and
    /// pasted ones); a one-line field turns pasted line breaks into spaces.
    public var multiline: Bool
    /// Something typed or pasted didn't fit: said under the field until
    /// the text gets shorter.
    public private(set) var wasCut = false

    public init(_ text: String = "", maxLength: Int = 20_000, multiline: Bool = false) {
        self.characters = Array(text.prefix(maxLength))
        self.cursor = characters.count
        self.maxLength = maxLength
        self.multiline = multiline
    }

    public var text: String { String(characters) }
    public var isEmpty: Bool { characters.isEmpty }
    public var trimmed: String {
        let chars = characters.drop(while: { $0.isWhitespace })
        return String(chars.reversed().drop(while: { $0.isWhitespace }).reversed())
    }

    /// A word for under the field when the text is near its limit (the last
    /// tenth of it) or something didn't fit; nil otherwise.
    public var limitNote: String? {
        let left = maxLength - characters.count
        if wasCut {
            return "That's as long as this can be (\(TextEditor.count(maxLength)) characters): the rest didn't fit."
        }
        guard maxLength >= 20, left <= max(10, maxLength / 10) else { return nil }
        if left == 0 { return "That's as long as this can be: \(TextEditor.count(maxLength)) characters." }
        return left == 1 ? "Room for 1 more character." : "Room for \(TextEditor.count(left)) more characters."
    }

    /// 4000 as "4,000".
    static func count(_ n: Int) -> String {
        n < 1000 ? String(n) : count(n / 1000) + "," + String(String(n % 1000 + 1000).dropFirst())
    }

    /// Applies an editing key; returns false for keys it doesn't handle.
    @discardableResult
    public mutating func handle(_ key: Key) -> Bool {
        switch key {
        case .char(let c):
            insert(c)
        case .paste(let text):
            insert(multiline ? text : TextEditor.oneLine(text))
        case .lineBreak:
            guard multiline else { return false }
            insertNewline()
        case .backspace:
            guard cursor > 0 else { return true }
            characters.remove(at: cursor - 1)
            cursor -= 1
            wasCut = false
        case .delete, .ctrl("d"):
            guard cursor < characters.count else { return true }
            characters.remove(at: cursor)
            wasCut = false
        case .left:
            cursor = max(0, cursor - 1)
        case .right:
            cursor = min(characters.count, cursor + 1)
        case .home, .ctrl("a"):
            if multiline { moveToLineEdge(end: false) } else { cursor = 0 }
        case .end, .ctrl("e"):
            if multiline { moveToLineEdge(end: true) } else { cursor = characters.count }
        case .up, .down:
            // The field's width isn't known here: step over whole lines.
            guard multiline, characters.contains("\n") else { return false }
            moveVertically(by: key == .up ? -1 : 1, width: Int.max / 2)
        case .ctrl("u"):
            if multiline {
                deleteToLineStart()
            } else {
                characters.removeSubrange(0..<cursor)
                cursor = 0
            }
            wasCut = false
        case .ctrl("k"):
            characters.removeSubrange(cursor...)
            wasCut = false
        case .ctrl("w"):
            deleteWordBack()
            wasCut = false
        default:
            return false
        }
        return true
    }

    /// Pasted text for a one-line field: each run of line breaks becomes one space.
    static func oneLine(_ text: String) -> String {
        var out = ""
        var inBreak = false
        for ch in text {
            if ch == "\n" || ch == "\r\n" || ch == "\r" {
                if !inBreak { out.append(" ") }
                inBreak = true
            } else {
                out.append(ch)
                inBreak = false
            }
        }
        return out
    }

    /// Inserts text at the cursor in one move (a long paste stays fast), as
    /// far as the limit allows; line breaks only in a multiline field.
    public mutating func insert(_ text: String) {
        var incoming: [Character] = []
        incoming.reserveCapacity(text.utf8.count)
        for raw in text {
            if raw == "\n" || raw == "\r\n" || raw == "\r" {
                if multiline { incoming.append("\n") } else { incoming.append(" ") }
            } else if raw == "\t" {
                incoming.append(" ")
            } else if let v = raw.asciiValue, v < 0x20 || v == 0x7F {
                continue
            } else {
                incoming.append(raw)
            }
        }
        guard let first = incoming.first else { return }
        // The first may finish the grapheme before the cursor (an accent, a
        // skin tone, the second half of a flag).
        if joinBefore(first) { incoming.removeFirst() }
        let room = maxLength - characters.count
        if incoming.count > room {
            incoming.removeSubrange(max(0, room)...)
            wasCut = true
        }
        characters.insert(contentsOf: incoming, at: cursor)
        cursor += incoming.count
    }

    public mutating func insert(_ raw: Character) {
        insert(String(raw))
    }

    /// Keys arrive a scalar at a time: a scalar that forms one grapheme with
    /// the one before the cursor (a combining mark, a joiner and what it
    /// joins, a skin tone, a flag's second letter) becomes part of it, as on
    /// screen, so the cursor and Backspace move over the whole.
    private mutating func joinBefore(_ next: Character) -> Bool {
        guard cursor > 0, next != "\n", characters[cursor - 1] != "\n" else { return false }
        let merged = String(characters[cursor - 1]) + String(next)
        guard merged.count == 1 else { return false }
        characters[cursor - 1] = Character(merged)
        return true
    }

    /// A line break, for fields that hold several paragraphs.
    public mutating func insertNewline() {
        guard characters.count < maxLength else {
            wasCut = true
            return
        }
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
    public mutating func moveVertically(by rows: Int, width: Int, words: Bool = true) {
        let layout = rowLayout(width: width, words: words)
        let (row, column) = position(of: cursor, rows: layout)
        let target = row + rows
        guard target >= 0, target < layout.count else {
            cursor = rows < 0 ? 0 : characters.count
            return
        }
        let end = target + 1 < layout.count ? layout[target + 1].start : characters.count
        var i = layout[target].start, col = layout[target].indent
        while i < end, characters[i] != "\n" {
            let w = DisplayWidth.of(characters[i])
            if col + w > column { break }
            col += w
            i += 1
        }
        // A row that wrapped ends where the next begins: stay on this row.
        let wrapped = target + 1 < layout.count && end > layout[target].start && characters[max(0, end - 1)] != "\n"
        cursor = (i == end && wrapped) ? end - 1 : i
    }

    /// Puts the cursor at a grapheme offset (where a draft left it), kept inside the text.
    public mutating func place(at offset: Int) { cursor = max(0, min(offset, characters.count)) }

    /// Replaces the text (an answer kept earlier, or back from an editor);
    /// one line unless multiline, and what doesn't fit is said.
    public mutating func set(_ s: String) {
        characters = []
        cursor = 0
        wasCut = false
        insert(s)
    }

    private mutating func deleteWordBack() {
        var i = cursor
        while i > 0, characters[i - 1] == " " { i -= 1 }
        while i > 0, characters[i - 1] != " " { i -= 1 }
        characters.removeSubrange(i..<cursor)
        cursor = i
    }

    /// Lays the text out in rows of `width` columns, by words (at the last
    /// space that fits, as the saved page does) or hard-wrapped by grapheme,
    /// and finds the cursor's row and column. A wrapped line keeps the indent
    /// its paragraph began with.
    public func layout(width: Int, words: Bool = true) -> (rows: [String], cursorRow: Int, cursorColumn: Int) {
        guard width > 1 else { return ([text], 0, 0) }
        let layout = rowLayout(width: width, words: words)
        let rows = layout.indices.map { r -> String in
            let end = r + 1 < layout.count ? layout[r + 1].start : characters.count
            let body = String(characters[layout[r].start..<end].filter { $0 != "\n" })
            return layout[r].indent == 0 ? body : String(repeating: " ", count: layout[r].indent) + body
        }
        let (row, column) = position(of: cursor, rows: layout)
        return (rows, row, column)
    }

    /// One row of the layout: where it begins in the text, and the blank
    /// columns before it (a wrapped line's indent).
    struct Row: Equatable {
        var start: Int
        var indent: Int
    }

    /// The rows at `width`. The last column stays free for the cursor; a
    /// word longer than a row is cut.
    func rowLayout(width: Int, words: Bool) -> [Row] {
        var rows = [Row(start: 0, indent: 0)]
        var col = 0
        var afterSpace: Int?
        var leading = true, paragraphIndent = 0
        for (n, ch) in characters.enumerated() {
            if ch == "\n" {
                rows.append(Row(start: n + 1, indent: 0))
                col = 0
                afterSpace = nil
                leading = true
                paragraphIndent = 0
                continue
            }
            if leading {
                if ch == " " { paragraphIndent += 1 } else { leading = false }
            }
            let w = DisplayWidth.of(ch)
            if col + w > width - 1 {
                let indent = min(paragraphIndent, (width - 1) / 2)
                if words, let s = afterSpace, s > rows[rows.count - 1].start {
                    rows.append(Row(start: s, indent: indent))
                    col = indent + characters[s..<n].reduce(0) { $0 + DisplayWidth.of($1) }
                } else {
                    rows.append(Row(start: n, indent: indent))
                    col = indent
                }
                afterSpace = nil
            }
            col += w
            if ch == " ", !leading { afterSpace = n + 1 }
        }
        return rows
    }

    /// The row and display column of a grapheme index.
    func position(of index: Int, rows: [Row]) -> (row: Int, column: Int) {
        let row = (rows.lastIndex { $0.start <= index }) ?? 0
        let column = characters[rows[row].start..<min(index, characters.count)].reduce(rows[row].indent) {
            $0 + ($1 == "\n" ? 0 : DisplayWidth.of($1))
        }
        return (row, column)
    }
}

extension Buffer {
    /// Draws an editable field in `rect`, scrolled so the cursor row shows,
    /// and places the terminal cursor when `focused`. Near its length limit
    /// the field's last row says so, when it has more than one.
    public mutating func textField(
        _ editor: TextEditor, in rect: Rect, focused: Bool,
        placeholder: String = "", style: Style = .plain, words: Bool = true
    ) {
        guard !rect.isEmpty else { return }
        var rect = rect
        if let note = editor.limitNote, rect.height >= 2 {
            rect.height -= 1
            write(note, in: Rect(x: rect.x, y: rect.maxY, width: rect.width, height: 1), style: .warm)
        }
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
