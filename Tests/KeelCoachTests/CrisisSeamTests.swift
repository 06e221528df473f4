import Testing
import KeelContent
import KeelStore
import KeelTerminal
@testable import KeelCoach

/// The one crisis check lives in the app: every screen that takes text
/// brings up help for words of crisis, on Enter, on Esc and on the way out,
/// without the screen doing anything for it.
@Suite struct CrisisSeamTests {
    static let crisis = "I want to die."
    static let neutral = "asked Sam about the weekend"

    /// A screen that takes text, and the keys that put the cursor in its first field.
    struct TextScreen: CustomStringConvertible, Sendable {
        var description: String
        var root: @Sendable (Context) -> any Screen
        var reach: [Key] = []
        /// The key that submits what was typed.
        var submit: Key = .enter
    }

    /// A win kept today, for the screens that change or search wins.
    static func win(_ ctx: Context) -> SmallWin {
        let win = SmallWin(id: "w1", created: ctx.now(), day: ctx.today, text: "Kept a boundary")
        try? ctx.store.save(win)
        return win
    }

    static func screens() -> [TextScreen] {
        let step = ExposureStep(
            id: "s1", created: Timestamp.parse("2026-11-20T10:00:00.000Z")!, ladderID: "l1", rank: 1,
            situation: "Stay for the coffee after class")
        var out = [
            TextScreen(description: "a small win", root: { WinScreen($0) }),
            TextScreen(
                description: "the weekly letter", root: { LetterEditorScreen(week: Week(containing: $0.today), $0) },
                submit: .ctrl("s")),
            TextScreen(description: "values", root: { FormScreen(ValuesEditor(current: nil), $0) }),
            TextScreen(description: "a habit", root: { FormScreen(HabitEditor(original: nil), $0) }),
            TextScreen(description: "a circle", root: { FormScreen(CircleEditor(original: nil, world: CircleWorld.load($0.store)), $0) }),
            TextScreen(description: "a person", root: { FormScreen(PersonEditor(original: nil, world: CircleWorld.load($0.store)), $0) }),
            TextScreen(description: "a ladder's goal", root: { FormScreen(GoalEditor(original: nil, $0), $0) }),
            TextScreen(description: "a ladder step", root: { FormScreen(StepEditor(original: nil, ladderID: "l1", $0), $0) }),
            TextScreen(description: "after a step", root: { FormScreen(AfterEditor(step: step, $0), $0) }),
            TextScreen(description: "an own strength", root: { StrengthPickerScreen($0) }, reach: [.char("a")]),
            TextScreen(description: "journal search", root: { JournalScreen($0) }, reach: [.char("/")]),
            TextScreen(description: "a win changed", root: { WinScreen($0, editing: CrisisSeamTests.win($0)) }),
            TextScreen(
                description: "the wins' search",
                root: {
                    _ = CrisisSeamTests.win($0); return WinsScreen($0)
                }, reach: [.char("/")]),
        ]
        for id in ["reframe", "self-compassion", "setback-review", "criticism-sorter", "boundary-script", "morning"] {
            out.append(TextScreen(description: "the \(id) flow", root: { FlowScreen(flow: $0.content.flow(id)!, ctx: $0) }))
        }
        return out
    }

    /// Puts the cursor in the screen's first text field: its own keys, then
    /// Tab through a form, or for a flow the keys that move a step on.
    static func reachText(_ h: Harness, _ app: App, _ screen: TextScreen) {
        for key in screen.reach { h.press(app, key) }
        for key in Array(repeating: [Key.char("3"), .tab, .enter, .char("s")], count: 12).joined() {
            if app.top.capturesText { return }
            h.press(app, key)
        }
    }

    func opened(_ screen: TextScreen, typing text: String, then key: Key) throws -> App {
        let h = try Harness()
        let app = h.app(screen.root)
        CrisisSeamTests.reachText(h, app, screen)
        #expect(app.top.capturesText, "\(screen): a text field has the cursor")
        h.type(app, text)
        h.press(app, key)
        return app
    }

    @Test(arguments: screens())
    func crisisWordsSubmittedBringHelp(_ screen: TextScreen) throws {
        let app = try opened(screen, typing: CrisisSeamTests.crisis, then: screen.submit)
        #expect(app.stack.last is CrisisScreen, "\(screen)\n\(app.isFinished ? "(keel closed)" : app.render().dump)")
        #expect(app.ctx.flash == nil, "\(screen): nothing praises or quotes the words over the help page")
    }

    @Test(arguments: screens())
    func neutralWordsDoNot(_ screen: TextScreen) throws {
        let app = try opened(screen, typing: CrisisSeamTests.neutral, then: screen.submit)
        #expect(!app.stack.contains { $0 is CrisisScreen }, "\(screen)\n\(app.isFinished ? "(keel closed)" : app.render().dump)")
        #expect(app.farewell.isEmpty)
    }

    @Test(arguments: screens())
    func crisisWordsLeftBehindWithEscBringHelp(_ screen: TextScreen) throws {
        let app = try opened(screen, typing: CrisisSeamTests.crisis, then: .escape)
        #expect(app.stack.last is CrisisScreen, "\(screen)\n\(app.isFinished ? "(keel closed)" : app.render().dump)")
        #expect(!app.isFinished, "the help page stays even when the screen it came from has closed")
    }

