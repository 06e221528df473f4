/// Search the way a person types: "cafe" finds "Café" and "CAFÉ". Each
/// character is lowercased and loses its accents; the places a search's
/// words were found are given in the original text's characters, so a
/// screen can highlight them.
///
/// keel links only FoundationEssentials on Linux, which has no Unicode
/// decomposition, so accents come off by name: a Latin letter "WITH" a mark
/// ("LATIN SMALL LETTER E WITH ACUTE") folds to its letter, and combining
/// marks typed apart are dropped. Other scripts are compared as they are.
public enum SearchText {
    /// The text folded for comparing: lowercased, accents dropped.
    public static func fold(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for c in text { out += fold(c) }
        return out
    }

    /// The words of a search, folded, in the order typed.
    public static func words(_ query: String) -> [String] {
        fold(query).split(whereSeparator: \.isWhitespace).map(String.init)
    }

    /// True when every word is somewhere in the text.
    public static func matches(_ words: [String], in folded: String) -> Bool {
        words.allSatisfy { folded.contains($0) }
    }

    /// Where each word occurs in `text`, as ranges of its characters
    /// (not scalars or bytes), in order, overlaps merged.
    public static func ranges(of words: [String], in text: String) -> [Range<Int>] {
        guard !words.isEmpty else { return [] }
        // Each folded character remembers the original character it came from.
        var folded: [Character] = []
        var owner: [Int] = []
        for (i, c) in text.enumerated() {
            for f in fold(c) {
                folded.append(f)
                owner.append(i)
            }
        }
        var found: [Range<Int>] = []
        for word in words {
            let w = Array(word)
            guard !w.isEmpty, w.count <= folded.count else { continue }
            var start = 0
            while start + w.count <= folded.count {
                if folded[start..<(start + w.count)].elementsEqual(w) {
                    found.append(owner[start]..<(owner[start + w.count - 1] + 1))
                    start += w.count
                } else {
                    start += 1
                }
            }
        }
        return merged(found)
    }

    /// The text on one line, cut to begin a little before the first place
    /// a word is found when the match would not show in `width` columns:
    /// "…went to the café after work".
    public static func snippet(_ text: String, around words: [String], width: Int) -> String {
        let flat = text.split(whereSeparator: \.isNewline).joined(separator: " ")
        guard let first = ranges(of: words, in: flat).first else { return flat }
        let chars = Array(flat)
        if DisplayWidth.of(String(chars[..<first.upperBound])) < width { return flat }
        var start = max(0, first.lowerBound - max(2, width / 4))
        // Start at a word's beginning, never past the match.
        while start > 0, start < first.lowerBound, !chars[start - 1].isWhitespace { start += 1 }
        return (start > 0 ? "…" : "") + String(chars[start...])
    }

    static func merged(_ ranges: [Range<Int>]) -> [Range<Int>] {
        var out: [Range<Int>] = []
        for r in ranges.sorted(by: { $0.lowerBound < $1.lowerBound }) {
            if let last = out.last, r.lowerBound <= last.upperBound {
                out[out.count - 1] = last.lowerBound..<max(last.upperBound, r.upperBound)
            } else {
                out.append(r)
            }
        }
        return out
    }

    /// One character folded; ASCII takes the quick way.
    static func fold(_ c: Character) -> String {
        if c.isASCII { return c.lowercased() }
        var out = ""
        for scalar in c.unicodeScalars {
            if scalar.properties.generalCategory == .nonspacingMark { continue }
            out += base(of: scalar) ?? String(scalar).lowercased()
        }
        return out
    }

    /// The plain letter of an accented Latin letter, from its Unicode name.
    static func base(of scalar: Unicode.Scalar) -> String? {
        guard scalar.value >= 0xC0, scalar.value < 0x2C00, let name = scalar.properties.name else { return nil }
        for prefix in ["LATIN SMALL LETTER ", "LATIN CAPITAL LETTER "] where name.hasPrefix(prefix) {
            let parts = name.dropFirst(prefix.count).split(separator: " ")
            guard parts.count >= 3, parts[1] == "WITH", parts[0].count == 1 else { return nil }
            return parts[0].lowercased()
        }
        return nil
    }
}

extension Buffer {
    /// Underlines and emboldens where a search's words appear in one row,
    /// over whatever was drawn there: the list widgets draw as they always
    /// do, and the match is marked afterwards, in colour or without.
    public mutating func highlight(_ words: [String], row y: Int, in rect: Rect) {
        guard !words.isEmpty, y >= rect.y, y < rect.maxY else { return }
        var cells: [(x: Int, text: String)] = []
        for x in rect.x..<rect.maxX {
            let cell = self[x, y]
            if !cell.isContinuation { cells.append((x, cell.text)) }
        }
        let text = cells.map(\.text).joined()
        // A cell holds one character (a cluster), so character offsets are cell offsets.
        guard text.count == cells.count else { return }
        for r in SearchText.ranges(of: words, in: text) {
            for i in r {
                let (x, t) = cells[i]
                let style = self[x, y].style
                write(t, x: x, y: y, style: style.with(bold: true, underline: true))
            }
        }
    }
}
