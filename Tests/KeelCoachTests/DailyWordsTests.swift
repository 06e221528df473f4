import Foundation
import Testing
import KeelContent
import KeelStore
import KeelTerminal
@testable import KeelCoach

/// What a daily user meets in the setback review, the check-in, the
/// morning, the widening step and the weekly letter, on the harness's
/// Thursday 26 November 2026.
@Suite struct DailyWordsTests {
    func day(_ d: Int) -> CivilDate { CivilDate(year: 2026, month: 11, day: d) }
    func at(_ d: Int, _ hour: Int) -> Date {
        Timestamp.parse("2026-11-\(d < 10 ? "0" : "")\(d)T\(hour < 10 ? "0" : "")\(hour):15:00.000Z")!
    }

    // MARK: - The setback review's win

    @Test func theSetbackReviewsWinIsKeptAsASmallWinAndReachesTheLetter() throws {
        let h = try Harness()
        let app = h.app { FlowScreen(flow: h.flow("setback-review"), ctx: $0) }
        h.press(app, .enter)
        h.type(app, "The pitch fell flat")
        h.press(app, .enter, .enter, .enter, .enter)
        h.type(app, "I asked for feedback straight after")
        h.press(app, .enter)  // to the summary
        h.press(app, .enter)  // saved
        let wins = h.store.all(SmallWin.self)
        #expect(wins.map(\.text) == ["I asked for feedback straight after"])
        #expect(wins.first?.source == "flow:setback-review")
        #expect(wins.first?.day == day(26))
        let frame = app.render().text
        #expect(frame.contains("Kept with your small wins too: I asked for feedback straight after"), "\(frame)")
        #expect(frame.contains("w to note another win"))
        #expect(app.top.hints.contains { $0.action == "another win" })
        let letter = LetterDraft.assemble(h.ctx, week: Week(containing: day(26)))
        #expect(letter.contains("- I asked for feedback straight after (Thu)"), "\(letter)")
    }

    @Test func aJournalEntrySavedAgainDoesNotCountItsWinTwice() throws {
        let h = try Harness()
        let entry = JournalEntry(
            id: "e1", created: h.wall, flow: "setback-review", title: "Setback review",
            answers: [Answer(step: "win", kind: "text", prompt: "A win", text: "Kept at it")])
        h.ctx.save(entry)
        h.ctx.save(entry)
        _ = h.app { HomeScreen($0) }  // the app routes what was reported
        #expect(h.store.all(SmallWin.self).map(\.text) == ["Kept at it"])
    }

    // MARK: - The check-in

    func checkInDisconnected(_ h: Harness) -> App {
        let app = h.app { CheckInScreen($0) }
        h.press(app, .char("6"), .enter)
        let topics = h.ctx.content.catalog("check-in-topics")!.items
        let i = topics.firstIndex { $0.id == "disconnected" }!
        for _ in 0..<i { h.press(app, .down) }
        h.press(app, .enter)
        return app
    }

    @Test func feelingDisconnectedOpensTheCircleMapWhenThereIsOne() throws {
        let h = try CircleFixture.harness()
        let app = checkInDisconnected(h)
        #expect(app.top is CirclesScreen)
        #expect(app.render().text.contains(CheckInRoutes.disconnectedLead))
        #expect(h.store.all(CheckIn.self).first?.opened == "circles")
        let empty = try Harness()
        let kind = checkInDisconnected(empty)
        #expect((kind.top as? FlowScreen)?.flow.id == "self-compassion")
        #expect(empty.store.all(CheckIn.self).first?.opened == "flow:self-compassion")
    }

    // MARK: - The morning

    func strengths(_ h: Harness) throws {
        var s = h.store.singleton(MyStrengths.self)
        s.picks = ["curiosity", "kindness", "bravery"].map { MyStrengths.Pick(id: $0, label: $0 == "bravery" ? "Courage" : $0.capitalized) }
        try h.store.save(s)
    }

    func progress(_ app: App) -> String {
        app.render().lines.first { $0.contains("Step ") }?.trimmingCharacters(in: .whitespaces) ?? ""
    }

