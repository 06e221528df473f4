import Foundation
import Testing
import KeelContent
import KeelStore
import KeelTerminal
@testable import KeelCoach

/// Things that showed or counted the wrong thing (issue 16): numbers only
/// for what is drawn, ticks on the day they belong to, months and weeks
/// said one way, plans with their own day, and counts read as a person says them.
@Suite struct CountsTests {
    // MARK: - Home numbers only the habits it draws

    func habits(_ h: Harness, _ n: Int) throws {
        try h.store.save(
            (1...n).map { Habit(id: "h\($0)", created: h.wall, name: "Habit number \($0) of the day, a slow stretch by the open window", schedule: .daily) })
    }

    func footer(_ frame: Buffer) -> String { frame.lines[frame.size.height - 1] }

    @Test func homeNumbersOnlyTheHabitsItDraws() throws {
        let h = try Harness()
        try habits(h, 9)
        let app = h.app { HomeScreen($0) }
        let frame = app.render()
        let home = try #require(app.top as? HomeScreen)
        let drawn = HomeHabits(h.ctx).drawn(in: home.layout(in: h.ctx.bodyArea, h.ctx).strips[0])
        #expect(drawn > 0 && drawn < 9, "this window draws some habits, not all nine:\n\(frame.dump)")
        for k in 1...9 {
            #expect(frame.text.contains("\(k) [ ] Habit number \(k)") == (k <= drawn), "habit \(k):\n\(frame.dump)")
        }
        #expect(footer(frame).contains("1-\(drawn) tick a habit"), "\(frame.dump)")
        #expect(frame.text.contains("+\(9 - drawn) more (h)"), "the habits out of sight are said to be there:\n\(frame.dump)")
        // The next digit would be a habit out of sight: it ticks nothing.
        guard drawn < 9 else { return }
        h.press(app, .char(Character(String(drawn + 1))))
        #expect(h.store.all(HabitCheck.self).isEmpty)
        h.press(app, .char(Character(String(drawn))))
        #expect(h.store.all(HabitCheck.self).map(\.habitID) == ["h\(drawn)"])
    }

    @Test func aSmallWindowDrawsNoHabitsAndDigitsTickNone() throws {
        let h = try Harness()
        try habits(h, 5)
        let app = h.app({ HomeScreen($0) }, size: Size(width: 40, height: 12))
        let frame = app.render()
        #expect(!frame.text.contains("[ ] Habit"), "\(frame.dump)")
        #expect(!footer(frame).contains("tick"), "\(frame.dump)")
        h.press(app, .char("1"), .char("5"))
        #expect(h.store.all(HabitCheck.self).isEmpty)
        // Made larger, the habits come back with their numbers, and so do the keys.
        app.handle(.resize(Size(width: 100, height: 40)))
        let large = app.render()
        #expect(large.text.contains("5 [ ] Habit number 5"), "\(large.dump)")
        #expect(footer(large).contains("1-5 tick a habit"), "\(large.dump)")
        h.press(app, .char("5"))
        #expect(h.store.all(HabitCheck.self).map(\.habitID) == ["h5"])
    }

    // MARK: - The weekly letter ticks the week it is for

    @Test func lastWeeksLetterWrittenOnMondayTicksLastWeek() throws {
        let h = try Harness(wall: "2026-11-30T09:30:00.000Z")  // a Monday
        let started = Timestamp.parse("2026-11-01T09:00:00.000Z")!
        try h.store.save(Habit(id: "hl", created: started, name: "Weekly letter", schedule: .perWeek(1), practice: "letter"))
        let app = h.app { LetterScreen($0) }
        h.press(app, .down, .enter)  // "Last week", not written
        let editor = try #require(app.top as? LetterEditorScreen)
        #expect(editor.week == Week(containing: CivilDate("2026-11-23")!))
        h.press(app, .ctrl("s"))
        let log = HabitLog(store: h.store, calendar: .utc, today: h.ctx.today)
        #expect(log.mark("hl", CivilDate("2026-11-29")!) == .done, "the Sunday of the week the letter is for")
        #expect(log.mark("hl", h.ctx.today) == nil, "this week's letter is still to come")
        #expect(log.isDue(h.store.find(Habit.self, id: "hl")!, today: h.ctx.today))

        // This week's letter, written this week, ticks today.
        h.press(app, .up, .enter)
        h.press(app, .ctrl("s"))
        let after = HabitLog(store: h.store, calendar: .utc, today: h.ctx.today)
        #expect(after.mark("hl", h.ctx.today) == .done)
        #expect(after.streak(h.store.find(Habit.self, id: "hl")!, today: h.ctx.today).length == 2)
    }

