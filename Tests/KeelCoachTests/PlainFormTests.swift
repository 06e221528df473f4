import Foundation
import Testing
import KeelStore
import KeelTerminal
@testable import KeelCoach

/// Plain mode's form driver and lists, in memory on a test clock: circles,
/// habits, values, step ladders and wins edited by typed lines, through
/// the full screen's own forms.
@Suite struct PlainFormTests {
    func run(_ h: Harness, _ root: any Screen, _ lines: [String]) -> MemoryLineIO {
        let io = MemoryLineIO(lines)
        Plain.run(root, io: io, ctx: h.ctx)
        return io
    }

    func withChoir(_ h: Harness) throws -> BelongingCircle {
        let choir = BelongingCircle(id: "choir", created: h.wall, name: "Choir", kind: .hobby)
        try h.store.save(choir)
        return choir
    }

    /// a, then the person form: name, circles, closeness, last in touch, knows my ways, notes.
    static func newPerson(notes: String = "") -> [String] { ["a", "Sam", "1", "1", "yesterday", "yes", notes] }

    @Test func aPersonIsAddedFieldByFieldWithTheirRingAndDay() throws {
        let h = try Harness()
        _ = try withChoir(h)
        let io = run(h, CirclesScreen(h.ctx), Self.newPerson() + [""])
        let sam = try #require(h.store.all(Person.self).first)
        #expect(sam.name == "Sam" && sam.circleIDs == ["choir"] && sam.ring == .inner && sam.knowsMyPattern, "\(io.text)")
        #expect(sam.lastContact == h.ctx.today.adding(days: -1), "yesterday on the test clock")
        #expect(io.output.contains("Field 1 of 6: Name. A name or a nickname. Enter leaves it empty."), "\(io.text)")
        #expect(io.output.contains { $0.hasPrefix("Field 3 of 6: Closeness.") })
        #expect(!io.text.contains("←") && !io.text.contains("Space"), "no full-screen keys are named")
        #expect(io.output.contains("  2. Sam, inner ring, closest"), "the list says them again with their ring")
    }

    @Test func editingMovesAPersonToAnotherRingAndEnterKeepsTheRest() throws {
        let h = try Harness()
        _ = try withChoir(h)
        try h.store.save(Person(id: "p1", created: h.wall, name: "Sam", circleIDs: ["choir"], ring: .inner, notes: "Alto"))
        let io = run(h, CirclesScreen(h.ctx), ["2 e", "", "", "3", "", "", "", ""])
        let sam = try #require(h.store.find(Person.self, id: "p1"))
        #expect(sam.ring == .outer && sam.name == "Sam" && sam.notes == "Alto" && sam.circleIDs == ["choir"], "\(io.text)")
        #expect(io.output.contains("Field 1 of 6: Name. A name or a nickname. Enter keeps: Sam"))
    }

    @Test func backGoesToTheFieldBeforeAndOutOfTheFormFromTheFirst() throws {
        let h = try Harness()
        _ = try withChoir(h)
        let io = run(h, CirclesScreen(h.ctx), ["a", "Sam", "back", "Samira", "1", "", "", "", "", ""])
        #expect(h.store.all(Person.self).map(\.name) == ["Samira"], "\(io.text)")
        let out = run(h, CirclesScreen(h.ctx), ["a", "back", ""])
        #expect(out.output.contains("Nothing changed."), "\(out.text)")
        #expect(h.store.all(Person.self).count == 1)
    }

    @Test func deletingAsksFirstAndUndoBringsThemBack() throws {
        let h = try Harness()
        _ = try withChoir(h)
        try h.store.save(Person(id: "p1", created: h.wall, name: "Sam", circleIDs: ["choir"], ring: .inner))
        _ = run(h, CirclesScreen(h.ctx), ["2 d", "", ""])
        #expect(h.store.find(Person.self, id: "p1") != nil, "Enter at the question keeps them")
        let io = run(h, CirclesScreen(h.ctx), ["2 d", "yes", "u", ""])
        #expect(io.output.contains("Delete Sam from your circles? Type yes to go ahead; Enter keeps it."), "\(io.text)")
        #expect(io.output.contains("Deleted Sam. u brings them back."))
        #expect(io.output.contains("Sam is back."))
        #expect(h.store.find(Person.self, id: "p1") != nil)
    }

