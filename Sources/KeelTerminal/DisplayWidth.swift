/// How many terminal columns text takes. Measured per grapheme (Swift's
/// Character), so a letter with combining accents is one column, a CJK
/// ideograph two, an emoji two and a joined emoji sequence two.
public enum DisplayWidth {
    public static func of(_ text: String) -> Int {
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return text.utf8.count }  // plain ASCII
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
        if scalars.contains(where: { $0.value == 0xFE0F }) { return 2 }  // emoji presentation selector
        return width(of: first)
    }

    /// Width of a scalar that starts a grapheme.
    public static func width(of scalar: Unicode.Scalar) -> Int {
        let v = scalar.value
        if v < 0x20 || (v >= 0x7F && v < 0xA0) { return 0 }
        if v < 0x300 { return 1 }
        return ScalarMemo.shared.facts(scalar).width
    }

    /// Width of a scalar beyond Latin, from its Unicode properties (slow:
    /// `ScalarMemo` keeps the answer).
    static func computeWidth(of scalar: Unicode.Scalar) -> Int {
        let v = scalar.value
        let props = scalar.properties
        switch props.generalCategory {
        case .nonspacingMark, .enclosingMark, .format, .control:
            return 0
        default:
            break
        }
        if v == 0x200B || (v >= 0x1160 && v <= 0x11FF) { return 0 }  // zero width space, Hangul jungseong
        if props.isEmojiPresentation { return 2 }
        return isWide(v) ? 2 : 1
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

    /// East Asian Wide and Fullwidth ranges (Unicode 15), coarse but safe.
    static func isWide(_ v: UInt32) -> Bool {
        switch v {
        case 0x1100...0x115F, 0x231A...0x231B, 0x2329...0x232A, 0x2E80...0x303E, 0x3041...0x33FF,
             0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF, 0xA960...0xA97F, 0xAC00...0xD7A3,
             0xF900...0xFAFF, 0xFE10...0xFE19, 0xFE30...0xFE6F, 0xFF00...0xFF60, 0xFFE0...0xFFE6,
             0x16FE0...0x16FE4, 0x17000...0x18CFF, 0x1B000...0x1B2FF, 0x1F200...0x1F2FF,
             0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x2FFFD, 0x30000...0x3FFFD:
            return true
        default:
            return false
        }
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
