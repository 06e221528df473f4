import Foundation
import Testing
import KeelContent
import KeelStore
import KeelTerminal
@testable import KeelCoach

/// The morning reflection, small wins, values, habits and the weekly letter,
/// driven key by key through the app on the harness's Thursday 26 November 2026.
@Suite struct InnerWorthAppTests {
    func morning(_ h: Harness) -> App { h.app { FlowStart.screen(h.flow("morning"), $0) } }

    func pickStrengths(_ h: Harness, _ app: App) {
        h.press(app, .char(" "), .down, .char(" "), .down, .char(" "))
        h.press(app, .char("a"))
        h.type(app, "Making tea for people")
        h.press(app, .enter, .enter)
    }

    @Test func theFirstMorningAsksForStrengthsThenReflects() throws {
        let h = try Harness()
        try h.store.save(Habit(id: "hm", created: h.wall, name: "Morning reflection", schedule: .daily, practice: "flow:morning"))
        let app = morning(h)
        #expect(app.top is StrengthPickerScreen)
        h.press(app, .enter)
        #expect(app.render().contains("Pick at least three (0 so far)"))
        pickStrengths(h, app)
        #expect(h.store.singleton(MyStrengths.self).picks.map(\.label) == ["Making tea for people", "Curiosity", "Love of learning", "Creativity"])
        let flow = try #require(app.top as? FlowScreen)
        #expect(flow.step.id == "strength", "nothing to recall on the first morning")
        // 26 November 2026 is day 20783 since 1970: the fourth of four strengths has its turn.
        let frame = app.render()
        #expect(frame.contains("› Creativity"), "\n\(frame.dump)")
        #expect(frame.contains("today"))
        h.press(app, .enter)
        h.type(app, "Drew a map for the choir trip, é 日本 👋🏽")
        h.press(app, .enter)
        h.type(app, "Sketch at lunch")
        h.press(app, .enter)
        h.type(app, "Coffee")
        h.press(app, .enter, .enter)  // a second thanks left empty: on to the summary
        #expect(app.render().contains("Your morning"))
        h.press(app, .enter)
        let entry = try #require(h.store.all(JournalEntry.self).first)
        let m = try #require(MorningEntry(entry, flow: h.flow("morning"), calendar: .utc))
        #expect(m.strength == "Creativity" && m.evidence == "Drew a map for the choir trip, é 日本 👋🏽" && m.plan == "Sketch at lunch")
        #expect(m.gratitudes == ["Coffee"])
        #expect(HabitLog(store: h.store, calendar: .utc, today: h.ctx.today).mark("hm", h.ctx.today) == .done, "the habit ticked itself")

        // The next morning: yesterday's plan comes back first, and another strength has its turn.
        h.wall = h.wall.addingTimeInterval(86400)
        let next = morning(h)
        let recall = next.render()
        #expect(recall.contains("Yesterday you planned: “Sketch at lunch”"), "\n\(recall.dump)")
        h.press(next, .down, .enter)
        #expect(next.render().contains("› Making tea for people"))
        h.press(next, .enter, .enter, .enter, .enter, .enter)
        let second = try #require(h.store.all(JournalEntry.self).last)
        #expect(second.answers.first?.labels == ["Partly"] && second.answers.first?.text == "Sketch at lunch")
    }

    @Test func gratitudePromptsTakeTurnsDayByDay() throws {
        let h = try Harness()
        let flow = h.flow("morning")
        func prompts(_ day: CivilDate) -> [String] {
            FlowPrompts.resolve(flow, on: day, content: h.ctx.content).steps.filter { $0.promptFrom != nil }.compactMap(\.prompt)
        }
        let today = prompts(h.ctx.today), tomorrow = prompts(h.ctx.today.adding(days: 1))
        #expect(Set(today).count == 3 && Set(tomorrow).count == 3)
        #expect(Set(today).isDisjoint(with: tomorrow))
        let catalog = try #require(h.ctx.content.catalog("gratitude-prompts"))
        let fortnight = Set((0..<16).flatMap { prompts(h.ctx.today.adding(days: $0)) })
        #expect(fortnight == Set(catalog.items.map(\.label)), "every prompt comes round")
    }