    @Test func crisisWordsInAFormFieldBringHelpAndNeutralOnesDoNot() throws {
        let h = try Harness()
        _ = try withChoir(h)
        let calm = run(h, CirclesScreen(h.ctx), Self.newPerson(notes: "We sing on Tuesdays") + [""])
        #expect(!calm.output.contains("Help now"), "\(calm.text)")
        let h2 = try Harness()
        _ = try withChoir(h2)
        let io = run(h2, CirclesScreen(h2.ctx), Self.newPerson(notes: "I want to end my life") + [""])
        #expect(io.output.contains("Help now"), "\(io.text)")
        #expect(h2.store.all(Person.self).first?.notes == "I want to end my life", "the words are kept")
    }

    @Test func theEndOfInputMidwayKeepsTheFormAsADraft() throws {
        let h = try Harness()
        _ = try withChoir(h)
        let io = run(h, CirclesScreen(h.ctx), ["a", "Sam", "1"])
        #expect(h.store.all(Person.self).isEmpty)
        let draft = try #require(h.store.draft("circles:person:new"))
        #expect(draft.state["name"]?.string == "Sam", "\(io.text)")
        #expect(io.output.contains("What you typed is kept as a draft; it comes back the next time you open this."))
        // Next time it is back, and Enter keeps each answer.
        let again = run(h, CirclesScreen(h.ctx), ["a", "", "", "", "", "", "", ""])
        #expect(again.output.contains("What you typed last time is back; Enter keeps each answer, and start again begins from what is saved."), "\(again.text)")
        #expect(h.store.all(Person.self).map(\.name) == ["Sam"])
        #expect(h.store.draft("circles:person:new") == nil)
    }

    @Test func aHabitIsAddedThenTickedByNumberAndWord() throws {
        let h = try Harness()
        let io = run(h, HabitsScreen(h.ctx), ["a", "1", "Stretch", "", "Touch my toes", "", "1 done", ""])
        let habit = try #require(h.store.all(Habit.self).first)
        #expect(habit.name == "Stretch" && habit.twoMinute == "Touch my toes", "\(io.text)")
        let log = HabitLog(store: h.store, calendar: h.ctx.calendar, today: h.ctx.today)
        #expect(log.mark(habit.id, h.ctx.today) == .done, "\(io.text)")
        #expect(io.output.contains("Stretch: added. Type done on the habits list to tick it."), "\(io.text)")
    }

    @Test func aHabitMovesDownTheListAndADeleteAsksFirstThenUndoes() throws {
        let h = try Harness()
        try h.store.save(Habit(id: "h1", created: h.wall, name: "Stretch", schedule: .daily))
        try h.store.save(Habit(id: "h2", created: h.wall, name: "Walk", schedule: .daily))
        let io = run(h, HabitsScreen(h.ctx), ["1 +", "2 d", "yes", "u", ""])
        #expect(HabitRow.load(h.ctx).map(\.habit.name) == ["Walk", "Stretch"], "\(io.text)")
        #expect(io.output.contains("Delete the habit Stretch? Its days are kept. Type yes to go ahead; Enter keeps it."), "\(io.text)")
        #expect(io.output.contains("Stretch is back."))
        #expect(h.store.find(Habit.self, id: "h1")?.deleted == nil)
    }

