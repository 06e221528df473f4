import Testing
import KeelCoach
import KeelStore
import KeelTerminal

/// The seam between screens and practices: a screen reports what happened,
/// the app routes it, and the policies practices install decide what follows.
@Suite struct OutcomeTests {
    /// A screen that reports what it is told to on Enter, then goes back.
    struct Reporter: Screen {
        var says: [Outcome]
        var title: String { "Reporter" }
        var hints: [KeyHint] { [] }
        var help: Help { Help("Reporter", []) }
        mutating func handle(_ key: Key, _ ctx: Context) -> Transition {
            guard key == .enter else { return .unhandled }
            for o in says { ctx.report(o) }
            return .back
        }
        func render(into buffer: inout Buffer, in area: Rect, _ ctx: Context) {}
    }

    /// A screen that opens a reporter on `o`, and notes what the screen
    /// above picked and when it came back.
    struct Below: Screen {
        var opens: [Outcome] = []
        var events: [String] = []
        var title: String { "Below" }
        var hints: [KeyHint] { [] }
        var help: Help { Help("Below", []) }
        var isMenu: Bool { true }
        mutating func handle(_ key: Key, _ ctx: Context) -> Transition {
            key == .char("o") ? .open(Reporter(says: opens)) : .unhandled
        }
        mutating func picked(_ id: String, _ ctx: Context) { events.append("picked \(id)") }
        mutating func resume(_ ctx: Context) { events.append("resumed") }
        func render(into buffer: inout Buffer, in area: Rect, _ ctx: Context) {}
    }

    @Test func aPickReachesTheScreenBelowBeforeItComesBack() throws {
        let h = try Harness()
        let app = h.app { _ in Below(opens: [.picked("p1")]) }
        h.press(app, .char("o"))
        #expect(app.top is Reporter && app.outcomes == [])
        h.press(app, .enter)
        #expect((app.top as? Below)?.events == ["picked p1", "resumed"])
        #expect(app.outcomes == [.picked("p1")])
        h.press(app, .char("x"))
        #expect(app.outcomes == [], "each key starts afresh")
    }

    @Test func aPolicyDecidesWhatFollowsAndWithoutOneTheScreenDoes() throws {
        let h = try Harness()
        let plain = h.app { _ in Below(opens: [.movedOn(from: "test")]) }
        h.press(plain, .char("o"), .enter)
        #expect(plain.top is Below && plain.stack.count == 1, "no policy has a say: the screen's own back")

        h.ctx.policies.append(
            Policy("next") { outcome, _ in
                outcome == .movedOn(from: "test") ? .replace(Reporter(says: [])) : nil
            })
        let led = h.app { _ in Below(opens: [.movedOn(from: "test")]) }
        h.press(led, .char("o"), .enter)
        #expect(led.top is Reporter && led.stack.count == 2, "the policy's transition takes the screen's place")
    }

    @Test func aSaveIsReportedWithItsKindAndID() throws {
        let h = try Harness()
        struct Saver: Screen {
            var title: String { "Saver" }
            var hints: [KeyHint] { [] }
            var help: Help { Help("Saver", []) }
            mutating func handle(_ key: Key, _ ctx: Context) -> Transition {
                ctx.save(SmallWin(id: "w1", created: ctx.now(), day: ctx.today, text: "Asked for help"))
                return .stay
            }
            func render(into buffer: inout Buffer, in area: Rect, _ ctx: Context) {}
        }
        let app = h.app { _ in Saver() }
        h.press(app, .enter)
        #expect(app.outcomes == [.saved(kind: "wins", id: "w1")])
    }

    @Test func theLetterKeyWritesTheLetterThenItsHabitTicksThroughThePolicy() throws {
        let h = try Harness()
        try h.store.save(Habit(id: "hl", created: h.wall, name: "Weekly letter", schedule: .perWeek(1), practice: "letter"))
        let app = h.app { LetterScreen($0) }
        h.press(app, .enter)
        h.type(app, "A good week.")
        h.press(app, .ctrl("s"))
        let letter = try #require(h.store.all(WeeklyLetter.self).first)
        #expect(Array(app.outcomes.prefix(2)) == [.saved(kind: "letters", id: letter.id), .practiceDone("letter")])
        #expect(app.outcomes.count == 3)
        if case .saved(let kind, _) = app.outcomes.last { #expect(kind == "habit-days") } else { Issue.record("no tick: \(app.outcomes)") }
        #expect(HabitLog(store: h.store, calendar: .utc, today: h.ctx.today).mark("hl", h.ctx.today) == .done)
    }

    @Test func withoutTheHabitsPolicyAPracticeDoneTicksNothing() throws {
        let h = try Harness()
        h.ctx.policies.removeAll()
        try h.store.save(Habit(id: "hl", created: h.wall, name: "Weekly letter", schedule: .perWeek(1), practice: "letter"))
        let app = h.app { LetterScreen($0) }
        h.press(app, .enter)
        h.type(app, "A good week.")
        h.press(app, .ctrl("s"))
        #expect(app.outcomes.contains(.practiceDone("letter")))
        #expect(HabitLog(store: h.store, calendar: .utc, today: h.ctx.today).mark("hl", h.ctx.today) == nil)
    }
}
