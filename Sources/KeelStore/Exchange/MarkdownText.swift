/// Writing a person typed, made safe to place in the Markdown export: it
/// always reads back as the same words, never as markup. `<` `>` `&` become
/// entities (no HTML, comments or autolinks, so `<!--` or `<script>` can't
/// hide or run anything); characters that open emphasis, code, links or
/// table cells are escaped wherever they are; and at the start of a line, a
/// character that would begin a heading, list, quote or rule is escaped, so a
/// line break in a win can't inject a heading or a table.
public enum MarkdownText {
    /// Text that may span lines (a letter, an answer): every line break is
    /// kept as a hard break inside the same paragraph or list item.
    public static func text(_ s: String) -> String {
        lines(of: s).map(escapeLine).joined(separator: "\\\n")
    }

    /// Text for one line (a heading, a name): line breaks become spaces.
    public static func line(_ s: String) -> String {
        lines(of: s).map(escapeLine).joined(separator: " ")
    }

    static func lines(of s: String) -> [Substring] {
        s.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" || $0 == "\r" || $0 == "\u{2028}" || $0 == "\u{2029}" }
    }

    /// Escaped everywhere: emphasis, code, links, images, tables, strikethrough, escapes.
    private static let anywhere: Set<Character> = ["\\", "`", "*", "_", "[", "]", "|", "~"]
    /// Escaped at the start of a line: headings, lists, setext underlines.
    private static let atStart: Set<Character> = ["#", "-", "+", "="]

    static func escapeLine(_ line: Substring) -> String {
        var out = ""
        out.reserveCapacity(line.utf8.count + 8)
        var atLineStart = true
        var digitsSoFar = true
        for c in line {
            if atLineStart, c == " " || c == "\t" {
                // Leading blanks as entities: four of them would start a code block.
                out += c == " " ? "&#32;" : "&#9;"
                continue
            }
            switch c {
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "&": out += "&amp;"
            case _ where anywhere.contains(c): out += "\\" + String(c)
            case _ where atLineStart && atStart.contains(c): out += "\\" + String(c)
            case _ where (c == "." || c == ")") && digitsSoFar && !atLineStart:
                // "1." or "1)" at the start of a line would begin a numbered list.
                out += "\\" + String(c)
            default: out.append(c)
            }
            digitsSoFar = digitsSoFar && c.isASCII && c.isNumber
            atLineStart = false
        }
        return out
    }
}