    @Test func aSmallWinFromHomeAndAfterAFlow() throws {
        let h = try Harness()
        let app = h.app { HomeScreen($0) }
        h.press(app, .char("w"))
        #expect(app.top is WinScreen)
        h.press(app, .enter)
        #expect(app.render().contains("One line about something you did"))
        h.type(app, "Asked a clarifying question")
        h.press(app, .enter)
        #expect(app.top is HomeScreen)
        #expect(app.render().contains("Kept: Asked a clarifying question. Your first win this week."))
        let win = try #require(h.store.all(SmallWin.self).first)
        #expect(win.day == h.ctx.today && win.source == "home")

        let flow = h.app { FlowScreen(flow: h.flow("self-compassion"), ctx: $0) }
        h.press(flow, .enter)
        h.type(flow, "It stings")
        h.press(flow, .enter, .enter, .enter, .enter)
        h.type(flow, "Of course it hurts")
        h.press(flow, .enter, .enter)
        #expect(flow.render().contains("w small win"))
        h.press(flow, .char("w"))
        h.type(flow, "Was kind to myself")
        h.press(flow, .enter)
        #expect(h.store.all(SmallWin.self).last?.source == "flow:self-compassion")
        #expect(flow.render().contains("2 wins this week"))
    }

    @Test func escOnAWinKeepsTheWordsForNextTime() throws {
        let h = try Harness()
        let app = h.app { HomeScreen($0) }
        h.press(app, .char("w"))
        h.type(app, "Half a w")
        h.press(app, .escape)
        h.press(app, .char("w"))
        #expect(app.render().contains("› Half a w"))
    }

    func writeValues(_ h: Harness, _ app: App, mission: String, values: [String]) {
        h.type(app, mission)
        for v in values {
            h.press(app, .tab)
            h.type(app, v)
        }
        h.press(app, .enter)
    }

    @Test func valuesAreVersionedAndShownAfterAReframeAndOnALowDay() throws {
        let h = try Harness()
        let app = h.app { ValuesScreen($0) }
        #expect(app.render().contains("What do you want your life to stand for?"))
        h.press(app, .enter)
        writeValues(h, app, mission: "Be a steady friend", values: ["Honesty", "Kindness"])
        #expect(app.render().contains("Three values at least (2 so far)"))
        h.press(app, .tab, .tab, .tab)
        h.type(app, "Curiosity")
        h.press(app, .enter)
        #expect(app.top is ValuesScreen)
        #expect(h.store.valuesVersions().map(\.values) == [["Honesty", "Kindness", "Curiosity"]])
        h.wall = h.wall.addingTimeInterval(3 * 86400)
        h.press(app, .char("e"))
        h.press(app, .tab, .tab, .tab, .tab)
        h.type(app, "Rest without guilt")
        h.press(app, .enter)
        #expect(h.store.valuesVersions().count == 2)
        #expect(app.render().contains("1 earlier version (←)"))
        h.press(app, .left)
        #expect(app.render().contains("Version 1 of 2, from Thu 26 Nov 2026 · → newer"))
        #expect(!app.render().contains("Rest without guilt"))

        // After a reframe: Enter on the saved page brings the values up by themselves.
        let reframe = h.app { FlowScreen(flow: h.flow("reframe"), ctx: $0) }
        var steps = 0
        while case .step = (reframe.top as? FlowScreen)?.stage, steps < 40 {
            let screen = reframe.top as! FlowScreen
            switch screen.step.stepKind {
            case .text: h.type(reframe, "words"); h.press(reframe, .enter)
            case .rate: h.press(reframe, .char("5"), .enter)
            case .breathe: h.press(reframe, .char("s"))
            default: h.press(reframe, .enter)
            }
            steps += 1
        }
        h.press(reframe, .enter)
        #expect(reframe.top is ValuesCardScreen)
        let card = reframe.render()
        #expect(card.contains("Read this when you doubt yourself") && card.contains("Be a steady friend") && card.contains("• Rest without guilt"))

        // A low check-in offers them; "I doubt myself" opens them.
        let checkIn = h.app { CheckInScreen($0) }
        h.press(checkIn, .char("2"), .enter)
        #expect(checkIn.render().contains("Your own words     Read this when you doubt yourself"), "\n\(checkIn.render().dump)")
        let topics = h.app { CheckInScreen($0) }
        h.press(topics, .char("6"), .enter, .down, .down, .enter)
        #expect(topics.top is ValuesCardScreen)
        #expect(topics.render().contains("You wrote this on a steadier day. It is still true today."), "\n\(topics.render().dump)")
    }

