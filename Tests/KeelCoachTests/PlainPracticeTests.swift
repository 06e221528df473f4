import Foundation
import Testing
import KeelContent
import KeelStore
import KeelTerminal
@testable import KeelCoach

/// Plain mode's pacer, check-in, morning and home, in memory on a test clock.
@Suite struct PlainPracticeTests {
    func run(_ h: Harness, _ root: any Screen, _ lines: [String], during: [(at: Double, line: String)] = [], bell: Bool = false) -> MemoryLineIO {
        let io = MemoryLineIO(lines, during: during)
        Plain.run(root, io: io, ctx: h.ctx, bell: bell)
        return io
    }

    @Test func thePacerSaysEachPhaseOnTheScheduleAndSavesTheSession() throws {
        let h = try Harness()
        let plan = PacerPlan(pattern: .box, minutes: 0.5)  // 2 breaths of 16 seconds
        let start = h.clock.now()
        let io = run(h, BreatheSessionScreen(plan: plan, ctx: h.ctx, askCalm: true), ["3", "7"], bell: true)
        let phases = io.output.filter { $0.contains("Breathe in") || $0.contains("Breathe out") || $0.hasPrefix("Hold") }
        #expect(
            phases == [
                "Breath 1 of 2. Breathe in, 4 seconds", "Hold, 4 seconds", "Breathe out, 4 seconds", "Hold, 4 seconds",
                "Breath 2 of 2. Breathe in, 4 seconds", "Hold, 4 seconds", "Breathe out, 4 seconds", "Hold, 4 seconds",
            ], "\(io.text)")
        #expect(io.bells == 8)
        // The trace the full screen writes: every phase at its scheduled time, to the nanosecond on the test clock.
        let traced = h.traces.map { $0.split(separator: " ") }
        #expect(traced.count == 9)
        for t in traced {
            let scheduled = t.first { $0.hasPrefix("scheduled=") }!.dropFirst(10)
            let actual = t.first { $0.hasPrefix("actual=") }!.dropFirst(7)
            #expect(Double(scheduled) == Double(actual), "\(t)")
        }
        #expect(h.clock.now().seconds(since: start) == 32)
        let session = try #require(h.store.all(BreathSession.self).first)
        #expect(session.completed && session.calmBefore == 3 && session.calmAfter == 7 && session.actualSeconds == 32)
        #expect(io.output.contains("Well breathed."), "\(io.text)")
        #expect(io.output.contains("Calm 3 before, 7 after: up 4."), "\(io.text)")
    }

    @Test func stopEndsThePacerEarlyAndTheTimeBreathedIsKept() throws {
        let h = try Harness()
        let plan = PacerPlan(pattern: .box, minutes: 1)
        let t0 = h.clock.now().seconds(since: Moment(nanoseconds: 0))
        let io = run(h, BreatheSessionScreen(plan: plan, ctx: h.ctx, askCalm: false), [], during: [(t0 + 10, "stop")])
        let session = try #require(h.store.all(BreathSession.self).first)
        #expect(!session.completed && session.actualSeconds == 10)
        #expect(io.output.contains("You stopped early, and that's fine."), "\(io.text)")
        #expect(io.bells == 0)
    }

    @Test func aLowCheckInOffersHelpFirstAndTheLowestPrintsItAtOnce() throws {
        let h = try Harness()
        let io = run(h, CheckInScreen(h.ctx), ["0"])
        #expect(io.output.contains("Help now"), "\(io.text)")
        #expect(io.output.contains("That sounds hard. Would one of these help first?"))
        let saved = try #require(h.store.all(CheckIn.self).first)
        #expect(saved.mood == 0 && saved.opened == "crisis")
    }

    @Test func aCheckInLeadsToTheReframeAndItsEntryIsSaved() throws {
        let h = try Harness()
        let topics = h.ctx.content.catalog("check-in-topics")!.items
        let rejected = try #require(topics.firstIndex { $0.id == "rejected" })
        let io = run(h, CheckInScreen(h.ctx), ["6", "\(rejected + 1)"] + PlainConversationTests.reframe)
        let saved = try #require(h.store.all(CheckIn.self).first)
        #expect(saved.mood == 6 && saved.topic == "rejected" && saved.opened == "flow:reframe")
        #expect(h.store.all(JournalEntry.self).first?.flow == "reframe", "\(io.text)")
    }

    @Test func theFirstMorningPicksStrengthsThenWalksTheReflection() throws {
        let h = try Harness()
        let flow = h.flow(MorningEntry.flowID)
        let lines = ["1 2", "1 2 3", "1", "Kept calm in the meeting", "Ask one question", "Coffee", "", ""]
        let io = run(h, FlowStart.screen(flow, h.ctx), lines)
        #expect(io.output.contains("Three to five, please: you picked 2."), "\(io.text)")
        #expect(h.store.singleton(MyStrengths.self).picks.count == 3)
        let entry = try #require(h.store.all(JournalEntry.self).first, "\(io.text)")
        #expect(entry.flow == MorningEntry.flowID)
        #expect(entry.answers.first { $0.step == "plan" }?.text == "Ask one question")
        #expect(entry.answers.first { $0.step == "grateful-1" }?.text == "Coffee")
    }

    @Test func homeIsANumberedMenuWithTheSameLetters() throws {
        let h = try Harness()
        let entries = HomeMenu.entries(h.ctx)
        let win = try #require(entries.firstIndex { $0.shortcut == "w" })
        let io = run(h, HomeScreen(h.ctx), ["?", "w", "Asked a question", "\(win + 1)", "back", "zz", "q", "r"])
        #expect(io.output.contains("  1. r  Reframe: Pause, breathe and take a second look at a sting"), "\(io.text)")
        #expect(io.output.filter { $0.hasPrefix("  1. r  Reframe") }.count == 2, "? lists them again")
        #expect(h.store.all(SmallWin.self).map(\.text) == ["Asked a question"])
        #expect(io.output.contains { $0.hasPrefix("Kept: Asked a question.") }, "\(io.text)")
        #expect(io.output.contains("keel has nothing under \"zz\". Type ? for the list."))
        #expect(io.input == ["r"], "q leaves")
    }

    @Test func theFirstRunSaysWelcomeOnceThenHome() throws {
        let h = try Harness(welcomeSeen: false)
        let io = run(h, WelcomeScreen(), ["", "q"])
        #expect(io.output.contains("Welcome to keel."))
        #expect(io.output.contains("Practices"))
        #expect(h.ctx.settings.welcomeSeen)
    }
}