    @Test func theMorningsStepCounterNeverGrows() throws {
        let h = try Harness()
        try strengths(h)
        let app = h.app { FlowStart.screen(h.flow("morning"), $0) }
        var totals: [Int] = []
        func note() {
            let line = progress(app)
            let total = line.split(separator: " ").dropFirst(3).first.flatMap { Int($0) } ?? -1
            totals.append(total)
        }
        note()
        h.press(app, .enter)  // strength
        note()
        h.type(app, "Asked why")
        note()
        h.press(app, .enter)
        h.type(app, "Ask one question at lunch")
        h.press(app, .enter)
        note()
        h.type(app, "Bread")
        note()
        h.press(app, .enter)
        note()
        #expect(totals.allSatisfy { $0 > 0 }, "\(totals)")
        #expect(zip(totals, totals.dropFirst()).allSatisfy { $0 >= $1 }, "\(totals)")
        // Passing a thanks by ends it sooner: the count shrinks, never grows.
        h.press(app, .enter)
        #expect(progress(app).hasPrefix("Step 6 of 6 · Your morning"), "\(progress(app))")
    }

    @Test func whenDidYouUseItNamesTheStrength() throws {
        let h = try Harness()
        try strengths(h)
        let app = h.app { FlowStart.screen(h.flow("morning"), $0) }
        let flow = try #require(app.top as? FlowScreen)
        let today = flow.choices[0].label
        h.press(app, .enter)
        let frame = app.render().text
        #expect(frame.contains("\(today): when did you use it lately?"), "\(frame)")
        h.type(app, "Asked why")
        h.press(app, .enter)
        let kept = try #require((app.top as? FlowScreen)?.session.answers["evidence"])
        #expect(kept.prompt == "\(today): when did you use it lately? One small moment is enough.")
    }

    @Test func aSecondMorningOnTheSameDaySaysOneIsDone() throws {
        let h = try Harness()
        try strengths(h)
        let first = h.app { FlowStart.screen(h.flow("morning"), $0) }
        #expect(!first.render().text.contains("earlier today"))
        try h.store.save(JournalEntry(id: "m1", created: h.wall.addingTimeInterval(-3600), flow: "morning", title: "Morning reflection", answers: []))
        let second = h.app { FlowStart.screen(h.flow("morning"), $0) }
        #expect(second.render().text.contains("You did your morning reflection earlier today; this one is kept beside it."))
        h.press(second, .enter)
        #expect(!second.render().text.contains("earlier today"), "said once, on the first step")
        // A practice not meant once a day says nothing of the kind.
        try h.store.save(JournalEntry(id: "r1", created: h.wall.addingTimeInterval(-3600), flow: "reframe", title: "Pause", answers: []))
        #expect(!h.app { FlowScreen(flow: h.flow("reframe"), ctx: $0) }.render().text.contains("earlier today"))
    }

    @Test func aPromptFillsInAnEarlierAnswerOrSaysIt() {
        let answers = ["strength": Answer(step: "strength", kind: "choose", prompt: "", choice: "kindness", labels: ["Kindness"])]
        #expect(FlowPromptAnswers.fill("{strength}: when?", answers: answers) == "Kindness: when?")
        #expect(FlowPromptAnswers.fill("When did you use {other} lately?", answers: answers) == "When did you use it lately?")
        #expect(FlowPromptAnswers.fill("No braces here", answers: answers) == "No braces here")
    }

    // MARK: - The widening step

    @Test func theWideningStepSaysWhereItWentAndIsNotASecondLadder() throws {
        let h = try Harness()
        h.ctx.wideningHandoffs.append(WideningToLadderScreen.handoff)
        let widening = WideningStep(id: "w1", created: h.wall, catalogItem: "community-gathering", label: "Go to a community gathering", chosenOn: day(20))
        try h.store.save(widening)
        try h.store.save(ExposureLadder(id: "lw", created: h.wall, goal: WideningToLadderScreen.newGoal))
        let picker = WideningToLadderScreen(widening, h.ctx)
        #expect(picker.items.map(\.label) == [WideningToLadderScreen.newGoal], "the ladder of that name is offered, not a second one")
        let app = h.app { InsightsScreen($0) }
        h.press(app, .char("e"), .enter)
        #expect(app.top is FormScreen<StepEditor>)
        h.press(app, .enter)
        #expect(h.ctx.flash == "Now on your ladder “Widen my circles”.", "\(h.ctx.flash ?? "")")
        #expect(ExposureWorld.load(h.store).ladders.count == 1)
        let frame = app.render().text
        #expect(frame.contains("It is on your ladder “Widen my circles”."), "\(frame)")
        // Carried: e no longer offers it to a ladder a second time.
        #expect(!frame.contains("make it a ladder step"), "\(frame)")
        let stepsBefore = ExposureWorld.load(h.store).steps.count
        h.press(app, .char("e"))
        #expect(app.top is InsightsScreen)
        #expect(ExposureWorld.load(h.store).steps.count == stepsBefore)
    }