    @Test func doubtLeadsToSelfCompassionUntilValuesAreWritten() throws {
        let h = try Harness()
        let app = h.app { CheckInScreen($0) }
        h.press(app, .char("6"), .enter, .down, .down, .enter)
        #expect((app.top as? FlowScreen)?.flow.id == "self-compassion")
    }

    @Test func habitsFromTheCatalogTickedFromTheListAndFromHome() throws {
        let h = try Harness()
        let app = h.app { HomeScreen($0) }
        h.press(app, .char("h"))
        #expect(app.render().contains("No habits yet."))
        h.press(app, .char("a"))
        #expect(app.render().contains("Your own habit…"))
        h.press(app, .down, .down, .down, .down, .down, .down, .down, .enter)  // Stretch
        let form = app.render()
        #expect(form.contains("Stretch") && form.contains("every day") && form.contains("One slow stretch"), "\n\(form.dump)")
        h.press(app, .enter)
        #expect(app.top is HabitsScreen)
        h.press(app, .char(" "))
        #expect(app.render().contains("› [x] Stretch"))
        h.press(app, .char("a"), .enter)
        h.type(app, "Call Mum")
        h.press(app, .tab, .right, .right, .right)  // twice a week
        h.press(app, .enter)
        h.press(app, .down, .char("r"))
        let list = app.render()
        #expect(list.contains("[-] Call Mum") && list.contains("twice a week · resting today · 0 of 2 this week"), "\n\(list.dump)")
        h.press(app, .escape)
        #expect(app.render().contains("Today 1 [x] Stretch"))
        h.press(app, .char("1"))
        #expect(app.render().contains("Stretch: taken back."))
        h.press(app, .char("1"))
        #expect(app.render().contains("Stretch: done."))
        let checks = h.store.all(HabitCheck.self)
        #expect(Set(checks.map(\.source)) == ["home", "habits"])
        #expect(checks.first { $0.isRest }?.habitName == "Call Mum")
    }

    @Test func deletingAHabitCanBeUndone() throws {
        let h = try Harness()
        try h.store.save(Habit(id: "h1", created: h.wall, name: "Stretch", schedule: .daily))
        let app = h.app { HabitsScreen($0) }
        h.press(app, .char("d"))
        #expect(app.render().contains("Stretch deleted; its days are kept. u brings it back."))
        #expect(h.store.all(Habit.self).isEmpty)
        h.press(app, .char("u"))
        #expect(h.store.all(Habit.self).map(\.name) == ["Stretch"])
    }

    @Test func theCalendarChangesTheLastWeekOnly() throws {
        let h = try Harness()
        let habit = Habit(id: "h1", created: h.wall.addingTimeInterval(-30 * 86400), name: "Stretch", schedule: .daily)
        try h.store.save(habit)
        let app = h.app { HabitDetailScreen(habit, $0) }
        h.press(app, .up, .char(" "))
        #expect(app.render().contains("Yesterday: done"))
        h.press(app, .up, .char("r"))
        #expect(app.render().contains("Tue 24 Nov: a rest day"))
        h.press(app, .left, .char(" "))
        #expect(app.render().contains("Days can be changed for the last week"))
        let log = HabitLog(store: h.store, calendar: .utc, today: h.ctx.today)
        #expect(log.streak(habit, today: h.ctx.today).length == 1)
    }

    @Test func aWideningStepBecomesAHabit() throws {
        let h = try Harness()
        h.ctx.wideningHandoffs.append(HabitHandoff.widening)
        let step = WideningStep(id: "s1", created: h.wall, catalogItem: "club-open-evening", label: "Go to one open evening of a club", chosenOn: h.ctx.today)
        try h.store.save(step)
        try h.store.save(BelongingCircle(id: "c1", created: h.wall, name: "Work", kind: .work))
        let app = h.app { InsightsScreen($0) }
        #expect(app.render().contains("h make it a habit"))
        h.press(app, .char("h"))
        #expect(app.render().contains("Go to one open evening of a club"))
        h.press(app, .enter)
        let habit = try #require(h.store.all(Habit.self).first)
        #expect(habit.plan == .perWeek(1) && habit.wideningStepID == "s1")
        #expect(h.store.find(WideningStep.self, id: "s1")?.carriedTo == "habit:\(habit.id)")
    }

