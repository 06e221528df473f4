import Testing
@testable import KeelTerminal

@Suite struct BufferTests {
    @Test func writesAndReadsBackLines() {
        var b = Buffer(size: Size(width: 10, height: 2))
        b.write("hello", x: 1, y: 0)
        #expect(b.lines == [" hello", ""])
    }

    @Test func wideCharactersTakeTwoCells() {
        var b = Buffer(size: Size(width: 6, height: 1))
        let used = b.write("日本x", x: 0, y: 0)
        #expect(used == 5)
        #expect(b[0, 0].text == "日")
        #expect(b[1, 0].isContinuation)
        #expect(b.line(0) == "日本x")
    }

    @Test func aWideCharacterCutByTheEdgeIsLeftOut() {
        var b = Buffer(size: Size(width: 3, height: 1))
        b.write("a日本", x: 0, y: 0)
        #expect(b.line(0) == "a日")
        var c = Buffer(size: Size(width: 4, height: 1))
        c.write("ab日", x: 1, y: 0)
        #expect(c.line(0) == " ab")
    }

    @Test func overwritingHalfAWideCharacterBlanksTheOtherHalf() {
        var b = Buffer(size: Size(width: 4, height: 1))
        b.write("日本", x: 0, y: 0)
        b.write("x", x: 1, y: 0)
        #expect(b.line(0) == " x本")
        b.write("y", x: 2, y: 0)
        #expect(b.line(0) == " xy")
    }

    @Test func clipStopsAtTheRectangle() {
        var b = Buffer(size: Size(width: 10, height: 1))
        b.write("abcdefgh", x: 2, y: 0, clip: Rect(x: 2, y: 0, width: 3, height: 1))
        #expect(b.line(0) == "  abc")
    }

    @Test func writeInRectTruncatesWithEllipsis() {
        var b = Buffer(size: Size(width: 10, height: 1))
        b.write("a long sentence", in: Rect(x: 0, y: 0, width: 6, height: 1))
        #expect(b.line(0) == "a lon…")
    }

    @Test func styleOfFindsTheCellAfterWideText() {
        var b = Buffer(size: Size(width: 12, height: 1))
        b.write("日本", x: 0, y: 0)
        b.write("ok", x: 5, y: 0, style: .alert)
        #expect(b.style(of: "ok") == .alert)
        #expect(b.style(of: "日") == .plain)
    }

    @Test func frameDrawsABoxWithTitle() {
        var b = Buffer(size: Size(width: 12, height: 3))
        let inner = b.frame(b.area, title: "Hi")
        #expect(b.lines == ["┌─ Hi ─────┐", "│          │", "└──────────┘"])
        #expect(inner == Rect(x: 1, y: 1, width: 10, height: 1))
    }

    @Test func footerDropsHintsThatDoNotFit() {
        var b = Buffer(size: Size(width: 20, height: 1))
        b.footer([KeyHint("Enter", "choose"), KeyHint("Esc", "back")], in: b.area)
        #expect(b.line(0) == "Enter choose")
    }
}

@Suite struct WrapTests {
    @Test func wrapsAtSpaces() {
        #expect(Wrap.lines("the quick brown fox jumps", width: 10) == ["the quick", "brown fox", "jumps"])
    }

    @Test func keepsNewlinesAsBreaks() {
        #expect(Wrap.lines("one\n\ntwo", width: 10) == ["one", "", "two"])
    }

    @Test func cutsAWordLongerThanTheLine() {
        #expect(Wrap.lines("abcdefghij", width: 4) == ["abcd", "efgh", "ij"])
    }

    @Test func measuresWideCharacters() {
        let lines = Wrap.lines("日本語 日本語 日本語", width: 8)
        #expect(lines == ["日本語", "日本語", "日本語"])
        #expect(lines.allSatisfy { DisplayWidth.of($0) <= 8 })
    }

    @Test func splitsASCIIAndOtherTextIntoTheSameRuns() {
        #expect(Wrap.words("  two  words\there ") == ["  ", "two", "  ", "words\there", " "])
        #expect(Wrap.words("  zwei  Wörter\thier ") == ["  ", "zwei", "  ", "Wörter\thier", " "])
        #expect(Wrap.words("") == [])
        #expect(Wrap.words("x") == ["x"])
        #expect(Wrap.lines("  indented text that wraps here", width: 12) == ["  indented", "text that", "wraps here"])
    }
}

@Suite struct GeometryTests {
    @Test func carvesRectangles() {
        let r = Rect(x: 0, y: 0, width: 80, height: 24)
        #expect(r.top(2) == Rect(x: 0, y: 0, width: 80, height: 2))
        #expect(r.droppingTop(2).height == 22)
        #expect(r.bottom(1) == Rect(x: 0, y: 23, width: 80, height: 1))
        #expect(r.inset(by: 2) == Rect(x: 2, y: 2, width: 76, height: 20))
        #expect(r.centered(width: 20, height: 4) == Rect(x: 30, y: 10, width: 20, height: 4))
        #expect(r.columns([10, 20]).map(\.width) == [10, 69])
    }

    @Test func neverGoesNegative() {
        let r = Rect(x: 0, y: 0, width: 3, height: 3).inset(by: 5)
        #expect(r.width == 0 && r.height == 0 && r.isEmpty)
    }
}

@Suite struct FastPathTests {
    /// The scalar-by-scalar and grapheme paths must draw the same cells.
    @Test func everyPathAgreesWithGraphemeWidths() {
        let samples = [
            "plain ascii", "‹ 3 min › · moving", "日本語 and ↑↓", "café", "cafe\u{301}", "👍🏽 ok", "🇯🇵 flag",
            "क़ि", "❤️ love", "👨‍👩‍👧 family", "한국어", "e\u{301}\u{302}x",
        ]
        for text in samples {
            var b = Buffer(size: Size(width: 30, height: 1))
            let used = b.write(text, x: 0, y: 0)
            #expect(used == DisplayWidth.of(text), "\(text)")
            #expect(b.line(0) == text, "\(text)")
        }
    }
}

@Suite struct ClusterCellTests {
    @Test func aClusterWiderThanTwoColumnsKeepsAllItsCells() {
        var b = Buffer(size: Size(width: 6, height: 1))
        let used = b.write("कि!", x: 0, y: 0)  // क and the vowel sign ि: two columns
        #expect(used == 3)
        #expect(b[0, 0].text == "कि")
        #expect(b[1, 0].isContinuation)
        #expect(b[2, 0].text == "!")
    }

    @Test func overwritingTheMiddleOfAWideClusterBlanksAllOfIt() {
        var b = Buffer(size: Size(width: 6, height: 1))
        b.write("क्षि", x: 1, y: 0)  // three columns: क, ष and ि
        #expect(DisplayWidth.of("क्षि") == 3)
        b.write("x", x: 2, y: 0)
        #expect(b.line(0) == "  x")
        b.write("क्षि", x: 1, y: 0)
        b.write("y", x: 1, y: 0)
        #expect(b.line(0) == " y")
    }
}
