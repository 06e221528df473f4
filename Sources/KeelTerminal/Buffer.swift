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

/// Cells of one row, kept from a frame to be put back into another.
public struct CellSpan: Equatable, Sendable {
    public let rect: Rect
    let glyphs: [UInt32]
    let styles: [Style]
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
        // Read from the bytes in place, in one pass: plain ASCII (most of what
        // keel draws), then text whose every scalar stands alone (no accents
        // to combine, no joiners, no emoji modifiers), need no grapheme breaking.
        if let used = text.utf8.withContiguousStorageIfAvailable({ bytes -> Int? in
            if PrintableASCII.check(bytes) {
                let end = min(x + bytes.count, right)
                if max(x, left) < end { writeASCII(bytes, x: x, from: max(x, left), to: end, y: y, style: style) }
                return max(0, end - x)
            }
            guard StandaloneText.width(bytes) != nil else { return nil }
            return writeStandalone(bytes, x: x, left: left, right: right, y: y, style: style)
        }), let used {
            return used
        }
        if !text.isContiguousUTF8 {  // a bridged string: read from a native copy
            var copy = text
            copy.makeContiguousUTF8()
            return write(copy, x: x, y: y, style: style, clip: clip)
        }
        var col = x
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
    private mutating func writeASCII(_ bytes: UnsafeBufferPointer<UInt8>, x: Int, from: Int, to: Int, y: Int, style: Style) {
        let rowStart = y * size.width, rowEnd = rowStart + size.width
        let first = rowStart + from, end = rowStart + to
        let skip = from - x
        glyphs.withUnsafeMutableBufferPointer { glyphs in
            if glyphs[first] == Buffer.continuation {
                var j = first - 1
                while j >= rowStart, glyphs[j] == Buffer.continuation { glyphs[j] = Buffer.space; j -= 1 }
                if j >= rowStart { glyphs[j] = Buffer.space }
            }
            var j = end
            while j < rowEnd, glyphs[j] == Buffer.continuation { glyphs[j] = Buffer.space; j += 1 }
            for k in 0..<(end - first) { glyphs[first + k] = UInt32(bytes[skip + k]) }
        }
        styles.withUnsafeMutableBufferPointer { styles in
            for i in first..<end { styles[i] = style }
        }
    }

    /// Scalars that each stand alone, from column `x`, drawn from `left`
    /// up to `right`: `set` for each, on the cells' storage held once.
    /// Returns the columns used.
    private mutating func writeStandalone(
        _ bytes: UnsafeBufferPointer<UInt8>, x: Int, left: Int, right: Int, y: Int, style: Style
    ) -> Int {
        let rowStart = y * size.width, rowEnd = rowStart + size.width
        var col = x
        glyphs.withUnsafeMutableBufferPointer { glyphs in
            styles.withUnsafeMutableBufferPointer { styles in
                var i = 0
                while i < bytes.count, let (scalar, length) = StandaloneText.scalar(bytes, at: i) {
                    let w = scalar.value < 0x300 ? 1 : DisplayWidth.width(of: scalar)
                    if col + w > right { break }
                    if col >= left {
                        Buffer.set(glyphs, styles, rowStart + col, rowStart: rowStart, rowEnd: rowEnd, scalar.value, style)
                        if w == 2 {
                            Buffer.set(glyphs, styles, rowStart + col + 1, rowStart: rowStart, rowEnd: rowEnd, Buffer.continuation, style)
                        }
                    }
                    col += w
                    i += length
                }
            }
        }
        return col - x
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
        let rowStart = y * size.width, rowEnd = rowStart + size.width
        glyphs.withUnsafeMutableBufferPointer { glyphs in
            styles.withUnsafeMutableBufferPointer { styles in
                Buffer.set(glyphs, styles, rowStart + x, rowStart: rowStart, rowEnd: rowEnd, glyph, style)
            }
        }
    }

    /// Puts a glyph in cell `i` of the row `rowStart..<rowEnd`.
    @inline(__always)
    private static func set(
        _ glyphs: UnsafeMutableBufferPointer<UInt32>, _ styles: UnsafeMutableBufferPointer<Style>, _ i: Int,
        rowStart: Int, rowEnd: Int, _ glyph: UInt32, _ style: Style
    ) {
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

    /// The cells of one row of `rect`, to be put back by `paste` into a later
    /// frame; nil when one holds a cluster, whose number belongs to this
    /// frame's table.
    public func span(of rect: Rect) -> CellSpan? {
        guard rect.height == 1, rect.y >= 0, rect.y < size.height, rect.x >= 0, rect.maxX <= size.width else { return nil }
        let cells = rect.y * size.width + rect.x..<rect.y * size.width + rect.maxX
        guard !glyphs[cells].contains(where: { $0 & Buffer.clusterFlag != 0 }) else { return nil }
        return CellSpan(rect: rect, glyphs: Array(glyphs[cells]), styles: Array(styles[cells]))
    }

    /// Puts back cells kept by `span(of:)`, where they were, into a frame
    /// whose row there is blank and holds no wide grapheme crossing its ends.
    public mutating func paste(_ span: CellSpan) {
        let first = span.rect.y * size.width + span.rect.x
        glyphs.withUnsafeMutableBufferPointer { glyphs in
            for (k, g) in span.glyphs.enumerated() { glyphs[first + k] = g }
        }
        styles.withUnsafeMutableBufferPointer { styles in
            for (k, s) in span.styles.enumerated() { styles[first + k] = s }
        }
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