    @Test func theLetterIsDraftedEditedSavedAndTicksItsHabit() throws {
        let h = try Harness()
        try h.store.save(Habit(id: "hl", created: h.wall, name: "Weekly letter", schedule: .perWeek(1), practice: "letter"))
        try h.store.save(SmallWin(id: "w1", created: h.wall, day: h.ctx.today, text: "Kept a boundary"))
        let app = h.app { LetterScreen($0) }
        #expect(app.render().contains("This week            not written yet · letter due Sunday"))
        h.press(app, .enter)
        #expect(app.render().contains("- Kept a boundary (Thu)"))
        h.press(app, .down, .down, .end)
        h.type(app, " And that felt good.")
        h.press(app, .escape)
        h.press(app, .enter)
        let restored = app.render().text
        #expect(restored.contains("Your words from last time are back."))
        #expect(restored.contains("them. And that felt good."), "\(restored)")
        h.press(app, .ctrl("s"))
        #expect(app.top is LetterScreen)
        let letter = try #require(h.store.all(WeeklyLetter.self).first)
        #expect(letter.week == CivilDate(year: 2026, month: 11, day: 23))
        // keel's first record is Thursday's win: the letter speaks of the days since.
        #expect(letter.text.contains("Here are your first days with keel, from Thursday on, the way keel saw them. And that felt good."), "\(letter.text)")
        #expect(HabitLog(store: h.store, calendar: .utc, today: h.ctx.today).mark("hl", h.ctx.today) == .done)
        #expect(app.render().contains("This week            written Thu 26 Nov"))
        h.press(app, .enter)
        #expect(app.top is LetterReadScreen)
        #expect(app.render().contains("Dear me,"))
        #expect(h.store.draft("letter:2026-11-23") == nil)
    }

    @Test func theTodayLineSaysWhatIsOpen() throws {
        let h = try Harness()
        #expect(TodayLines.shellLine(h.ctx) == "Morning reflection not yet today, letter due Sunday")
        try h.store.save(Habit(id: "a", created: h.wall.addingTimeInterval(-5 * 86400), name: "Walk", schedule: .daily))
        try h.store.save(Habit(id: "b", created: h.wall, name: "Stretch", schedule: .weekdays))
        let log = HabitLog(store: h.store, calendar: .utc, today: h.ctx.today)
        for d in 1...4 { HabitTicks.set(h.store.all(Habit.self)[0], h.ctx.today.adding(days: -d), to: .done, source: "t", log: log, h.ctx) }
        try h.store.save(JournalEntry(id: "m", created: h.wall.addingTimeInterval(-86400), flow: "morning", title: "Morning reflection", answers: []))
        try h.store.save(JournalEntry(id: "m2", created: h.wall.addingTimeInterval(-2 * 86400), flow: "morning", title: "Morning reflection", answers: []))
        #expect(TodayLines.shellLine(h.ctx) == "Morning reflection not yet today, 2-day streak, 0 of 2 habits ticked, letter due Sunday")
        try h.store.save(JournalEntry(id: "m3", created: h.wall, flow: "morning", title: "Morning reflection", answers: []))
        HabitTicks.set(h.store.all(Habit.self)[1], h.ctx.today, to: .small, source: "t", log: log, h.ctx)
        #expect(TodayLines.shellLine(h.ctx) == "Morning reflection done, 3-day streak, 1 of 2 habits ticked, letter due Sunday")
        #expect(TodayLines.home(h.ctx) == ["You did your morning reflection today."])
        let exposure: TodayLines.Source = { _ in [TodayNote(home: "An exposure step is planned for today.", shell: "1 exposure step due")] }
        #expect(TodayLines.shellLine(h.ctx, sources: TodayLines.sources() + [exposure]).hasSuffix("letter due Sunday, 1 exposure step due"))
    }
}

@Suite struct InnerWorthCrisisTests {
    @Test func crisisWordsInALetterOrAWinBringUpHelpOnceSaved() throws {
        let h = try Harness()
        let app = h.app { LetterEditorScreen(week: Week(containing: $0.today), $0) }
        h.type(app, "Some days I want to die.")
        h.press(app, .ctrl("s"))
        #expect(app.top is CrisisScreen)
        #expect(h.store.all(WeeklyLetter.self).count == 1, "the letter is kept")
        let win = h.app { WinScreen($0) }
        h.type(win, "I kept going even though I wanted to kill myself")
        h.press(win, .enter)
        #expect(win.top is CrisisScreen)
        #expect(h.store.all(SmallWin.self).count == 1)
    }
}
