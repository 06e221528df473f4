import Foundation
import Testing
import KeelContent
import KeelStore
import KeelTerminal
@testable import KeelCoach

/// A paste is text in the focused field, never key presses; Ctrl-O hands a
/// long answer to the person's editor and takes back what was saved.
@Suite struct PasteAndEditorTests {
    /// The reframe flow opened on its first text step ("What happened?").
    func atWhatHappened(_ h: Harness) -> App {
        let app = h.app { FlowScreen(flow: h.flow("reframe"), ctx: $0) }
        h.press(app, .enter, .char("8"), .enter, .enter, .char("s"))
        return app
    }

    func stepID(_ app: App) -> String? { (app.top as? FlowScreen)?.session.current }

    @Test func aThreeLinePasteStaysOnTheStepWithItsLineBreaks() throws {
        let h = try Harness()
        let app = atWhatHappened(h)
        #expect(stepID(app) == "what")
        app.handle(.key(.paste("They left.\nNo message.\n1 2 3 q ! ?")))
        #expect(stepID(app) == "what", "a paste never submits or moves on")
        #expect(app.top is FlowScreen, "letters in a paste are never commands")
        let frame = app.render().text
        #expect(frame.contains("› They left."))
        #expect(frame.contains("  No message."))
        #expect(frame.contains("Ctrl-J new line"))
        h.press(app, .enter)
        #expect(stepID(app) == "story", "Enter submits (no circles yet, so the story comes next)")
        h.press(app, .escape)
        #expect((app.top as? FlowScreen)?.input.editor.text == "They left.\nNo message.\n1 2 3 q ! ?")
    }

    @Test func ctrlJStartsANewLineAndEnterStillSubmits() throws {
        let h = try Harness()
        let app = atWhatHappened(h)
        h.type(app, "one")
        h.press(app, .lineBreak)
        h.type(app, "two")
        #expect(stepID(app) == "what")
        h.press(app, .enter)
        #expect((app.top as? FlowScreen)?.session.answers["what"]?.text == "one\ntwo")
    }

    @Test func aPasteIntoANameTurnsLineBreaksIntoSpaces() throws {
        let h = try Harness()
        let app = h.app { FlowScreen(flow: h.flow("reframe"), ctx: $0) }
        let flow = try #require(app.top as? FlowScreen)
        var screen = flow
        screen.session.current = "who"
        screen.load(h.ctx)
        let onWho = h.app { _ in screen }
        #expect((onWho.top as? FlowScreen)?.capturesText == true)
        onWho.handle(.key(.paste("Dana\nfrom work")))
        #expect((onWho.top as? FlowScreen)?.input.editor.text == "Dana from work")
    }

    @Test func aPasteOnAScreenWithoutTextIsIgnored() throws {
        let h = try Harness()
        let app = h.app { HomeScreen($0) }
        let before = app.render().text
        app.handle(.key(.paste("q\nb\n!")))
        #expect(!app.isFinished)
        #expect(app.stack.count == 1 && app.top is HomeScreen)
        #expect(app.render().text == before)
    }

    @Test func ctrlOTakesBackWhatTheEditorSaved() throws {
        let h = try Harness()
        var seen: [String] = []
        h.ctx.externalEditor = { text in
            seen.append(text)
            return .success("Written in my editor.\nSecond paragraph.")
        }
        let app = atWhatHappened(h)
        h.type(app, "draft")
        h.press(app, .ctrl("o"))
        #expect(seen == ["draft"])
        #expect(stepID(app) == "what")
        #expect((app.top as? FlowScreen)?.input.editor.text == "Written in my editor.\nSecond paragraph.")
        #expect(app.render().text.contains("Ctrl-O your editor"))
    }

    @Test func whenTheEditorFailsTheWordsStayAndTheStatusLineSaysWhy() throws {
        let h = try Harness()
        h.ctx.externalEditor = { _ in .failure(EditorProblem("No editor is set.")) }
        let app = atWhatHappened(h)
        h.type(app, "kept")
        h.press(app, .ctrl("o"))
        #expect((app.top as? FlowScreen)?.input.editor.text == "kept")
        #expect(app.render().text.contains("No editor is set."))
    }

    @Test func theLetterTakesPastesAndTheEditorToo() throws {
        let h = try Harness()
        h.ctx.externalEditor = { _ in .success("Dear me,\n\nwell done.") }
        let app = h.app { LetterEditorScreen(week: Week(containing: $0.today), $0) }
        h.press(app, .ctrl("o"))
        let letter = try #require(app.top as? LetterEditorScreen)
        #expect(letter.editor.text == "Dear me,\n\nwell done.")
        app.handle(.key(.paste("\nP.S.\nmore")))
        #expect((app.top as? LetterEditorScreen)?.editor.text == "Dear me,\n\nwell done.\nP.S.\nmore")
    }

    @Test func nearTheLimitTheAnswerSaysSo() throws {
        let h = try Harness()
        let app = atWhatHappened(h)
        app.handle(.key(.paste(String(repeating: "word ", count: 790))))
        #expect(app.render().text.contains("Room for 50 more characters."))
        app.handle(.key(.paste(String(repeating: "more ", count: 20))))
        #expect(app.render().text.contains("That's as long as this can be (4,000 characters)"))
    }
}