    // MARK: - One rounding rule for spans

    @Test func theMapAndTheInsightsRoundAQuietTieTheSameWay() {
        #expect(RhythmWords.ago(55) == "8 weeks ago")
        #expect(RhythmWords.spans(55, within: 14).0 == "8 weeks")
        #expect(RhythmWords.ago(52) == "7 weeks ago")
        #expect(RhythmWords.spans(52, within: 14).0 == "7 weeks")
        #expect(RhythmWords.ago(75) == RhythmWords.spans(75, within: 150).0 + " ago")
        #expect(PlanWords.day(CivilDate("2026-12-24")!, today: CivilDate("2026-11-26")!) == "in 4 weeks")
        #expect(RhythmWords.every(28) == "every 4 weeks")
    }

    // MARK: - Each plan with its own day and answer

    func morning(_ h: Harness, _ id: String, _ day: String, recalled: String?, kept: String?, plan: String) -> JournalEntry {
        var answers: [Answer] = []
        if let recalled, let kept {
            let label = ["yes": "It did", "partly": "Partly", "no": "Not this time"][kept]!
            answers.append(Answer(step: "yesterday", kind: "choose", prompt: "Did it happen?", text: recalled, choice: kept, labels: [label]))
        }
        answers.append(Answer(step: "strength", kind: "choose", prompt: "Which strength?", choice: "kindness", labels: ["Kindness"]))
        answers.append(Answer(step: "plan", kind: "text", prompt: "What is one small way you could use it today?", text: plan))
        return JournalEntry(
            id: id, created: Timestamp.parse(day + "T07:30:00.000Z")!, flow: "morning", title: "Morning reflection", answers: answers)
    }

    @Test func aMorningShowsItsOwnPlanAndThePlanItLooksBackOnWithThatDay() throws {
        let h = try Harness()
        try h.store.save([
            morning(h, "m1", "2026-11-24", recalled: nil, kept: nil, plan: "Ask Sam for coffee"),
            morning(h, "m2", "2026-11-25", recalled: "Ask Sam for coffee", kept: "partly", plan: "Call Mum at lunch"),
        ])
        let app = h.app { JournalScreen($0) }
        let list = app.render().lines
        let newest = try #require(list.first { $0.contains("Wed 25 Nov") }, "\(list)")
        #expect(newest.contains("Morning reflection: Call Mum at lunch"), "listed with its own plan, not the one it looked back on: \(newest)")

        let newer = EntryScreen(entry: h.store.find(JournalEntry.self, id: "m2")!, ctx: h.ctx).lines.map(\.0)
        let plan = try #require(newer.firstIndex(of: "Your plan from Tue 24 Nov"), "\(newer)")
        #expect(newer[plan + 1] == "“Ask Sam for coffee”")
        #expect(newer[plan + 2] == "Did it happen? Partly")
        #expect(newer.contains("Call Mum at lunch"))

        let older = EntryScreen(entry: h.store.find(JournalEntry.self, id: "m1")!, ctx: h.ctx).lines.map(\.0)
        let own = try #require(older.firstIndex(of: "Ask Sam for coffee"), "\(older)")
        #expect(older[own + 1] == "Looked back on Wed 25 Nov: Partly")
    }

    // MARK: - The habit calendar misses only planned days

