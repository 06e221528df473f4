import Testing
@testable import KeelTerminal

@Suite struct SearchTextTests {
    @Test func capitalsAndAccentsDoNotMatter() {
        #expect(SearchText.fold("CAFÉ Café café") == "cafe cafe cafe")
        #expect(SearchText.fold("Zoë Ærø Łódź naïve") == "zoe æro lodz naive")
        #expect(SearchText.fold("cafe\u{301}") == "cafe", "a combining accent typed apart is dropped")
        #expect(SearchText.fold("日本 😀") == "日本 😀", "other scripts are compared as they are")
        #expect(SearchText.words("  Cafe  BREAD ") == ["cafe", "bread"])
        #expect(SearchText.matches(["cafe", "bread"], in: SearchText.fold("Warm bread at the Café")))
        #expect(!SearchText.matches(["cafe", "tea"], in: SearchText.fold("Warm bread at the Café")))
    }

    @Test func rangesAreInTheOriginalCharacters() {
        #expect(SearchText.ranges(of: ["cafe"], in: "At the CAFÉ, café") == [7..<11, 13..<17])
        #expect(SearchText.ranges(of: ["ab", "bc"], in: "abc") == [0..<3], "overlaps merge")
        #expect(SearchText.ranges(of: ["zoe"], in: "Zoe\u{308} and 日本") == [0..<3])
        #expect(SearchText.ranges(of: [], in: "abc").isEmpty)
    }

    @Test func aHighlightMarksOnlyTheMatchKeepingTheStyleUnder() {
        var b = Buffer(size: Size(width: 20, height: 2))
        b.write("› 日本 Café", x: 0, y: 0, style: .selected)
        b.write("cafe", x: 0, y: 1, style: .plain)
        b.highlight(["cafe"], row: 0, in: b.area)
        // "›", " ", "日" (two cells), "本" (two cells), " ", then C at x 7
        #expect(b[6, 0].style == .selected)
        for x in 7..<11 { #expect(b[x, 0].style == Style.selected.with(bold: true, underline: true), "x \(x)") }
        #expect(b[2, 0].style == .selected)
        #expect(b.line(0).hasPrefix("› 日本 Café"))
        #expect(b[0, 1].style == .plain, "only the row asked for")
    }
}

@Suite struct SearchSnippetTests {
    @Test func aSnippetStartsAWordOrTwoBeforeTheMatch() {
        let text = "We met after work and then, much later, went on to the Café on the corner"
        #expect(SearchText.snippet(text, around: ["cafe"], width: 40) == "…on to the Café on the corner")
        #expect(SearchText.snippet(text, around: ["cafe"], width: 60) == text, "the match shows as it is")
        #expect(SearchText.snippet("The café\nwas full", around: ["cafe"], width: 20) == "The café was full", "near the start: from the start, on one line")
        #expect(SearchText.snippet("Nothing here", around: ["cafe"], width: 5) == "Nothing here")
    }
}
