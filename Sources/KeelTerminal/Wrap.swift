/// Word wrapping by display width. Breaks at spaces when it can, inside a
/// word only when a single word is wider than the line. Newlines in the
/// text start new lines.
public enum Wrap {
    public static func lines(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        // A line that already fits, with no break or trailing space in it,
        // is its own wrap: most of what a frame wraps, kept without a copy.
        if text.utf8.last != 0x20, let w = StandaloneText.width(text), w <= width { return [text] }
        var out: [String] = []
        // Paragraphs are found by byte, without breaking the text into
        // graphemes: a "\r" before a "\n" is dropped with it.
        var text = text
        text.withUTF8 { bytes in
            var start = 0
            for i in 0...bytes.count where i == bytes.count || bytes[i] == 0x0A {
                var end = i
                if i < bytes.count, end > start, bytes[end - 1] == 0x0D { end -= 1 }
                let paragraph = UnsafeBufferPointer(rebasing: bytes[start..<end])
                if PrintableASCII.check(paragraph) {
                    out.append(contentsOf: wrapUnits(paragraph, ASCIIUnits(count: paragraph.count), width: width))
                } else if let units = ScalarUnits(paragraph) {
                    out.append(contentsOf: wrapUnits(paragraph, units, width: width))
                } else {
                    out.append(contentsOf: wrapParagraph(String(decoding: paragraph, as: UTF8.self), width: width))
                }
                start = i + 1
            }
        }
        return out
    }

    /// The pieces of a paragraph that can't be split, each starting at a
    /// byte offset and taking some columns: bytes of printable ASCII, or
    /// scalars that each stand alone.
    protocol Units {
        var count: Int { get }
        func start(_ k: Int) -> Int  // start(count) is the end of the text
        func width(_ k: Int) -> Int
    }

    struct ASCIIUnits: Units {
        let count: Int
        func start(_ k: Int) -> Int { k }
        func width(_ k: Int) -> Int { 1 }
    }

    struct ScalarUnits: Units {
        var starts: [Int] = []
        var widths: [UInt8] = []
        var count: Int { widths.count }
        func start(_ k: Int) -> Int { starts[k] }
        func width(_ k: Int) -> Int { Int(widths[k]) }

        /// Nil when some scalar joins its neighbours into a grapheme.
        init?(_ b: UnsafeBufferPointer<UInt8>) {
            starts.reserveCapacity(b.count / 2 + 1)
            widths.reserveCapacity(b.count / 2)
            var i = 0
            while i < b.count {
                guard let (scalar, length) = StandaloneText.scalar(b, at: i), DisplayWidth.standsAlone(scalar) else { return nil }
                starts.append(i)
                widths.append(UInt8(DisplayWidth.width(of: scalar)))
                i += length
            }
            starts.append(b.count)
        }
    }

    /// `wrapParagraph` in one pass over the units of a paragraph with no
    /// graphemes of several scalars: the same breaks, without breaking the
    /// text into Characters. A line is always one stretch of the paragraph,
    /// so it is kept as two unit indices.
    static func wrapUnits<U: Units>(_ b: UnsafeBufferPointer<UInt8>, _ units: U, width: Int) -> [String] {
        var lines: [String] = []
        func isSpace(_ k: Int) -> Bool { b[units.start(k)] == 0x20 }
        func emit(_ first: Int, _ end: Int, trim: Bool) {
            var end = end
            if trim { while end > first, isSpace(end - 1) { end -= 1 } }
            let bytes = b[units.start(first)..<units.start(end)]
            lines.append(String(decoding: UnsafeBufferPointer(rebasing: bytes), as: UTF8.self))
        }
        var lineStart = 0, lineEnd = 0, lineWidth = 0
        var i = 0
        while i < units.count {
            let space = isSpace(i)
            var j = i, runWidth = 0
            while j < units.count, isSpace(j) == space {
                runWidth += units.width(j)
                j += 1
            }
            if lineWidth + runWidth <= width {
                if space && lineWidth == 0 && !lines.isEmpty {
                    lineStart = j  // no spaces at the start of a wrapped line
                    lineEnd = j
                    i = j
                    continue
                }
                if lineWidth == 0 { lineStart = i }
                lineEnd = j
                lineWidth += runWidth
            } else if space {  // a break point: drop the spaces at the wrap
                emit(lineStart, lineEnd, trim: false)
                lineStart = j
                lineEnd = j
                lineWidth = 0
            } else {
                if lineWidth > 0 { emit(lineStart, lineEnd, trim: true) }
                // A word wider than a whole line is cut where it fills one.
                var piece = i, used = 0
                for k in i..<j {
                    let w = units.width(k)
                    if used > 0, used + w > width {
                        emit(piece, k, trim: false)
                        piece = k
                        used = 0
                    }
                    used += w
                }
                lineStart = piece
                lineEnd = j
                lineWidth = used
            }
            i = j
        }
        emit(lineStart, lineEnd, trim: true)
        return lines
    }