    @Test func anNTimesAWeekHabitHasNoMissedDaysAndSaysNoStreakRightNow() throws {
        let h = try Harness()
        let today = h.ctx.today  // Thu 26 Nov
        let habit = Habit(id: "hw", created: h.wall.addingTimeInterval(-60 * 86400), name: "Swim", schedule: .perWeek(2))
        try h.store.save(habit)
        // Five kept weeks, then two weeks with nothing.
        var checks: [HabitCheck] = []
        for w in 3...7 {
            let monday = Week(containing: today).adding(weeks: -w).first
            checks += [HabitCheck(habitID: "hw", day: monday, created: h.wall), HabitCheck(habitID: "hw", day: monday.adding(days: 2), created: h.wall)]
        }
        try h.store.save(checks)
        let app = h.app({ HabitDetailScreen(habit, $0) }, size: Size(width: 80, height: 24))
        let frame = app.render()
        #expect(frame.text.contains("Twice a week · no streak right now · best 5-week streak"), "\(frame.dump)")
        #expect(!frame.text.contains("·  missed") && !frame.text.contains("missed"), "\(frame.dump)")
        let map = Heatmap(schedule: habit.plan, today: today, start: CivilDate("2026-09-27")!, weeks: 12, mark: { _ in nil })
        #expect(map.glyph(today.adding(days: -3)).0 == " ", "an unticked day of a twice-a-week habit isn't missed")
        let daily = Heatmap(schedule: .daily, today: today, start: CivilDate("2026-09-27")!, weeks: 12, mark: { _ in nil })
        #expect(daily.glyph(today.adding(days: -3)).0 == "·")
    }

    @Test func noStreakYetOnlyBeforeThereWasOne() throws {
        let h = try Harness()
        let habit = Habit(id: "hd", created: h.wall.addingTimeInterval(-2 * 86400), name: "Stretch", schedule: .daily)
        try h.store.save(habit)
        let frame = h.app { HabitDetailScreen(habit, $0) }.render()
        #expect(frame.text.contains("Every day · no streak yet"), "\(frame.dump)")
    }

    // MARK: - Month labels over the week holding each 1st

    @Test func theWeekHoldingTheFirstCarriesItsMonth() {
        let december = Heatmap(schedule: .daily, today: CivilDate("2026-12-01")!, start: CivilDate("2026-01-01")!, weeks: 12, mark: { _ in nil })
        let names = december.monthRow()
        // The last column is the week of Mon 30 Nov, which holds 1 December.
        #expect(names.last?.name == "Dec" && names.last?.column == Heatmap.labelWidth + 11 * Heatmap.cellWidth, "\(names)")
        #expect(!names.contains { $0.name == "Nov" && $0.column == Heatmap.labelWidth + 11 * Heatmap.cellWidth })

        // A grid starting on Mon 27 Jul: that week holds 1 August, so August is named, not skipped.
        let autumn = Heatmap(schedule: .daily, today: CivilDate("2026-10-14")!, start: CivilDate("2026-01-01")!, weeks: 12, mark: { _ in nil })
        #expect(autumn.firstDay == CivilDate("2026-07-27")!)
        #expect(autumn.monthRow().map(\.name) == ["Aug", "Sep", "Oct"], "\(autumn.monthRow())")
        // A first column that starts no month is named when there is room before the next.
        let mid = Heatmap(schedule: .daily, today: CivilDate("2026-10-21")!, start: CivilDate("2026-01-01")!, weeks: 12, mark: { _ in nil })
        #expect(mid.monthRow().map(\.name) == ["Aug", "Sep", "Oct"], "\(mid.monthRow())")
        #expect(mid.monthRow().first?.column == Heatmap.labelWidth)
    }

    /// At 40 columns a long title stops short of the badge, never "opesaving aside".
    @Test func theTitleAndTheBadgeNeverRunTogether() throws {
        let h = try Harness()
        let ctx = Context(store: try Store(root: h.dir), content: h.ctx.content, clock: h.clock, now: { h.wall }, calendar: .utc)
        let app = App(ctx: ctx, root: SecondWindowScreen.first(HomeScreen(ctx), ctx), size: Size(width: 40, height: 12))
        let top = app.render().line(0)
        #expect(top.hasSuffix(" saving aside"), "\(top)")
        #expect(top.contains("… ") || top.contains("  saving aside"), "a gap or an ellipsis before the badge: \(top)")
    }

    // MARK: - Counts and sentences read as a person says them

