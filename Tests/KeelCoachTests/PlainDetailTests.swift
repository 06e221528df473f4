import Foundation
import Testing
import KeelStore
import KeelTerminal
@testable import KeelCoach

/// The last of plain mode, in memory on the test clock (Thursday 26
/// November 2026): a habit's calendar in words, ladder steps picked from
/// examples, the circle map's widening step, and `start again` on a form
/// brought back from a draft.
@Suite struct PlainDetailTests {
    func run(_ h: Harness, _ root: any Screen, _ lines: [String]) -> MemoryLineIO {
        let io = MemoryLineIO(lines)
        Plain.run(root, io: io, ctx: h.ctx)
        return io
    }

    /// Stretch, every day since Friday 30 October: done 1-3 and 20-25
    /// November, the two-minute version on the 4th, a rest on the 5th.
    func stretching(_ h: Harness) throws {
        let began = Timestamp.parse("2026-10-30T08:00:00.000Z")!
        try h.store.save(Habit(id: "h1", created: began, name: "Stretch", schedule: .daily))
        let nov = { (d: Int) in CivilDate(year: 2026, month: 11, day: d) }
        var checks = ([1, 2, 3] + Array(20...25)).map { HabitCheck(habitID: "h1", day: nov($0), created: h.wall) }
        checks.append(HabitCheck(habitID: "h1", day: nov(4), created: h.wall, small: true))
        checks.append(HabitCheck(habitID: "h1", day: nov(5), created: h.wall, rest: true))
        try h.store.save(checks)
    }

    @Test func aHabitsCalendarIsReadMonthByMonthInWords() throws {
        let h = try Harness()
        try stretching(h)
        let io = run(h, HabitsScreen(h.ctx), ["1 o", "", ""])
        let out = io.output
        #expect(out.contains("Stretch: its calendar"), "\(io.text)")
        #expect(out.contains { $0.hasPrefix("Every day, 6-day streak") }, "\(io.text)")
        #expect(out.contains("Today: not ticked."), "\(io.text)")
        let november = try #require(out.firstIndex(of: "November 2026"))
        let lines = ["Done on 9 days: 1 to 3 and 20 to 25.", "The two-minute version on 1 day: 4.", "Rest on 1 day: 5.", "Missed on 14 days: 6 to 19."]
        #expect(Array(out[(november + 1)...(november + 4)]) == lines, "\(io.text)")
        let october = try #require(out.firstIndex(of: "October 2026, from \(CivilDate(year: 2026, month: 10, day: 30).long)"), "shown from the day it began")
        #expect(october > november, "newest month first")
        #expect(out[october + 1] == "Missed on 2 days: 30 and 31.", "\(io.text)")
        #expect(!io.text.contains("■") && !io.text.contains("·"), "no squares or dots to read aloud")
    }

    @Test func aDayOfTheLastWeekIsChangedFromTheCalendarAndAnOlderOneIsNot() throws {
        let h = try Harness()
        try stretching(h)
        let io = run(h, HabitsScreen(h.ctx), ["1 o", "r", "t 2", "done 10", "calendar", "", ""])
        let log = HabitLog(store: h.store, calendar: h.ctx.calendar, today: h.ctx.today)
        #expect(log.mark("h1", h.ctx.today.adding(days: -2)) == .small, "\(io.text)")
        #expect(log.mark("h1", h.ctx.today) == .rest, "\(io.text)")
        #expect(log.mark("h1", h.ctx.today.adding(days: -10)) == nil)
        #expect(io.output.contains { $0.hasPrefix("Tue 24 Nov: the two-minute version.") || $0.contains(": the two-minute version. ") }, "\(io.text)")
        #expect(io.output.contains("Days can be changed for the last week, from the day the habit began."), "\(io.text)")
        #expect(io.output.filter { $0 == "Today: a rest day." }.count == 1, "said again as today's, after another day changed: \(io.text)")
    }

    /// A ladder with one step of its own.
    func ladder(_ h: Harness) throws {
        try h.store.save(ExposureLadder(id: "l1", created: h.wall, goal: "Join a club"))
        try h.store.save(ExposureStep(id: "s1", created: h.wall, ladderID: "l1", rank: 1, situation: "Ask a friend about their club"))
    }

