import Testing
@testable import KeelTerminal

/// Bytes in, keys out: what terminals send, whatever TERM says.
@Suite struct KeyParserTests {
    /// Feeds the bytes and then lets the pause after them end any lone Esc.
    func keys(_ bytes: String) -> [Key] {
        var parser = KeyParser()
        return parser.feed(Array(bytes.utf8)) + parser.flush()
    }

    @Test(arguments: ["\u{1B}[H", "\u{1B}[1~", "\u{1B}[7~", "\u{1B}OH", "\u{1B}[1;5H"])
    func homeInEveryDialect(_ sequence: String) {
        #expect(keys(sequence) == [.home])
    }

    @Test(arguments: ["\u{1B}[F", "\u{1B}[4~", "\u{1B}[8~", "\u{1B}OF", "\u{1B}[1;2F"])
    func endInEveryDialect(_ sequence: String) {
        #expect(keys(sequence) == [.end])
    }

    @Test func arrowsInNormalAndApplicationModeAndWithModifiers() {
        #expect(keys("\u{1B}[A\u{1B}[B\u{1B}[C\u{1B}[D") == [.up, .down, .right, .left])
        #expect(keys("\u{1B}OA\u{1B}OB\u{1B}OC\u{1B}OD") == [.up, .down, .right, .left])
        #expect(keys("\u{1B}[1;5C\u{1B}[1;3D") == [.right, .left])
    }

    @Test func deletePagesAndBackTab() {
        #expect(keys("\u{1B}[3~\u{1B}[5~\u{1B}[6~\u{1B}[Z") == [.delete, .pageUp, .pageDown, .backTab])
    }

    @Test func functionKeysOfXtermVt220AndTheConsole() {
        #expect(keys("\u{1B}OP\u{1B}OQ\u{1B}OR\u{1B}OS") == (1...4).map { Key.function($0) })
        #expect(keys("\u{1B}[11~\u{1B}[15~\u{1B}[17~\u{1B}[21~\u{1B}[23~\u{1B}[24~") == [1, 5, 6, 10, 11, 12].map { Key.function($0) })
        #expect(keys("\u{1B}[[A\u{1B}[[E") == [.function(1), .function(5)])
        #expect(keys("\u{1B}[1;2P") == [.function(1)])
    }

    @Test func unknownSequencesAreSwallowedWhole() {
        // Insert, a mouse report, a focus event, a kitty key and a private
        // report: none of their bytes becomes text.
        #expect(keys("a\u{1B}[2~b") == [.char("a"), .char("b")])
        #expect(keys("\u{1B}[<0;12;5M\u{1B}[I\u{1B}[O\u{1B}[97;5u\u{1B}[?1;2c") == [])
        #expect(keys("\u{1B}[99~x") == [.char("x")])
        #expect(keys("\u{1B}OZx") == [.char("x")])
    }

    @Test func aSequenceSplitAcrossReadsWaitsForItsTail() {
        var parser = KeyParser()
        #expect(parser.feed(Array("\u{1B}".utf8)) == [])
        #expect(parser.isWaiting)
        #expect(parser.feed(Array("[1".utf8)) == [])
        #expect(parser.feed(Array("~x".utf8)) == [.home, .char("x")])
        #expect(!parser.isWaiting)
    }

    @Test func aLoneEscIsTheEscKeyOnceNothingFollows() {
        var parser = KeyParser()
        #expect(parser.feed([0x1B]) == [])
        #expect(parser.flush() == [.escape])
        #expect(keys("\u{1B}\u{1B}") == [.escape, .escape])
        // Half a sequence never turns into text.
        var half = KeyParser()
        #expect(half.feed(Array("\u{1B}[1;".utf8)) == [])
        #expect(half.flush() == [])
    }

    @Test func escThenAKeyPressedQuicklyIsBothKeysAndAltEnterIsALineBreak() {
        #expect(keys("\u{1B}q\u{1B}é\u{1B}\u{7F}") == [.escape, .char("q"), .escape, .char("é"), .escape, .backspace])
        #expect(keys("\u{1B}\r") == [.lineBreak])
    }

    @Test func enterAndCtrlJAreDifferentKeys() {
        #expect(keys("\r\n\t\u{7F}\u{8}\u{3}") == [.enter, .lineBreak, .tab, .backspace, .backspace, .ctrlC])
        #expect(keys("\u{1A}\u{C}") == [.ctrl("z"), .ctrl("l")])
    }

    @Test func utf8IsDecodedWhateverTheLocaleAndSplitCharactersWait() {
        #expect(keys("Zoë 日本") == "Zoë 日本".map { Key.char($0) })
        var parser = KeyParser()
        let bytes = Array("日".utf8)
        #expect(parser.feed(bytes[0..<1]) == [])
        #expect(parser.feed(bytes[1...]) == [.char("日")])
        // An emoji with a skin tone arrives a scalar at a time.
        #expect(keys("👍🏽") == [.char("👍"), .char("🏽")])
        // A broken byte shows as a replacement, never silently lost.
        var broken = KeyParser()
        #expect(broken.feed([0xFF, 0x61]) == [.char("\u{FFFD}"), .char("a")])
    }

    @Test func aBracketedPasteIsOneTextWithItsLineBreaks() {
        let pasted = keys("\u{1B}[200~first line\rsecond\r\nthird\n\u{1B}[A q\u{1B}[201~x")
        #expect(pasted == [.paste("first line\nsecond\nthird\n\u{1B}[A q"), .char("x")])
    }

    @Test func aPasteSplitAcrossManyReadsArrivesWhole() {
        var parser = KeyParser()
        let text = String(repeating: "words and more words\n", count: 5000)
        let bytes = Array(("\u{1B}[200~" + text + "\u{1B}[201~").utf8)
        var out: [Key] = []
        var i = 0
        while i < bytes.count {
            out += parser.feed(bytes[i..<min(bytes.count, i + 4096)])
            i += 4096
        }
        #expect(out == [.paste(text)])
        #expect(!parser.isInPaste)
    }

    @Test func aPasteTheTerminalNeverEndsIsKeptWhenInputStops() {
        var parser = KeyParser()
        #expect(parser.feed(Array("\u{1B}[200~half a thought".utf8)) == [])
        #expect(parser.isInPaste)
        #expect(parser.flush() == [.paste("half a thought")])
    }
}
