import Foundation
import KeelTerminal
import Testing

@testable import KeelCoach

/// Home's notes under the menu go whole or not at all: a window too short
/// for all of them never shows half a sentence.
@Suite struct HomeNotesFitTests {
    @Test func aNoteThatDoesNotFitIsLeftOutWholeNotCut() throws {
        let h = try Harness()
        var home = HomeScreen(h.ctx)
        let long = "2 planned steps are due, 1 from earlier days. First: Put forward an idea of my own in the planning meeting. e opens it."
        home.today = [
            "2 drafts are waiting for you: “Pause, breathe, reframe” and “Self-compassion break”.", long,
            "You did your morning reflection today.",
        ]
        var buffer = Buffer(size: Size(width: 80, height: 22))
        home.render(into: &buffer, in: buffer.area.inset(by: 2), h.ctx)
        let text = buffer.lines.map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
        #expect(text.contains("2 drafts are waiting for you: “Pause, breathe, reframe” and “Self-compassion break”."), "\(text)")
        #expect(text.contains("You did your morning reflection today."), "a shorter note after it still fits: \(text)")
        #expect(!text.contains("2 planned steps are due"), "the note that doesn't fit is left out whole: \(text)")
        // With room, every note is there.
        var tall = Buffer(size: Size(width: 80, height: 40))
        home.render(into: &tall, in: tall.area.inset(by: 2), h.ctx)
        #expect(tall.lines.map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ").contains("e opens it."))
    }
}
