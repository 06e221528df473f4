/// How many terminal columns text takes. Measured per grapheme (Swift's
/// Character), so a letter with combining accents is one column, a CJK
/// ideograph two, an emoji two and a joined emoji sequence two, a Devanagari
/// syllable one for each letter and spacing vowel sign. Widths of single
/// scalars come from `WidthTable`, held against Python's wcwidth and glibc
/// over every code point by DisplayWidthFixtureTests.
public enum DisplayWidth {
    public static func of(_ text: String) -> Int {
        // Read from the bytes in place: plain ASCII and scalars that each
        // stand alone are counted without grapheme breaking.
        if let simple = text.utf8.withContiguousStorageIfAvailable({ StandaloneText.width($0) }) {
            return simple ?? graphemeWidth(text)
        }
        if PrintableASCII.check(text) { return text.utf8.count }  // plain ASCII
        // Scalars that each stand alone need no grapheme breaking either.
        var simple = 0
        for scalar in text.unicodeScalars {
            guard standsAlone(scalar) else { return graphemeWidth(text) }
            simple += scalar.value < 0x300 ? 1 : width(of: scalar)
        }
        return simple
    }

    static func graphemeWidth(_ text: String) -> Int {
        var total = 0
        for ch in text { total += of(ch) }
        return total
    }

    public static func of(_ ch: Character) -> Int {
        if ch.isASCII {
            // Control characters take no room; keel never draws them.
            guard let v = ch.asciiValue else { return 1 }  // "\r\n" is one ASCII Character
            return (v < 0x20 || v == 0x7F) ? 0 : 1
        }
        let scalars = ch.unicodeScalars
        guard let first = scalars.first else { return 0 }
        if scalars.index(after: scalars.startIndex) == scalars.endIndex { return width(of: first) }
        return clusterWidth(scalars)
    }

    /// Width of a grapheme of several scalars, as terminals lay it out: the
    /// sum of its scalars (a spacing vowel sign takes its own column), except
    /// that emoji sequences draw as one picture. A scalar joined by ZWJ adds
    /// nothing, nor does a skin tone on a picture or the second half of a
    /// flag; a presentation selector (U+FE0F) widens an emoji shown as text.
    static func clusterWidth(_ scalars: String.UnicodeScalarView) -> Int {
        var total = 0
        var previous: Unicode.Scalar?
        var previousWidth = 0
        var afterJoiner = false
        var flagHalf = false
        for scalar in scalars {
            let v = scalar.value
            var w = width(of: scalar)
            if afterJoiner {
                w = 0
            } else if v == 0xFE0F, let previous, previousWidth == 1, previous.properties.isEmoji {
                w = 1  // the emoji before it now takes two columns
            } else if (0x1F3FB...0x1F3FF).contains(v), previousWidth == 2 {
                w = 0
            } else if (0x1F1E6...0x1F1FF).contains(v) {
                if flagHalf { w = 0 }
                flagHalf.toggle()
            }
            afterJoiner = v == 0x200D && previous != nil
            total += w
            if w > 0 || v == 0xFE0F { previousWidth = v == 0xFE0F ? 2 : w }
            previous = scalar
        }
        return total
    }

    /// Width of a scalar on its own: 0 for controls, marks and format
    /// characters, 2 for East Asian wide characters and emoji shown as
    /// pictures, 1 for the rest (see `WidthTable`).
    public static func width(of scalar: Unicode.Scalar) -> Int {
        let v = scalar.value
        if v < 0x20 || (v >= 0x7F && v < 0xA0) { return 0 }
        if v < 0x300 { return 1 }
        return ScalarMemo.shared.facts(scalar).width
    }

    /// Width of a scalar beyond Latin, from the generated tables (a binary
    /// search: `ScalarMemo` keeps the answer).
    static func computeWidth(of scalar: Unicode.Scalar) -> Int {
        let v = scalar.value
        if v < 0x20 || (v >= 0x7F && v < 0xA0) { return 0 }
        if contains(WidthTable.zero, v) { return 0 }
        return contains(WidthTable.wide, v) ? 2 : 1
    }

    /// Is `v` inside one of the sorted (first, last) pairs of `table`?
    static func contains(_ table: [UInt32], _ v: UInt32) -> Bool {
        var low = 0, high = table.count / 2
        while low < high {
            let mid = (low + high) / 2
            if v < table[2 * mid] { high = mid } else if v > table[2 * mid + 1] { low = mid + 1 } else { return true }
        }
        return false
    }

    /// True for a printable scalar that is always a grapheme of its own:
    /// not a mark, joiner, selector, emoji modifier or flag half, and not a
    /// Hangul syllable part. Text made only of these needs no grapheme breaking.
    public static func standsAlone(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v < 0x20 || (v >= 0x7F && v < 0xA0) { return false }
        if v < 0x300 { return true }
        return ScalarMemo.shared.facts(scalar).standsAlone
    }

    static func computeStandsAlone(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if (0x1100...0x11FF).contains(v) || (0xAC00...0xD7A3).contains(v) { return false }
        if (0x1F1E6...0x1F1FF).contains(v) || (0x1F3FB...0x1F3FF).contains(v) || (0xE0020...0xE007F).contains(v) { return false }
        let props = scalar.properties
        return computeWidth(of: scalar) > 0 && !props.isGraphemeExtend && props.generalCategory != .spacingMark
    }

    /// The longest prefix of `text` that fits in `columns`, with its width.
    public static func prefix(_ text: String, fitting columns: Int) -> (String, Int) {
        var used = 0
        var end = text.startIndex
        for idx in text.indices {
            let w = of(text[idx])
            if used + w > columns { break }
            used += w
            end = text.index(after: idx)
        }
        return (String(text[..<end]), used)
    }

    /// Shortens text to fit, ending with "…" when something was cut.
    public static func truncate(_ text: String, to columns: Int) -> String {
        guard columns > 0 else { return "" }
        if of(text) <= columns { return text }
        let (head, _) = prefix(text, fitting: columns - 1)
        return head + "…"
    }

    /// Pads with spaces on the right to exactly `columns` (truncating if longer).
    public static func pad(_ text: String, to columns: Int) -> String {
        let t = truncate(text, to: columns)
        return t + String(repeating: " ", count: max(0, columns - of(t)))
    }
}
