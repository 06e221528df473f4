import Testing
@testable import KeelTerminal

/// What arrives whole: clusters typed a scalar at a time, pastes, line
/// breaks, and the length limit said out loud.
@Suite struct TextEditorInputTests {
    /// Types as a terminal delivers it: one scalar per key.
    func typedByScalar(_ s: String, multiline: Bool = false, maxLength: Int = 20_000) -> TextEditor {
        var e = TextEditor(maxLength: maxLength, multiline: multiline)
        for scalar in s.unicodeScalars { e.handle(.char(Character(scalar))) }
        return e
    }

    @Test func clustersTypedAScalarAtATimeBecomeOneCharacter() {
        let e = typedByScalar("A👩‍👩‍👧B🇯🇵C")
        #expect(e.characters == ["A", "👩‍👩‍👧", "B", "🇯🇵", "C"])
        #expect(e.cursor == 5)
        // The cursor sits right after the text: A, the family, B, the flag, C.
        #expect(e.layout(width: 40).cursorColumn == DisplayWidth.of("A👩‍👩‍👧B🇯🇵C"))
    }

    @Test func backspaceAfterASkinTonedEmojiRemovesAllOfIt() {
        var e = typedByScalar("ok 👍🏽")
        #expect(e.characters.count == 4)
        e.handle(.backspace)
        #expect(e.text == "ok ")
        var flags = typedByScalar("🇯🇵🇫🇷")
        #expect(flags.characters == ["🇯🇵", "🇫🇷"])
        flags.handle(.backspace)
        #expect(flags.text == "🇯🇵")
    }

    @Test func devanagariVowelSignsJoinTheirConsonant() {
        let e = typedByScalar("किताब")
        #expect(e.characters.count == "किताब".count)
        #expect(e.text == "किताब")
    }

    @Test func aPasteInALongAnswerKeepsItsLineBreaks() {
        var e = TextEditor(multiline: true)
        e.handle(.char(">"))
        e.handle(.paste("one\ntwo\n\nthree"))
        #expect(e.text == ">one\ntwo\n\nthree")
        #expect(e.cursor == e.characters.count)
    }

    @Test func aPasteInAOneLineFieldTurnsLineBreaksIntoSpaces() {
        var e = TextEditor()
        let took = e.handle(.paste("Sam\nfrom\r\n\r\nwork\tteam"))
        #expect(took)
        #expect(e.text == "Sam from work team")
    }

    @Test func lineBreakKeyOnlyInALongAnswer() {
        var long = typedByScalar("a", multiline: true)
        let tookBreak = long.handle(.lineBreak)
        #expect(tookBreak)
        long.handle(.char("b"))
        #expect(long.text == "a\nb")
        var short = typedByScalar("a")
        let shortTook = short.handle(.lineBreak)
        #expect(!shortTook)
        #expect(short.text == "a")
    }

    @Test func homeEndAndArrowsWorkByLineInALongAnswer() {
        var e = TextEditor("first line\nsecond", multiline: true)
        e.handle(.home)
        #expect(e.cursor == 11)
        e.handle(.up)
        #expect(e.cursor == 0)
        e.handle(.end)
        #expect(e.cursor == 10)
        e.handle(.down)
        #expect(e.cursor == 17)
    }

    @Test func aPasteBeyondTheLimitSaysWhatDidNotFit() {
        var e = TextEditor(maxLength: 100)
        #expect(e.limitNote == nil)
        e.insert(String(repeating: "a", count: 85))
        #expect(e.limitNote == nil)
        e.insert(String(repeating: "b", count: 7))
        #expect(e.limitNote == "Room for 8 more characters.")
        e.handle(.paste(String(repeating: "c", count: 50)))
        #expect(e.characters.count == 100)
        #expect(e.limitNote == "That's as long as this can be (100 characters): the rest didn't fit.")
        e.handle(.backspace)
        #expect(e.limitNote == "Room for 1 more character.")
        #expect(TextEditor.count(4000) == "4,000" && TextEditor.count(20_000) == "20,000")
    }

    @Test func aLongPasteInTheMiddleStaysFast() {
        var e = TextEditor("startend", maxLength: 2_000_000, multiline: true)
        for _ in 0..<3 { e.handle(.left) }
        let clock = ContinuousClock()
        let took = clock.measure { e.handle(.paste(String(repeating: "a few words\n", count: 100_000))) }
        #expect(e.characters.count == 8 + 1_200_000)
        #expect(e.text.hasSuffix("\nend"))
        #expect(took < .seconds(5))
    }

    @Test func typingWrapsByWordsNotInTheMiddleOfOne() {
        var e = TextEditor()
        e.insert("a long session ahead")
        let (rows, row, col) = e.layout(width: 12)
        #expect(rows == ["a long ", "session ", "ahead"])
        #expect(row == 2 && col == 5)
    }

    @Test func wrappedLinesKeepTheirIndent() {
        let e = TextEditor("  - first point runs long\nnext", multiline: true)
        let (rows, _, _) = e.layout(width: 14)
        #expect(rows == ["  - first ", "  point runs ", "  long", "next"])
    }

    @Test func theCursorStaysOnAnIndentedRow() {
        var e = TextEditor("    abcdefghij", multiline: true)
        e.handle(.home)
        for _ in 0..<12 { e.handle(.right) }
        let (rows, row, col) = e.layout(width: 10)
        #expect(rows == ["    abcde", "    fghij"])
        #expect(row == 1 && col == 4 + 3)
    }
}
