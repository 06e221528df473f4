import Testing
import KeelStore
import KeelTerminal
@testable import KeelCoach

/// A screen with a text field, to check the shared key contract and drafts.
struct NoteScreen: Screen {
    var editor = TextEditor()
    var title: String { "Note" }
    var hints: [KeyHint] { [Hints.back] }
    var help: Help { Help("Note", ["A test note."]) }
    var capturesText: Bool { true }
    mutating func handle(_ key: Key, _ ctx: Context) -> Transition {
        if key == .escape { return .unhandled }
        return editor.handle(key) ? .stay : .unhandled
    }
    func render(into buffer: inout Buffer, in area: Rect, _ ctx: Context) {
        buffer.textField(editor, in: area.top(1), focused: true)
    }
    func draft() -> DraftContent? {
        editor.isEmpty ? nil : DraftContent(id: "note", title: "Note", state: .string(editor.text))
    }
}

@Suite struct AppTests {
    @Test func firstRunShowsTheWelcomeOnce() throws {
        let h = try Harness(welcomeSeen: false)
        let app = h.app { _ in WelcomeScreen() }
        #expect(app.render().contains("keel is a practice companion. It is not therapy"))
        h.press(app, .enter)
        #expect(app.top is HomeScreen)
        #expect(h.store.singleton(Settings.self).welcomeSeen)
    }

    @Test func questionMarkOpensHelpAndEscClosesIt() throws {
        let h = try Harness()
        let app = h.app { HomeScreen($0) }
        h.press(app, .char("?"))
        #expect(app.top is HelpScreen)
        #expect(app.render().contains("Keys that work on every screen"))
        h.press(app, .escape)
        #expect(app.top is HomeScreen)
        h.press(app, .function(1))
        #expect(app.top is HelpScreen)
    }

    @Test func qQuitsFromAMenuButIsALetterInsideText() throws {
        let h = try Harness()
        let app = h.app { HomeScreen($0) }
        app.handle(.key(.char("b")))
        #expect(app.top is BreathePickerScreen)
        h.press(app, .escape)
        #expect(app.top is HomeScreen)
        let typing = h.app { _ in NoteScreen() }
        h.type(typing, "q?")
        #expect(!typing.isFinished)
        #expect((typing.top as? NoteScreen)?.editor.text == "q?")
        h.press(app, .char("q"))
        #expect(app.isFinished)
    }

    @Test func ctrlCKeepsWhatWasTypedAsADraft() throws {
        let h = try Harness()
        let app = h.app { _ in NoteScreen() }
        h.type(app, "Zoë, 日本 and 👋🏽")
        h.press(app, .ctrlC)
        #expect(app.isFinished)
        #expect(h.store.draft("note")?.state == .string("Zoë, 日本 and 👋🏽"))
    }

    @Test func aSignalClosesTheSameWay() throws {
        let h = try Harness()
        let app = h.app { _ in NoteScreen() }
        h.type(app, "half a thought")
        app.handle(.terminate(signal: 15))
        #expect(app.isFinished)
        #expect(h.store.draft("note")?.state == .string("half a thought"))
    }

    @Test func escOnHomeStaysHome() throws {
        let h = try Harness()
        let app = h.app { HomeScreen($0) }
        h.press(app, .escape, .escape)
        #expect(!app.isFinished)
        #expect(app.top is HomeScreen)
    }

    @Test func escOnTheRootScreenLeaves() throws {
        let h = try Harness()
        let app = h.app { BreathePickerScreen($0) }
        h.press(app, .escape)
        #expect(app.isFinished)
    }

    @Test func idleScreensBlockForInput() throws {
        let h = try Harness()
        let app = h.app { HomeScreen($0) }
        let backend = h.run(app) { b in
            b.press(.down, .up, .char("?"), .escape)
        }
        #expect(backend.timeouts.count == 5, "one wait per key and one for the end: \(backend.timeouts)")
        #expect(backend.timeouts.allSatisfy { $0 == nil })
        #expect(backend.frames.count == 5)
    }

