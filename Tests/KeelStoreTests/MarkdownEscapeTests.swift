import Foundation
import Testing
@testable import KeelStore

/// User text in the Markdown export always stays text: no HTML, comment,
/// link, heading, list or table can be made from what a person typed.
@Suite struct MarkdownEscapeTests {
    let time = Timestamp.parse("2026-11-26T10:00:00.000Z")!

    func exported(_ texts: [String], letter: String = "Dear me") throws -> String {
        let tmp = TempDir()
        let store = try Store(root: tmp.data)
        for (i, t) in texts.enumerated() {
            try store.save(SmallWin(id: "w\(i)", created: time.addingTimeInterval(Double(i)), day: CivilDate("2026-11-26")!, text: t))
        }
        try store.save(WeeklyLetter(id: "l1", created: time, week: CivilDate("2026-11-23")!, text: letter))
        return Exchange.exportMarkdown(from: store, at: time, calendar: .utc)
    }

    @Test(arguments: [
        ("<!-- hides the rest", "&lt;!-- hides the rest"),
        ("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"),
        ("[click](javascript:alert(1))", "\\[click\\](javascript:alert(1))"),
        ("<javascript:alert(1)>", "&lt;javascript:alert(1)&gt;"),
        ("![x](http://tracker/)", "!\\[x\\](http://tracker/)"),
        ("**bold** _it_ `code` ~~gone~~", "\\*\\*bold\\*\\* \\_it\\_ \\`code\\` \\~\\~gone\\~\\~"),
        ("fish & chips &amp;", "fish &amp; chips &amp;amp;"),
        ("a \\ backslash", "a \\\\ backslash"),
    ])
    func inlineMarkupStaysText(_ typed: String, _ written: String) throws {
        let md = try exported([typed])
        #expect(md.contains("- 2026-11-26: \(written)\n"), "\(md)")
    }

    @Test func aLineBreakCantStartAHeadingAListATableOrAQuote() throws {
        let md = try exported(["done\n# Heading\n| a | b |\n|---|---|\n> quote\n1. one\n    code\n---\n==="])
        let lines = md.split(separator: "\n", omittingEmptySubsequences: false)
        let start = try #require(lines.firstIndex { $0.hasPrefix("- 2026-11-26: done") })
        #expect(
            Array(lines[start...start + 8]) == [
                "- 2026-11-26: done\\",
                "\\# Heading\\",
                "\\| a \\| b \\|\\",
                "\\|---\\|---\\|\\",
                "&gt; quote\\",
                "1\\. one\\",
                "&#32;&#32;&#32;&#32;code\\",
                "\\---\\",
                "\\===",
            ])
        // Only keel's own headings remain.
        #expect(
            lines.filter { $0.hasPrefix("#") } == [
                "# keel", "## Small wins", "### November 2026", "## Weekly letters",
                "### November 2026", "#### Week of 23 Nov 2026 to Sun 29 Nov",
            ])
    }

    @Test func aWeeklyLetterSitsUnderItsMonth() throws {
        let md = try exported(["x"], letter: "## Not a heading\n<!--")
        #expect(md.contains("### November 2026\n\n#### Week of 23 Nov 2026 to Sun 29 Nov\n\n\\## Not a heading\\\n&lt;!--\n"), "\(md)")
    }

    @Test func ordinaryWritingReadsAsItWas() {
        #expect(MarkdownText.text("I asked a question. It went fine (mostly)!") == "I asked a question. It went fine (mostly)!")
        #expect(MarkdownText.text("2026 was hard.") == "2026 was hard.")
        #expect(MarkdownText.line("two\nlines") == "two lines")
    }
}