    @Test func aLongListSaysWhatChangedNotTheWholeListAgain() throws {
        let h = try Harness()
        for i in 1...16 { try h.store.save(Habit(id: "h\(i)", created: h.wall, name: "Habit \(i)", schedule: .daily)) }
        let third = HabitRow.load(h.ctx)[2].habit.name
        let io = run(h, HabitsScreen(h.ctx), ["3 done", ""])
        #expect(io.output.filter { $0.hasPrefix("  16. ") }.count == 1, "listed once: \(io.text)")
        #expect(io.output.filter { $0.hasPrefix("Now ") } == ["Now 3. \(third), done today: every day"], "\(io.text)")
        #expect(io.output.contains("The list has changed: list says it again, with its new numbers."))
    }

    @Test func anEarlierVersionOfTheValuesIsReadAndBroughtBack() throws {
        let h = try Harness()
        try h.store.save(ValuesStatement(id: "v1", created: h.wall.addingTimeInterval(-86_400 * 30), mission: "Be brave", values: ["A", "B", "C"]))
        try h.store.save(ValuesStatement(id: "v2", created: h.wall.addingTimeInterval(-86_400), mission: "Be kind", values: ["D", "E", "F"]))
        let io = run(h, ValuesScreen(h.ctx), ["v", "1", "e", "", "", "", "", "", "", "", "", ""])
        #expect(io.output.contains { $0.hasPrefix("Version 1 of 2, from ") }, "\(io.text)")
        #expect(io.output.contains("Brought back as your current version; every other version is kept."), "\(io.text)")
        #expect(h.store.valuesVersions().last?.mission == "Be brave")
    }

    @Test func valuesAreWrittenAndAProblemAsksForTheFieldToChange() throws {
        let h = try Harness()
        let io = run(h, ValuesScreen(h.ctx), ["e", "Live kindly", "Be honest", "", "", "", "", "", "", "3", "Keep learning", "4", "Show up", ""])
        let v = try #require(h.store.valuesVersions().last)
        #expect(v.mission == "Live kindly" && v.values == ["Be honest", "Keep learning", "Show up"], "\(io.text)")
        #expect(io.output.contains("Three values at least (1 so far); one line each."))
        #expect(io.output.contains("  3. Value 2: empty"))
    }

    @Test func aLadderWithAStepIsFacedAndItsWinKept() throws {
        let h = try Harness()
        let step = ["Say hello to one person", "today", "3", "Nobody answers", "40", "Leave after ten minutes", "", "", ""]
        let after = ["2", "We talked about the weather", "2", "", "", "I went", ""]
        let io = run(h, ExposeScreen(h.ctx), ["n", "Feel at home at the club", "a"] + step + ["1 o", "y"] + after + ["3", "", ""])
        let ladder = try #require(h.store.all(ExposureLadder.self).first)
        #expect(ladder.goal == "Feel at home at the club", "\(io.text)")
        let s = try #require(h.store.all(ExposureStep.self).first)
        #expect(s.expected == 3 && s.likelihood == 40 && s.exitStrategy == "Leave after ten minutes", "\(io.text)")
        #expect(io.output.contains { $0.contains("Say hello to one person (step 1, to do, the next one to face, expect 3 of 10, due today)") })
        let attempt = try #require(h.store.all(ExposureAttempt.self).first)
        #expect(attempt.actual == 2 && attempt.fearCameTrue == ExposureAttempt.Outcome.no && attempt.win == "I went", "\(io.text)")
        #expect(io.output.contains("You expected 3; it felt 2. 1 point easier than you feared."), "\(io.text)")
        #expect(SmallWins.all(h.ctx).contains { $0.text == "I went" })
    }

    @Test func notGoingThisTimeSetsTheStepAside() throws {
        let h = try Harness()
        try h.store.save(ExposureLadder(id: "l1", created: h.wall, goal: "Speak up"))
        try h.store.save(ExposureStep(id: "s1", created: h.wall, ladderID: "l1", rank: 1, situation: "Ask one question"))
        let io = run(h, LadderScreen(ladderID: "l1", h.ctx), ["1 o", "n", "2", ""])
        #expect(h.store.find(ExposureStep.self, id: "s1")?.status == .skipped, "\(io.text)")
        #expect(io.output.contains("That's all right."))
    }