    @Test func theBreathingFlowSavesPatternLengthsAndRatings() throws {
        let h = try Harness()
        let app = h.app { HomeScreen($0) }
        h.run(app) { b in
            b.press(.char("b"), .down, .enter)  // box
            b.press(.char("3"), .enter)  // calm before
            b.wait(60)
            b.press(.escape)  // end early
            b.press(.char("8"), .enter)  // calm after
        }
        let s = try #require(h.store.all(BreathSession.self).first)
        #expect(s.pattern == "box")
        #expect(s.plannedSeconds == 176)  // 3 minutes rounds to 11 box breaths
        #expect(s.actualSeconds == 60)
        #expect(!s.completed)
        #expect(s.calmBefore == 3)
        #expect(s.calmAfter == 8)
        #expect(h.store.singleton(Settings.self).lastPattern == "box")
    }

    @Test func closingMidSessionSavesTheTimeBreathed() throws {
        let h = try Harness()
        let plan = PacerPlan(pattern: .sigh, minutes: 2)
        let app = h.app { BreatheSessionScreen(plan: plan, ctx: $0, askCalm: false) }
        h.run(app) { b in
            b.wait(25)
            b.press(.ctrlC)
        }
        let s = try #require(h.store.all(BreathSession.self).first)
        #expect(s.actualSeconds == 25)
        #expect(!s.completed)
    }

    @Test func aCustomPatternIsTypedAndChecked() throws {
        let h = try Harness()
        let app = h.app { BreathePickerScreen($0) }
        h.press(app, .end, .enter)
        #expect(app.top.capturesText)
        h.press(app, .ctrl("u"))
        h.type(app, "4-x")
        h.press(app, .enter)
        #expect(app.render().contains("\"x\" isn't a number of seconds"))
        h.press(app, .backspace)
        h.type(app, "1-6-1")
        h.press(app, .enter)
        let session = try #require(app.top as? BreatheSessionScreen)
        #expect(session.plan.pattern.timing == "4-1-6-1")
    }

    @Test func tooSmallShowsACalmMessageAndRecovers() throws {
        let h = try Harness()
        let app = h.app({ HomeScreen($0) }, size: Size(width: 30, height: 10))
        #expect(app.render().contains("Make the window a"))
        #expect(app.nextWake() == nil)
        h.press(app, .char("?"))
        #expect(app.top is HomeScreen, "keys do nothing while nothing can be seen")
        #expect(app.render().contains("1 key you pressed waits"))
        app.handle(.resize(Size(width: 80, height: 24)))
        #expect(app.top is HelpScreen, "the held key applies once the window is large enough")
    }

    @Test func readOnlyDataIsSaidOnScreen() throws {
        let h = try Harness()
        let second = try Store(root: h.dir)
        let ctx = Context(store: second, clock: h.clock, now: { h.wall }, calendar: .utc)
        let app = App(ctx: ctx, root: HomeScreen(ctx), size: Size(width: 80, height: 24))
        let frame = app.render()
        #expect(frame.line(0).hasSuffix("saving aside"))
        #expect(frame.contains("Another keel is open on this data."))
    }

    @Test func aFormOnReadOnlyDataSaysSoAndSavesNothing() throws {
        let h = try Harness()
        // Truly read-only (a second keel's saves go to a side file: SecondWindowTests).
        let second = Store(readingOnly: h.dir)
        let ctx = Context(store: second, clock: h.clock, now: { h.wall }, calendar: .utc)
        let app = App(ctx: ctx, root: FormScreen(ValuesEditor(current: nil), ctx), size: Size(width: 80, height: 24))
        for ch in "Be kind" { app.handle(.char(ch)) }
        app.handle(.enter)
        #expect(app.top is FormScreen<ValuesEditor>)
        #expect(app.render().contains("Your data is read-only just now, so this can't be saved."))
        #expect(second.all(ValuesStatement.self).isEmpty)
    }
}
