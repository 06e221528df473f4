/// One terminal cell: a grapheme and its style. The right half of a
/// two-column grapheme is a continuation cell with empty text.
public struct Cell: Hashable, Sendable {
    public var text: String
    public var style: Style
    public init(_ text: String = " ", style: Style = .plain) {
        self.text = text
        self.style = style
    }
    public static let blank = Cell()
    public var isContinuation: Bool { text.isEmpty }
}

/// A frame to draw: every screen renders into one of these; the backend puts
/// it on the terminal, and tests compare its lines with expected ones.
public struct Buffer: Equatable, Sendable {
    public let size: Size
    public private(set) var cells: [Cell]
    /// Where the terminal cursor should blink (a text field), or nil to hide it.
    public var cursor: Point?

    public init(size: Size) {
        self.size = size
        self.cells = Array(repeating: .blank, count: size.width * size.height)
    }

    public var area: Rect { Rect(size: size) }

    public subscript(x: Int, y: Int) -> Cell {
        get { cells[y * size.width + x] }
    }

    /// Writes text at (x, y), clipped to `clip` (default: the whole buffer).
    /// Returns the number of columns used. A wide grapheme that would be cut
    /// by the edge is not drawn at all.
    @discardableResult
    public mutating func write(_ text: String, x: Int, y: Int, style: Style = .plain, clip: Rect? = nil) -> Int {
        let bounds = clip ?? area
        guard y >= bounds.y, y < bounds.maxY, y >= 0, y < size.height else { return 0 }
        let right = min(bounds.maxX, size.width)
        var col = x
        for ch in text {
            let w = DisplayWidth.of(ch)
            if w == 0 { continue }
            if col + w > right { break }
            if col >= max(bounds.x, 0) {
                set(col, y, Cell(String(ch), style: style))
                if w == 2 { set(col + 1, y, Cell("", style: style)) }
            }
            col += w
        }
        return col - x
    }

    /// Writes text, shortened with "…" if it would not fit in `width` columns.
    @discardableResult
    public mutating func write(_ text: String, in rect: Rect, row: Int = 0, style: Style = .plain) -> Int {
        write(DisplayWidth.truncate(text, to: rect.width), x: rect.x, y: rect.y + row, style: style, clip: rect)
    }

    /// Text centred in one row of `rect`.
    public mutating func writeCentered(_ text: String, in rect: Rect, row: Int = 0, style: Style = .plain) {
        let t = DisplayWidth.truncate(text, to: rect.width)
        let x = rect.x + max(0, (rect.width - DisplayWidth.of(t)) / 2)
        write(t, x: x, y: rect.y + row, style: style, clip: rect)
    }

    public mutating func fill(_ rect: Rect, with cell: Cell = .blank) {
        for y in max(rect.y, 0)..<min(rect.maxY, size.height) {
            for x in max(rect.x, 0)..<min(rect.maxX, size.width) { set(x, y, cell) }
        }
    }

    /// Changes the style of cells already written (e.g. to highlight a row).
    public mutating func restyle(_ rect: Rect, _ change: (inout Style) -> Void) {
        for y in max(rect.y, 0)..<min(rect.maxY, size.height) {
            for x in max(rect.x, 0)..<min(rect.maxX, size.width) {
                var c = cells[y * size.width + x]
                change(&c.style)
                cells[y * size.width + x] = c
            }
        }
    }

    private mutating func set(_ x: Int, _ y: Int, _ cell: Cell) {
        guard x >= 0, x < size.width, y >= 0, y < size.height else { return }
        let i = y * size.width + x
        let old = cells[i]
        // Overwriting half of a wide grapheme blanks its other half, so no
        // orphaned half is ever left on screen.
        if !cell.isContinuation, old.isContinuation, x > 0 { cells[i - 1] = .blank }
        if DisplayWidth.of(old.text) == 2, x + 1 < size.width, cells[i + 1].isContinuation { cells[i + 1] = .blank }
        cells[i] = cell
    }

    /// The text of one row, trailing spaces trimmed (for tests and logs).
    public func line(_ y: Int) -> String {
        var s = ""
        for x in 0..<size.width { s += cells[y * size.width + x].text }
        while s.last == " " { s.removeLast() }
        return s
    }

    public var lines: [String] { (0..<size.height).map(line) }

    /// The whole frame as text, one row per line.
    public var text: String { lines.joined(separator: "\n") }

    /// Does any row contain this text?
    public func contains(_ needle: String) -> Bool { lines.contains { $0.contains(needle) } }

    /// Style of the first cell of the first occurrence of `needle`, for tests.
    /// A wide grapheme is two cells, the second with empty text, so the
    /// display width of the text before the match is its column.
    public func style(of needle: String) -> Style? {
        for y in 0..<size.height {
            let l = line(y)
            guard let r = l.firstRange(of: needle) else { continue }
            let x = DisplayWidth.of(String(l[..<r.lowerBound]))
            return x < size.width ? self[x, y].style : nil
        }
        return nil
    }
}