    @Test func anotherDayAsksOnlyForTheDayAndSaves() throws {
        let h = try Harness()
        try h.store.save(ExposureLadder(id: "l1", created: h.wall, goal: "Speak up"))
        try h.store.save(ExposureStep(id: "s1", created: h.wall, ladderID: "l1", rank: 1, situation: "Ask one question"))
        let io = run(h, LadderScreen(ladderID: "l1", h.ctx), ["1 o", "n", "1", "tomorrow", ""])
        #expect(h.store.find(ExposureStep.self, id: "s1")?.due == h.ctx.today.adding(days: 1), "\(io.text)")
        #expect(io.output.contains { $0.hasPrefix("Field 2 of 9: When.") })
        #expect(!io.output.contains { $0.hasPrefix("Field 3 of 9") }, "\(io.text)")
    }

    @Test func aWinIsChangedThenDeletedAfterAskingAndBroughtBack() throws {
        let h = try Harness()
        try h.store.save(SmallWin(id: "w1", created: h.wall, day: h.ctx.today, text: "Went to choir"))
        let io = run(h, WinsScreen(h.ctx), ["1 e", "Went to choir and sang", ""])
        #expect(io.output.contains("Changed: Went to choir and sang."), "\(io.text)")
        #expect(h.store.find(SmallWin.self, id: "w1", near: h.wall)?.text == "Went to choir and sang")
        let undone = run(h, WinsScreen(h.ctx), ["1 d", "yes", "u", ""])
        #expect(undone.output.contains("Delete \"Went to choir and sang\"? Type yes to go ahead; Enter keeps it."), "\(undone.text)")
        #expect(h.store.find(SmallWin.self, id: "w1", near: h.wall)?.isDeleted == false, "\(undone.text)")
        try h.store.save(SmallWin(id: "w2", created: h.wall, day: h.ctx.today, text: "Asked a question"))
        let found = run(h, WinsScreen(h.ctx), ["question", "all", ""])
        #expect(found.output.filter { $0.hasPrefix("  1. ") }.count == 3, "the whole list, what the search found, all again: \(found.text)")
        #expect(found.output.filter { $0.hasPrefix("  2. ") }.count == 2, "and all of it again: \(found.text)")
        #expect(found.output.filter { $0.contains("Asked a question") }.count == 3)
        _ = run(h, WinsScreen(h.ctx), ["choir", "1 d", "yes", ""])
        #expect(h.store.find(SmallWin.self, id: "w1", near: h.wall)?.isDeleted == true)
    }

    @Test func aDayOrAPlannedDayIsTypedInWordsOnTheTestClock() {
        let today = CivilDate(year: 2026, month: 11, day: 26)  // a Thursday
        #expect(PlainField.parse("yesterday", planned: false, today: today) == today.adding(days: -1))
        #expect(PlainField.parse("3", planned: false, today: today) == today.adding(days: -3))
        #expect(PlainField.parse("3 days ago", planned: false, today: today) == today.adding(days: -3))
        #expect(PlainField.parse("in 2 days", planned: true, today: today) == today.adding(days: 2))
        #expect(PlainField.parse("2026-11-30", planned: false, today: today) == nil, "a past day can't be still to come")
        #expect(PlainField.parse("saturday", planned: true, today: today) == today.adding(days: 2))
        #expect(PlainField.parse("thu", planned: true, today: today) == today.adding(days: 7))
        #expect(PlainField.parse("2026-11-20", planned: true, today: today) == nil)
        #expect(PlainField.note("←→ move, Space ticks each circle they are part of.") == "")
        #expect(PlainField.note("Space: they know how you handle it.") == "They know how you handle it.")
        #expect(PlainField.note("How uncomfortable do you expect it to be, 0-10? Digits or ←→.") == "How uncomfortable do you expect it to be, 0-10?")
    }
}