    static func wrapParagraph(_ text: String, width: Int) -> [String] {
        if text.isEmpty { return [""] }
        var lines: [String] = []
        var line = ""
        var lineWidth = 0
        for word in words(text) {
            let w = DisplayWidth.of(word)
            let isSpace = word.first == " "
            if lineWidth + w <= width {
                if !(isSpace && lineWidth == 0 && !lines.isEmpty) {
                    line += word
                    lineWidth += w
                }
                continue
            }
            if isSpace {  // a break point: drop the spaces at the wrap
                lines.append(line)
                line = ""
                lineWidth = 0
                continue
            }
            if lineWidth > 0 {
                lines.append(trimRight(line))
                line = ""
                lineWidth = 0
            }
            // A word wider than a whole line is cut by grapheme, in one pass
            // (a pasted blob can be a megabyte without a space).
            let (pieces, last, lastWidth) = cut(word, width: width)
            lines.append(contentsOf: pieces)
            line = last
            lineWidth = lastWidth
        }
        lines.append(trimRight(line))
        return lines
    }

    /// Splits a word into lines of `width` columns: the full lines, then
    /// the last, shorter piece and its width. Linear in the word's length.
    static func cut(_ word: String, width: Int) -> (full: [String], last: String, lastWidth: Int) {
        var full: [String] = []
        if PrintableASCII.check(word) {  // one column per byte
            let bytes = word.utf8
            var start = bytes.startIndex
            var left = bytes.count
            while left > width {
                let end = bytes.index(start, offsetBy: width)
                full.append(String(word[start..<end]))
                start = end
                left -= width
            }
            return (full, String(word[start...]), left)
        }
        var start = word.startIndex
        var used = 0
        for idx in word.indices {
            let w = DisplayWidth.of(word[idx])
            if used > 0, used + w > width {
                full.append(String(word[start..<idx]))
                start = idx
                used = 0
            }
            used += w
        }
        return (full, String(word[start...]), used)
    }

    /// Alternating runs of spaces and non-spaces.
    static func words(_ text: String) -> [String] {
        // ASCII (most of what keel wraps, every frame) splits by byte; a
        // paragraph holds no "\n", so no "\r\n" grapheme spans two bytes.
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return asciiWords(text.utf8) }
        var result: [String] = []
        var current = ""
        var currentIsSpace = false
        for ch in text {
            let space = ch == " "
            if !current.isEmpty, space != currentIsSpace {
                result.append(current)
                current = ""
            }
            current.append(ch)
            currentIsSpace = space
        }
        if !current.isEmpty { result.append(current) }
        return result
    }

    private static func asciiWords(_ bytes: String.UTF8View) -> [String] {
        var result: [String] = []
        var start = bytes.startIndex
        var startIsSpace = false
        for i in bytes.indices {
            let space = bytes[i] == UInt8(ascii: " ")
            if i != start, space != startIsSpace {
                result.append(String(bytes[start..<i])!)
                start = i
            }
            if i == start { startIsSpace = space }
        }
        if start != bytes.endIndex { result.append(String(bytes[start...])!) }
        return result
    }

    static func trimRight(_ s: String) -> String {
        var t = s
        while t.last == " " { t.removeLast() }
        return t
    }
}

extension Buffer {
    /// Draws wrapped text from the top of `rect`; returns the rows used.
    @discardableResult
    public mutating func paragraph(_ text: String, in rect: Rect, style: Style = .plain, skip: Int = 0) -> Int {
        let rows = Wrap.lines(text, width: rect.width)
        var y = 0
        for line in rows.dropFirst(skip) {
            if y >= rect.height { break }
            write(line, x: rect.x, y: rect.y + y, style: style, clip: rect)
            y += 1
        }
        return y
    }
}