    @Test func aWideningStepMadeAHabitSaysSo() throws {
        let h = try Harness()
        var step = WideningStep(id: "w1", created: h.wall, catalogItem: "club", label: "Join a club night", chosenOn: day(20))
        try h.store.save(Habit(id: "h1", created: h.wall, name: "Club night", schedule: .perWeek(1)))
        step.carriedTo = "habit:h1"
        #expect(WideningSteps.whereItWent(step, h.store) == "It is now a habit: Club night.")
        step.carriedTo = "habit:gone"
        #expect(WideningSteps.whereItWent(step, h.store) == nil)
    }

    // MARK: - The letter

    @Test func theLetterMergesTheSameWordsOnSeveralDays() throws {
        let h = try Harness()
        try h.store.save([
            SmallWin(id: "a", created: at(23, 9), day: day(23), text: "Called Mum"),
            SmallWin(id: "b", created: at(24, 9), day: day(24), text: "Went to choir"),
            SmallWin(id: "c", created: at(25, 9), day: day(25), text: "called mum."),
            SmallWin(id: "d", created: at(25, 10), day: day(25), text: "Called Mum"),
        ])
        let letter = LetterDraft.assemble(h.ctx, week: Week(containing: day(26)))
        #expect(letter.contains("You did these 2 things, whatever came of them:\n- Called Mum (Mon and Wed)\n- Went to choir (Tue)"), "\(letter)")
        try h.store.save(SmallWin(id: "e", created: at(26, 9), day: day(26), text: "Said no kindly."))
        #expect(LetterDraft.assemble(h.ctx, week: Week(containing: day(26))).contains("- Said no kindly (Thu)"))
        #expect(WeekInWords.counted(["The hill.", "the hill"]) == ["The hill (twice)"])
    }

    @Test func aFirstWeekLetterSpeaksOnlyOfTheDaysSinceKeelBegan() throws {
        // Settings first saved on Thursday: keel began then.
        let h = try Harness()
        var settings = h.store.singleton(Settings.self)
        settings.created = h.wall
        try h.store.save(settings)
        let week = Week(containing: day(26))
        let letter = LetterDraft.assemble(h.ctx, week: week)
        #expect(letter.hasPrefix("Dear me,\n\nHere are your first days with keel, from Thursday on, the way keel saw them."), "\(letter)")
        let list = h.app { LetterScreen($0) }.render().text
        #expect(!list.contains("Last week"), "keel wasn't there last week")
        // Something saved on Monday: the whole week was keel's.
        try h.store.save(SmallWin(id: "a", created: at(23, 9), day: day(23), text: "Called Mum"))
        #expect(LetterDraft.assemble(h.ctx, week: week).contains("Here is your week of 23-29 Nov 2026, the way keel saw it."))
        try h.store.save(SmallWin(id: "b", created: at(18, 9), day: day(18), text: "Went out"))
        #expect(h.app { LetterScreen($0) }.render().text.contains("Last week"))
        // With nothing saved at all, keel begins today.
        let new = try Harness()
        #expect(LetterDraft.assemble(new.ctx, week: week).contains("Here are your first days with keel, from Thursday on"))
        #expect(!new.app { LetterScreen($0) }.render().text.contains("Last week"))
    }

    @Test func theStingIsSaidAsReliefNotAsAScore() throws {
        let h = try Harness()
        try h.store.save(
            JournalEntry(id: "r1", created: at(24, 21), flow: "reframe", title: "Pause, breathe, reframe", answers: [], stingBefore: 8, stingAfter: 5))
        let letter = LetterDraft.assemble(h.ctx, week: Week(containing: day(26)))
        #expect(letter.contains("When something stung, you stopped and took a second look at it. Looking again eased the sting by 3."), "\(letter)")
        #expect(!letter.contains("on average"))
    }
}
