/// What to draw when the terminal can only show ASCII (no UTF-8 locale on
/// the system): each glyph keel uses has a stand-in of the same width, as
/// htop does, so charts, maps and arrows still read. Other text shows a `?`
/// for each column; what was typed is kept whole on disk all the same.
public enum AsciiStandIn {
    /// Exactly `columns` ASCII characters standing for `text`.
    public static func text(_ text: String, columns: Int) -> String {
        guard columns > 0 else { return "" }
        if PrintableASCII.check(text), text.utf8.count == columns { return text }
        if let standIn = glyphs[text], columns == 1 { return String(standIn) }
        return String(repeating: "?", count: columns)
    }

    static let glyphs: [String: Character] = [
        // arrows and pointers
        "→": ">", "←": "<", "↑": "^", "↓": "v", "›": ">", "‹": "<", "▸": ">",
        // the habit heatmap: done, two-minute, rest, missed
        "■": "#", "▪": "+", "○": "o", "·": ".",
        // circle shapes, filled and hollow
        "●": "@", "♥": "H", "♡": "h", "♣": "C", "♧": "c", "✚": "X", "✙": "x", "□": "=",
        "▲": "A", "△": "^", "✦": "S", "✧": "s", "◆": "D", "◇": "d", "▼": "V", "▽": "v",
        "★": "*", "☆": "'", "◉": "@",
        // box lines
        "─": "-", "━": "=", "│": "|", "┌": "+", "┐": "+", "└": "+", "┘": "+",
        // bars, by how full they are
        "▏": "|", "▎": "|", "▍": "|", "▌": "#", "▋": "#", "▊": "#", "▉": "#", "█": "#",
        "▁": "_", "▂": "_", "▃": "-", "▄": "=", "▅": "=", "▆": "#", "▇": "#",
        // punctuation
        "…": "~", "“": "\"", "”": "\"", "‘": "'", "’": "'", "–": "-", "—": "-", "×": "x", "≈": "~",
        "•": "*", "✓": "x",
    ]
}