    @Test(arguments: screens())
    func leavingWithCrisisWordsLeavesTheLinesToPrint(_ screen: TextScreen) throws {
        let app = try opened(screen, typing: CrisisSeamTests.crisis, then: .ctrlC)
        #expect(app.isFinished)
        #expect(app.farewell.first?.contains("reach someone") == true, "\(screen): \(app.farewell)")
        #expect(app.farewell.contains { $0.contains("findahelpline.com") || $0.contains("Emergency") })
    }

    @Test func theSafetyPlanIsTheCrisisContextAndIsNotChecked() throws {
        let h = try Harness()
        let app = h.app { SafetyPlanScreen($0) }
        h.press(app, .enter)
        #expect(app.top.capturesText)
        h.type(app, "when I want to die I call Ana")
        h.press(app, .enter)
        #expect(app.top is SafetyPlanScreen)
        #expect(app.stack.count == 1)
    }

    @Test func sameWordsDoNotBringTheSamePageTwice() throws {
        let h = try Harness()
        let app = h.app { FormScreen(ValuesEditor(current: nil), $0) }
        h.type(app, CrisisSeamTests.crisis)
        h.press(app, .tab)
        #expect(app.top is CrisisScreen)
        h.clock.advance(seconds: 5)
        h.press(app, .escape, .escape)
        #expect(app.top is FormScreen<ValuesEditor>)
        h.press(app, .tab, .backTab)
        #expect(app.top is FormScreen<ValuesEditor>, "the same words in the same field, already answered with help")
        #expect(!app.farewell.isEmpty || !app.isFinished)
    }

    @Test func f2OpensHelpWhileTypingAndTheFooterSaysSo() throws {
        let h = try Harness()
        let app = h.app { WinScreen($0) }
        h.type(app, "!")
        #expect(app.top is WinScreen, "! is a letter while typing")
        #expect(app.render().line(23).contains("F2 help now"))
        h.press(app, .function(2))
        #expect(app.top is CrisisScreen)
    }

    @Test func everyFooterKeepsHelpNowAtEveryWidth() throws {
        let h = try Harness.sampled()
        for width in [40, 52, 64, 80, 120] {
            for entry in HomeMenu.entries(h.ctx) {
                // Every entry listed opens a screen (home lists only installed routes).
                let app = h.app({ entry.open($0)! }, size: Size(width: width, height: 24))
                let footer = app.render().line(23)
                let wanted = app.top is any CrisisHelpScreen ? "Esc" : app.top.capturesText ? "F2 help now" : "! help now"
                #expect(footer.contains(wanted), "\(type(of: app.top)) at \(width): \(footer)")
            }
        }
    }

    @Test func oneThenZeroIsTenInTheCheckIn() throws {
        let h = try Harness()
        let app = h.app { CheckInScreen($0) }
        h.press(app, .char("1"), .char("0"), .enter)
        #expect(!(app.top is CrisisScreen), "10 is not 0")
        let saved = h.store.all(CheckIn.self)
        #expect(saved.map(\.mood) == [10])
    }

    @Test func ratingsReadTwoDigitsAndZeroAloneIsZero() {
        var r = Rating(low: "", high: "")
        for k in [Key.char("1"), .char("0")] { r.handle(k) }
        #expect(r.value == 10)
        r.handle(.char("0"))
        #expect(r.value == 0, "a 0 after 10 is 0 again")
        r.handle(.char("1")); r.handle(.right); r.handle(.char("0"))
        #expect(r.value == 0, "only straight after the 1")
    }

    @Test func aScoreInAFormReadsTwoDigits() {
        var form = Form([Form.Field(key: "x", label: "X", value: .score(nil, percent: true), note: "")])
        let today = CivilDate(year: 2026, month: 11, day: 26)
        _ = form.handle(.char("1"), today: today)
        _ = form.handle(.char("0"), today: today)
        #expect(form.score("x") == 100)
    }

    @Test func wordsThatRaisedHelpAreNotReadBackAsEncouragement() throws {
        let h = try Harness()
        let app = h.app { FormScreen(ValuesEditor(current: nil), $0) }
        h.type(app, "some days I want to kill myself")
        h.press(app, .tab)
        #expect(app.top is CrisisScreen)
        h.clock.advance(seconds: 5)
        h.press(app, .escape, .escape)
        for v in ["Be honest", "Keep learning", "Show up"] { h.type(app, v); h.press(app, .tab) }
        h.press(app, .enter)
        #expect(h.store.valuesVersions().count == 1, "the words are kept")
        #expect(ValuesCardScreen.ifWritten(h.ctx) == nil, "but never held up as something to read when in doubt")
        let win = SmallWin(id: "w1", created: h.wall, day: h.ctx.today, text: "I want to die and wrote a note", source: "home")
        try h.store.save(win)
        let letter = LetterDraft.assemble(h.ctx, week: Week(containing: h.ctx.today))
        #expect(!letter.contains("wrote a note"), "\(letter)")
    }
}