    @Test func circlesInTouchForOneNoneAndAll() {
        #expect(InsightsText.inTouch(1, of: 1) == "Your one circle has been in touch within its usual rhythm.")
        #expect(InsightsText.inTouch(0, of: 1) == "Your one circle hasn't been in touch within its usual rhythm lately.")
        #expect(InsightsText.inTouch(1, of: 3) == "1 of 3 circles has been in touch within its usual rhythm.")
        #expect(InsightsText.inTouch(2, of: 3) == "2 of 3 circles have been in touch within their usual rhythm.")
        #expect(InsightsText.inTouch(2, of: 2) == "Both circles have been in touch within their usual rhythm.")
        #expect(InsightsText.inTouch(0, of: 4) == "None of your 4 circles has been in touch within its usual rhythm lately.")
        #expect(InsightsText.inTouchLately(1, of: 1) == "Your one circle: in touch lately.")
    }

    @Test func plansLookedBackOnAreNotAScore() {
        let one = PlansLookedBack(["partly"]).sentence
        #expect(one == "You looked back on one plan, and part of it happened: a start counts.")
        #expect(!one.contains("0 happened"))
        #expect(PlansLookedBack(["no"]).sentence.hasPrefix("You looked back on one plan. It didn't happen this time"))
        #expect(
            PlansLookedBack(["yes", "partly", "no"]).sentence
                == "You looked back on 3 plans: 1 happened, 1 partly and 1 didn't this time. Small plans kept are how trust in yourself grows.")
        #expect(PlansLookedBack(["yes", "yes"]).sentence.hasPrefix("You looked back on 2 plans, and both happened."))
        #expect(!PlansLookedBack(["no", "no"]).sentence.contains("trust"), "no lesson after plans that didn't happen")
    }

    @Test func someonesOwnWordsEndASentenceOnce() {
        #expect(endingSentence("Try again next week...") == "Try again next week...")
        #expect(endingSentence("A walk with Theo.") == "A walk with Theo.")
        #expect(endingSentence("A walk with Theo") == "A walk with Theo.")
        #expect(endingSentence("Ask “how was it?”") == "Ask “how was it?”")
        #expect(endingSentence("Lunch (on Tuesday)") == "Lunch (on Tuesday).")
        #expect(endingSentence("Really!  ") == "Really!")
    }

    @Test func aCrisisLineNamedWithAQuestionAndTheNumbersForAnywhere() throws {
        let line = CrisisDirectory.Line(name: "Need to talk?", contact: "Call or text 1737", hours: "any time, free")
        #expect(CrisisScreen.describe(line) == "Need to talk? Call or text 1737, any time, free")
        #expect(CrisisScreen.describe(CrisisDirectory.Line(name: "Samaritans", contact: "Call 116 123")) == "Samaritans: Call 116 123")
        let h = try Harness()  // no region known: the lines for anywhere
        let app = h.app { HomeScreen($0) }
        h.press(app, .char("!"))
        let text = app.render().text
        #expect(text.contains("Numbers that work anywhere. r changes the region."), "\(text)")
        #expect(!text.contains("Numbers for Anywhere"))
    }

    @Test func oneHabitDueIsNotAllOneHabits() throws {
        let h = try Harness()
        try h.store.save(Habit(id: "h1", created: h.wall, name: "Stretch", schedule: .daily))
        #expect(HabitsToday.notes(h.ctx).map(\.shell) == ["1 habit to tick"])
        try h.store.save(HabitCheck(habitID: "h1", day: h.ctx.today, created: h.wall))
        #expect(HabitsToday.notes(h.ctx).map(\.shell) == ["today's habit ticked"])
    }

    @Test func countsWithTheirNouns() {
        #expect(counted(1, "draft") == "1 draft")
        #expect(counted(2, "draft") == "2 drafts")
        #expect(counted(1, "person", "people") == "1 person")
        #expect(counted(3, "person", "people") == "3 people")
        #expect(counted(years: 0.5) == "half a year")
        #expect(counted(years: 1) == "1 year")
        #expect(counted(years: 2.5) == "2.5 years")
        #expect(counted(times: 1) == "once" && counted(times: 2) == "twice" && counted(times: 4) == "4 times")
    }
}
