import Testing
@testable import KeelTerminal

@Suite struct TextEditorTests {
    func typed(_ s: String) -> TextEditor {
        var e = TextEditor()
        for ch in s { e.handle(.char(ch)) }
        return e
    }

    @Test func backspaceRemovesOneGraphemeEvenForEmoji() {
        var e = typed("hi 👨‍👩‍👧")
        #expect(e.cursor == 4)
        e.handle(.backspace)
        #expect(e.text == "hi ")
    }

    @Test func combiningMarkTypedAloneJoinsTheLetterBefore() {
        var e = typed("cafe")
        e.handle(.char("\u{301}"))
        #expect(e.text == "café")
        #expect(e.characters.count == 4)
        e.handle(.backspace)
        #expect(e.text == "caf")
    }

    @Test func cursorMovesByGraphemeAndInsertsInTheMiddle() {
        var e = typed("日本")
        e.handle(.left)
        e.handle(.char("x"))
        #expect(e.text == "日x本")
        e.handle(.home)
        e.handle(.char("é"))
        #expect(e.text == "é日x本")
        e.handle(.end)
        #expect(e.cursor == 4)
    }

    @Test func controlCharactersNeverEnterTheText() {
        var e = TextEditor()
        e.insert("a\u{7}b\tc")
        #expect(e.text == "ab c")
    }

    @Test func deleteWordAndLineKeys() {
        var e = typed("one two three")
        e.handle(.ctrl("w"))
        #expect(e.text == "one two ")
        e.handle(.ctrl("u"))
        #expect(e.text.isEmpty)
    }

    @Test func longPasteStaysWithinTheLimit() {
        var e = TextEditor(maxLength: 10_000)
        let paste = String(repeating: "日本😀é", count: 3000)
        e.insert(paste)
        #expect(e.characters.count == 10_000)
        #expect(e.cursor == 10_000)
    }

    @Test func layoutPlacesTheCursorAfterWideText() {
        let e = typed("ab日本")
        let (rows, row, col) = e.layout(width: 10)
        #expect(rows == ["ab日本"])
        #expect(row == 0 && col == 6)
    }

    @Test func layoutWrapsAndFollowsTheCursor() {
        let e = typed("abcdefgh")
        let (rows, row, col) = e.layout(width: 5)
        #expect(rows == ["abcd", "efgh"])
        #expect(row == 1 && col == 4)
    }

    @Test func trimmedDropsOuterSpaces() {
        #expect(typed("  hello there  ").trimmed == "hello there")
    }
}

@Suite struct KeyTests {
    @Test func decodesPlainBytes() {
        #expect(Key.fromScalar(13) == .enter)
        #expect(Key.fromScalar(27) == .escape)
        #expect(Key.fromScalar(3) == .ctrlC)
        #expect(Key.fromScalar(127) == .backspace)
        #expect(Key.fromScalar(0x65E5) == .char("日"))
    }

    @Test func digitsAreRatings() {
        #expect(Key.char("7").digit == 7)
        #expect(Key.char("x").digit == nil)
        #expect(Key.char("٣").digit == nil)
    }

    @Test func selectionMovesWithArrowsAndVimKeys() {
        #expect(moveSelection(0, count: 3, key: .down) == 1)
        #expect(moveSelection(2, count: 3, key: .char("j")) == 2)
        #expect(moveSelection(1, count: 3, key: .char("k")) == 0)
        #expect(moveSelection(1, count: 3, key: .end) == 2)
        #expect(moveSelection(1, count: 3, key: .char("x")) == nil)
    }

    @Test func menuKeepsTheSelectionVisible() {
        #expect(MenuView.firstVisible(selected: 0, count: 20, rows: 5) == 0)
        #expect(MenuView.firstVisible(selected: 10, count: 20, rows: 5) == 7)
        #expect(MenuView.firstVisible(selected: 19, count: 20, rows: 5) == 15)
    }
}
