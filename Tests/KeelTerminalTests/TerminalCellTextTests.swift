import Testing
@testable import KeelTerminal

/// What the terminal is sent for each cell while a person types a joined
/// emoji one scalar at a time: never a joiner with nothing after it, which
/// tmux would glue to the next character it draws, wherever that is.
@Suite struct TerminalCellTextTests {
    static let joiner: Unicode.Scalar = "\u{200D}"

    /// Every frame's cells, as sent, for the text typed so far after each scalar.
    func sentCellsWhileTyping(_ typed: String) -> [[String]] {
        var editor = TextEditor(maxLength: 200)
        var frames: [[String]] = []
        for scalar in typed.unicodeScalars {
            editor.handle(.char(Character(scalar)))
            var buffer = Buffer(size: Size(width: 30, height: 1))
            buffer.write("› " + editor.text, x: 0, y: 0)
            frames.append((0..<30).map { TerminalCellText.sent(buffer[$0, 0].text) })
        }
        return frames
    }

    @Test func aJoinerTypedLastIsNotSentUntilWhatItJoinsArrives() {
        let frames = sentCellsWhileTyping("कि 👨‍👩‍👧")
        // The text does hold a cluster that ends in a joiner in some frames.
        var editor = TextEditor(maxLength: 200)
        var dangling = 0
        for scalar in "कि 👨‍👩‍👧".unicodeScalars {
            editor.handle(.char(Character(scalar)))
            if editor.characters.last?.unicodeScalars.last == Self.joiner { dangling += 1 }
        }
        #expect(dangling == 2)
        for (n, cells) in frames.enumerated() {
            #expect(cells.allSatisfy { $0.unicodeScalars.last != Self.joiner }, "frame \(n): \(cells)")
        }
        // Once whole, the family goes out whole, joiners and all.
        #expect(frames.last?.contains("👨‍👩‍👧") == true)
        #expect(frames.last?.contains("कि") == true)
    }

    @Test func onlyTrailingJoinersAreLeftOut() {
        #expect(TerminalCellText.sent("👨\u{200D}") == "👨")
        #expect(TerminalCellText.sent("👨\u{200D}\u{200D}") == "👨")
        #expect(TerminalCellText.sent("👨‍👩") == "👨‍👩")
        #expect(TerminalCellText.sent("कि") == "कि")
        #expect(TerminalCellText.sent("a") == "a")
    }
}