extension PlainPracticeTests {
    @Test func theWeeksLetterIsWrittenLineByLineAndTicksItsHabit() throws {
        let h = try Harness()
        try h.store.save(Habit(id: "hl", created: h.wall, name: "Weekly letter", schedule: .daily, practice: "letter"))
        let io = run(h, LetterScreen(h.ctx), ["1", "write", "Dear me,", "", "back and help are just words here.", "."])
        let letter = try #require(h.store.all(WeeklyLetter.self).first, "\(io.text)")
        #expect(letter.text == "Dear me,\n\nback and help are just words here.")
        #expect(!io.output.contains("Help now"))
        let log = HabitLog(store: h.store, calendar: h.ctx.calendar, today: h.ctx.today)
        #expect(log.mark("hl", h.ctx.today) == .done)
    }

    @Test func aLetterLeftMidwayIsKeptAsADraft() throws {
        let h = try Harness()
        let io = run(h, LetterScreen(h.ctx), ["1", "add", "What I want to remember: the lake."])
        #expect(h.store.all(WeeklyLetter.self).isEmpty)
        let week = Week(containing: h.ctx.today)
        let draft = try #require(h.store.draft(LetterEditorScreen.draftID(week)), "\(io.text)")
        #expect(draft.state["text"]?.string?.hasSuffix("\n\nWhat I want to remember: the lake.") == true)
    }
}