    @Test func examplesArePickedByNumberThenEachIsMadeYoursInItsForm() throws {
        let h = try Harness()
        try ladder(h)
        // The first new step's plan: Enter keeps the situation, then tomorrow, 4 expected; back leaves the second as it is.
        let io = run(h, LadderScreen(ladderID: "l1", h.ctx), ["x", "1 3", "", "tomorrow", "4", "", "", "", "", "", "", "back", ""])
        #expect(
            io.output.contains("Type 1 to choose it, a to add a step, x to pick steps from examples, g to change the goal, or Enter to leave."), "\(io.text)")
        #expect(io.output.contains("Groups and clubs"), "a heading for each kind: \(io.text)")
        #expect(io.output.contains { $0.hasPrefix("  1. Read a group's page and note when it meets (easier): ") }, "\(io.text)")
        let steps = ExposureWorld.load(h.store).rungs(of: "l1")
        #expect(steps.map(\.source) == [nil, "example:group-look-online", "example:group-go-once"], "\(io.text)")
        #expect(steps[1].due == h.ctx.today.adding(days: 1) && steps[1].expected == 4, "\(io.text)")
        #expect(steps[2].due == nil, "back left it as it was")
        #expect(io.output.contains("Added 2 steps, easier ones lower on the ladder."))
        #expect(
            !io.output.contains { $0.contains("makes it yours") || $0.contains("makes each one yours") }, "the full screen's key isn't said: the form follows")
    }

    @Test func nothingPickedAddsNothing() throws {
        let h = try Harness()
        try ladder(h)
        let io = run(h, LadderScreen(ladderID: "l1", h.ctx), ["x", "", ""])
        #expect(ExposureWorld.load(h.store).rungs(of: "l1").count == 1)
        #expect(io.output.contains("Nothing added."), "\(io.text)")
    }

    func circles(_ h: Harness) throws {
        var b = WorldBuilder()
        b.circle("Climbing", .hobby, support: 5, cadence: 7)
        b.person("Sam", ["Climbing"], .inner, last: "2026-11-20", knows: true)
        try h.store.save(b.circles)
        try h.store.save(b.people)
        h.ctx.wideningHandoffs = [WideningToLadderScreen.handoff, HabitHandoff.widening]
    }

    @Test func theWideningStepIsPickedCarriedToALadderThenNotOfferedThereAgainAndDone() throws {
        let h = try Harness()
        try circles(h)
        // w, the first step; e, a new ladder for it, its plan kept as offered (nine fields); then x.
        let plan = Array(repeating: "", count: 9)
        let io = run(h, InsightsScreen(h.ctx), ["w", "1", "e", "1"] + plan + ["x", ""])
        let prompts = io.output.filter { $0.hasPrefix("Type w to") }
        #expect(prompts.first == "Type w to pick a small step, or Enter to leave.", "\(io.text)")
        #expect(prompts.count >= 3, "\(io.text)")
        #expect(
            prompts[1] == "Type w to pick another step, x to mark it done, e to make it a ladder step, h to make it a habit, or Enter to leave.", "\(io.text)")
        #expect(prompts[2] == "Type w to pick another step, x to mark it done, or Enter to leave.", "carried: \(io.text)")
        let step = try #require(h.store.all(WideningStep.self).first)
        #expect(step.carriedTo?.hasPrefix("exposure:") == true, "\(io.text)")
        #expect(step.doneOn == h.ctx.today, "\(io.text)")
        #expect(h.store.all(ExposureStep.self).map(\.situation) == [step.label])
        #expect(io.output.contains("It is on your ladder “Widen my circles”."), "\(io.text)")
        #expect(!io.output.contains { $0.contains("Press w") }, "\(io.text)")
    }

    @Test func theWideningStepBecomesAHabit() throws {
        let h = try Harness()
        try circles(h)
        let io = run(h, InsightsScreen(h.ctx), ["w", "2", "h", "", "", "", "", "", ""])
        let step = try #require(h.store.all(WideningStep.self).first)
        #expect(step.carriedTo?.hasPrefix("habit:") == true, "\(io.text)")
        #expect(h.store.all(Habit.self).map(\.name) == [step.label], "\(io.text)")
    }

    /// a, then the person form's name, left midway: a draft.
    func draftOfSam(_ h: Harness) throws {
        try h.store.save(BelongingCircle(id: "choir", created: h.wall, name: "Choir", kind: .hobby))
        _ = run(h, CirclesScreen(h.ctx), ["a", "Sam"])
        #expect(h.store.draft("circles:person:new") != nil)
    }

    @Test func startAgainLetsTheDraftGoOnceConfirmed() throws {
        let h = try Harness()
        try draftOfSam(h)
        let io = run(h, CirclesScreen(h.ctx), ["a", "?", "start again", "yes", "Lee", "1", "", "", "", "", ""])
        #expect(io.output.contains { $0.hasSuffix("Enter keeps each answer, and start again begins from what is saved.") }, "\(io.text)")
        #expect(io.output.contains("start again lets go of what you typed last time and begins from what is saved."), "\(io.text)")
        #expect(
            io.output.contains("Let go of what you typed last time and start from what is saved? Type yes to go ahead; Enter keeps it."), "\(io.text)")
        #expect(io.output.contains("Starting again from what is saved."))
        #expect(io.output.contains("Field 1 of 6: Name. A name or a nickname. Enter leaves it empty."), "the saved, empty name: \(io.text)")
        #expect(h.store.all(Person.self).map(\.name) == ["Lee"], "\(io.text)")
    }

    @Test func startAgainKeepsTheDraftWhenNotConfirmedAndIsNoWordOnAFreshForm() throws {
        let h = try Harness()
        try draftOfSam(h)
        let io = run(h, CirclesScreen(h.ctx), ["a", "start again", "", "", "1", "", "", "", "", ""])
        #expect(io.output.contains("Kept as it was."), "\(io.text)")
        #expect(h.store.all(Person.self).map(\.name) == ["Sam"], "\(io.text)")
        let fresh = run(h, CirclesScreen(h.ctx), ["a", "?", "start again", ""])
        #expect(!fresh.output.contains { $0.hasPrefix("start again") }, "\(fresh.text)")
        #expect(h.store.all(Person.self).count == 1, "\(fresh.text)")
    }

    @Test func startAgainIsOnlyAWordOfItsOwnOnAFormFromADraft() throws {
        let h = try Harness()
        let talk = Conversation(io: MemoryLineIO(["start again", "start over", "start again"]), ctx: h.ctx)
        #expect(talk.ask("Name?") == .answer("start again"), "typed as an answer where nothing was drafted")
        #expect(talk.ask("Name?") == .answer("start over"))
        talk.startsAgain = true
        #expect(talk.ask("Name?") == .back, "on a form from a draft it starts again")
    }

    @Test func valuesAreReadWithoutBullets() throws {
        let h = try Harness()
        try h.store.save(ValuesStatement(id: "v1", created: h.wall, mission: "Be kind", values: ["Honest", "Brave", "Curious"]))
        let io = run(h, ValuesScreen(h.ctx), [""])
        #expect(io.output.contains("  Honest"), "\(io.text)")
        #expect(!io.text.contains("•"), "\(io.text)")
    }

    @Test func theSampleJournalSaysEachQuestionAsItWasAsked() throws {
        let h = try Harness()
        var sample = SampleHistory(years: 0.2, seed: 7, end: h.wall, calendar: .utc)
        sample.content = Harness.content
        _ = try sample.generate(into: h.store)
        let prompts = h.store.all(JournalEntry.self).flatMap(\.answers).map(\.prompt)
        #expect(prompts.contains { $0.hasSuffix(": when did you use it lately? One small moment is enough.") })
        #expect(!prompts.contains { $0.contains("{") }, "a question with its braces left in")
    }

    @Test func monthRunsSayTwoDaysAsTwoAndThreeAsARun() {
        #expect(PlainCalendar.runs([1, 2, 3, 5, 6, 9]) == "1 to 3, 5, 6 and 9")
        #expect(PlainCalendar.runs([4]) == "4")
        #expect(PlainCalendar.runs([4, 5]) == "4 and 5")
    }
}
