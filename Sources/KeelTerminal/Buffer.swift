/// One terminal cell, as tests and tools see it: a grapheme and its style.
/// The right half of a two-column grapheme is a continuation cell with empty text.
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
///
/// Cells are stored as plain numbers so a frame is cheap to build and to
/// compare with the last one: a glyph is a Unicode scalar, 0 for the right
/// half of a wide grapheme, or (with the top bit set) an index into
/// `clusters` for graphemes of several scalars (accents, joined emoji).
public struct Buffer: Equatable, Sendable {
    public let size: Size
    public private(set) var glyphs: [UInt32]
    public private(set) var styles: [Style]
    public private(set) var clusters: [String] = []
    /// Where each text in `clusters` is, so a frame full of accents stays linear.
    private var clusterIndex: [String: UInt32] = [:]
    /// Where the terminal cursor should blink (a text field), or nil to hide it.
    public var cursor: Point?

    public static let continuation: UInt32 = 0
    static let space: UInt32 = 32
    static let clusterFlag: UInt32 = 0x8000_0000

    public init(size: Size) {
        self.size = size
        glyphs = Array(repeating: Buffer.space, count: size.width * size.height)
        styles = Array(repeating: .plain, count: size.width * size.height)
    }

    public var area: Rect { Rect(size: size) }

    /// Blanks every cell, keeping the storage: a frame reused this way
    /// costs no allocation when nothing else holds it.
    public mutating func clear() {
        glyphs.withUnsafeMutableBufferPointer { $0.update(repeating: Buffer.space) }
        styles.withUnsafeMutableBufferPointer { $0.update(repeating: .plain) }
        clusters.removeAll(keepingCapacity: true)
        clusterIndex.removeAll(keepingCapacity: true)
        cursor = nil
    }

    /// The text of a glyph as stored in this buffer.
    public func text(ofGlyph g: UInt32) -> String {
        if g == Buffer.continuation { return "" }
        if g & Buffer.clusterFlag != 0 { return clusters[Int(g & ~Buffer.clusterFlag)] }
        return String(Character(Unicode.Scalar(g) ?? " "))
    }

    public subscript(x: Int, y: Int) -> Cell {
        let i = y * size.width + x
        return Cell(text(ofGlyph: glyphs[i]), style: styles[i])
    }

    /// Writes text at (x, y), clipped to `clip` (default: the whole buffer).
    /// Returns the number of columns used. A wide grapheme that would be cut
    /// by the edge is not drawn at all.
    @discardableResult
    public mutating func write(_ text: String, x: Int, y: Int, style: Style = .plain, clip: Rect? = nil) -> Int {
        let bounds = clip ?? area
        guard y >= bounds.y, y < bounds.maxY, y >= 0, y < size.height else { return 0 }
        let left = max(bounds.x, 0)
        let right = min(bounds.maxX, size.width)
        var col = x
        // Plain ASCII (most of what keel draws) needs no grapheme breaking.
        if PrintableASCII.check(text) {
            let end = min(x + text.utf8.count, right)
            if max(x, left) < end { writeASCII(text, x: x, from: max(x, left), to: end, y: y, style: style) }
            return max(0, end - x)
        }
        // Text whose every scalar stands alone (no accents to combine, no
        // joiners, no emoji modifiers) can be drawn scalar by scalar too.
        if text.unicodeScalars.allSatisfy(DisplayWidth.standsAlone) {
            for scalar in text.unicodeScalars {
                let w = DisplayWidth.width(of: scalar)
                if col + w > right { break }
                if col >= left {
                    set(col, y, scalar.value, style)
                    if w == 2 { set(col + 1, y, Buffer.continuation, style) }
                }
                col += w
            }
            return col - x
        }
        for ch in text {
            let w = DisplayWidth.of(ch)
            if w == 0 { continue }
            if col + w > right { break }
            if col >= left {
                set(col, y, glyph(for: ch), style)
                for k in 1..<w { set(col + k, y, Buffer.continuation, style) }
            }
            col += w
        }
        return col - x
    }

    /// Printable ASCII from column `from` up to `to` (within the row), the
    /// text starting at `x`: what `set` would do cell by cell, in one pass.
    /// Only the run's two ends can cut a wide grapheme, which is blanked whole.
    private mutating func writeASCII(_ text: String, x: Int, from: Int, to: Int, y: Int, style: Style) {
        let rowStart = y * size.width, rowEnd = rowStart + size.width
        let first = rowStart + from, end = rowStart + to
        if glyphs[first] == Buffer.continuation {
            var j = first - 1
            while j >= rowStart, glyphs[j] == Buffer.continuation { glyphs[j] = Buffer.space; j -= 1 }
            if j >= rowStart { glyphs[j] = Buffer.space }
        }
        var j = end
        while j < rowEnd, glyphs[j] == Buffer.continuation { glyphs[j] = Buffer.space; j += 1 }
        let skip = from - x, count = end - first
        let copied = text.utf8.withContiguousStorageIfAvailable { bytes in
            glyphs.withUnsafeMutableBufferPointer { glyphs in
                for k in 0..<count { glyphs[first + k] = UInt32(bytes[skip + k]) }
            }
        }
        if copied == nil {
            for (k, byte) in text.utf8.dropFirst(skip).prefix(count).enumerated() { glyphs[first + k] = UInt32(byte) }
        }
        styles.withUnsafeMutableBufferPointer { styles in
            for i in first..<end { styles[i] = style }
        }
    }

    private mutating func glyph(for ch: Character) -> UInt32 {
        let scalars = ch.unicodeScalars
        if scalars.count == 1, let only = scalars.first { return only.value }
        let text = String(ch)
        if let i = clusterIndex[text] { return i | Buffer.clusterFlag }
        let i = UInt32(clusters.count)
        clusters.append(text)
        clusterIndex[text] = i
        return i | Buffer.clusterFlag
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
            for x in max(rect.x, 0)..<min(rect.maxX, size.width) {
                set(x, y, cell.isContinuation ? Buffer.continuation : glyph(for: Character(cell.text)), cell.style)
            }
        }
    }

    private mutating func set(_ x: Int, _ y: Int, _ glyph: UInt32, _ style: Style) {
        guard x >= 0, x < size.width, y >= 0, y < size.height else { return }
        let i = y * size.width + x
        let rowStart = y * size.width, rowEnd = rowStart + size.width
        let old = glyphs[i]
        // Overwriting part of a wide grapheme blanks the rest of it, so no
        // orphaned piece is ever left on screen.
        if old == Buffer.continuation, glyph != Buffer.continuation {
            var j = i - 1
            while j >= rowStart, glyphs[j] == Buffer.continuation { glyphs[j] = Buffer.space; j -= 1 }
            if j >= rowStart { glyphs[j] = Buffer.space }
        }
        if !(old == Buffer.continuation && glyph == Buffer.continuation) {
            var j = i + 1
            while j < rowEnd, glyphs[j] == Buffer.continuation { glyphs[j] = Buffer.space; j += 1 }
        }
        glyphs[i] = glyph
        styles[i] = style
    }

    /// The text of one row, trailing spaces trimmed (for tests and logs).
    public func line(_ y: Int) -> String {
        var s = ""
        for x in 0..<size.width { s += text(ofGlyph: glyphs[y * size.width + x]) }
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
