import Foundation
import Testing
import KeelStore
import KeelTerminal
@testable import KeelCoach

/// Habits from the catalog that stand for an everyday action tick themselves
/// when it is done: a win logged, a breath taken, "in touch today" on the
/// map, the values card read. The catalog item's id decides, not the name.
@Suite struct HabitActionTests {
    /// A habit as the catalog gives it, renamed by the person, saved.
    func habit(_ h: Harness, from item: String, named name: String) throws -> Habit {
        let catalogItem = try #require(h.ctx.content.catalog("habits")?.item(item))
        let start = HabitEditor.start(from: catalogItem)
        let habit = Habit(
            id: "h-\(item)", created: h.wall.addingTimeInterval(-86400), name: name, schedule: start.schedule,
            catalogItem: start.catalogItem, practice: start.practice)
        try h.store.save(habit)
        return habit
    }

    func mark(_ h: Harness, _ id: String) -> DayMark? {
        HabitLog(store: h.store, calendar: .utc, today: h.ctx.today).mark(id, h.ctx.today)
    }

    @Test func aWinTicksLogASmallWinEvenRenamedAndASameNamedHabitOfYourOwnStays() throws {
        let h = try Harness()
        _ = try habit(h, from: "small-win", named: "Note one brave thing")
        try h.store.save(Habit(id: "own", created: h.wall, name: "Log a small win", schedule: .daily))
        let app = h.app { WinScreen($0) }
        h.type(app, "Asked a question in the meeting")
        h.press(app, .enter)
        #expect(mark(h, "h-small-win") == .done)
        #expect(mark(h, "own") == nil, "a habit of one's own with the catalog's name is not the catalog's")
        #expect(h.store.all(HabitCheck.self).first?.source == "win")
    }

    @Test func aHabitPickedBeforeItsCatalogItemNamedAnActionStillTicks() throws {
        let h = try Harness()
        try h.store.save(Habit(id: "old", created: h.wall, name: "Wins", schedule: .weekdays, catalogItem: "small-win"))
        let app = h.app { WinScreen($0) }
        h.type(app, "Kept a boundary")
        h.press(app, .enter)
        #expect(mark(h, "old") == .done)
    }

    @Test func onlyWhenITickItKeepsACatalogHabitUntied() throws {
        let h = try Harness()
        let original = try habit(h, from: "small-win", named: "Log a small win")
        let form = h.app { FormScreen(HabitEditor(original: original), $0) }
        #expect(form.render().contains("when I log a small win"), "\(form.render().dump)")
        h.press(form, .tab, .tab, .tab)
        for _ in 0..<30 where !form.render().contains("‹ only when I tick it") { h.press(form, .left) }
        #expect(form.render().contains("‹ only when I tick it"), "\(form.render().dump)")
        h.press(form, .enter)
        #expect(h.store.find(Habit.self, id: original.id)?.practice == "")
        let app = h.app { WinScreen($0) }
        h.type(app, "Said no kindly")
        h.press(app, .enter)
        #expect(mark(h, original.id) == nil)
    }

    @Test func aBreathingBreakTicksWhenTheBreathIsDoneNotWhenLeftAtOnce() throws {
        let h = try Harness()
        _ = try habit(h, from: "breathe", named: "A breathing break")
        let plan = PacerPlan(pattern: .box, minutes: 0.5)
        let early = h.app { BreatheSessionScreen(plan: plan, ctx: $0, askCalm: false) }
        h.clock.advance(seconds: 5)
        h.press(early, .escape)
        #expect(mark(h, "h-breathe") == nil, "five seconds is not a breathing break")
        let app = h.app { BreatheSessionScreen(plan: plan, ctx: $0, askCalm: false) }
        h.run(app) { $0.wait(plan.totalSeconds + 1) }
        #expect(mark(h, "h-breathe") == .done)
    }

    @Test func inTouchTodayOnTheMapTicksReachOut() throws {
        let h = try Harness()
        _ = try habit(h, from: "reach-out", named: "Reach out to someone")
        var b = WorldBuilder()
        b.circle("Climbing", .hobby, support: 5, cadence: 7)
        b.person("Sam", ["Climbing"], .inner, last: "2026-11-20", knows: true)
        try h.store.save(b.circles)
        try h.store.save(b.people)
        let app = h.app { CirclesScreen($0) }
        h.press(app, .down)
        #expect(mark(h, "h-reach-out") == nil)
        h.press(app, .char("c"))
        #expect(app.render().contains("Noted: in touch with Sam today."))
        #expect(mark(h, "h-reach-out") == .done)
    }

    @Test func readingTheValuesCardTicksReadMyValues() throws {
        let h = try Harness()
        _ = try habit(h, from: "values-read", named: "Read my values")
        try h.store.save(ValuesStatement(id: "v1", created: h.wall, mission: "Be a steady friend.", values: ["Honesty", "Kindness", "Curiosity"]))
        let app = h.app { HomeScreen($0) }
        h.press(app, .char("v"))
        #expect(mark(h, "h-values-read") == nil)
        h.press(app, .escape)
        #expect(mark(h, "h-values-read") == .done)
        let card = try #require(ValuesCardScreen.ifWritten(h.ctx))
        HabitTicks.set(
            h.store.all(Habit.self)[0], h.ctx.today, to: .none, source: "t", log: HabitLog(store: h.store, calendar: .utc, today: h.ctx.today), h.ctx)
        let read = h.app { _ in card }
        h.press(read, .enter)
        #expect(mark(h, "h-values-read") == .done)
    }
}

/// The person's own order of habits, which the home screen numbers by.
@Suite struct HabitOrderTests {
    @Test func plusAndMinusMoveAHabitAndHomeNumbersFollow() throws {
        let h = try Harness()
        for (i, name) in ["Stretch", "Walk", "Read"].enumerated() {
            try h.store.save(Habit(id: "h\(i)", created: h.wall.addingTimeInterval(Double(i)), name: name, schedule: .daily))
        }
        let app = h.app { HomeScreen($0) }
        #expect(app.render().contains("Today 1 [ ] Stretch   2 [ ] Walk   3 [ ] Read"), "\(app.render().dump)")
        h.press(app, .char("h"))
        #expect(app.top.hints.contains(KeyHint("+-", "move")))
        #expect(app.top.help.lines.contains { $0.hasPrefix("+ and - move a habit down and up the list.") })
        h.press(app, .down, .down, .char("-"))  // Read up one
        h.press(app, .char("-"))  // and to the top
        h.press(app, .char("-"))  // already first: nothing moves
        let list = app.render().lines.filter { $0.contains("[ ]") }
        let names = list.map { line in ["Read", "Stretch", "Walk"].first { line.contains("[ ] \($0)") } ?? line }
        #expect(names == ["Read", "Stretch", "Walk"] && list[0].contains("› [ ] Read"), "\(app.render().dump)")
        h.press(app, .down, .char("+"))  // Stretch below Walk
        h.press(app, .escape)
        #expect(app.render().contains("Today 1 [ ] Read   2 [ ] Walk   3 [ ] Stretch"), "\(app.render().dump)")
        h.press(app, .char("1"))
        #expect(HabitLog(store: h.store, calendar: .utc, today: h.ctx.today).mark("h2", h.ctx.today) == .done, "1 ticks Read")
        #expect(h.store.all(Habit.self).sorted { $0.id < $1.id }.map(\.order) == [2, 1, 0])
    }
}

/// Taking back what ticked a habit takes its tick back, unless something
/// else today still stands for it or the tick was given by hand.
@Suite struct HabitActionTakenBackTests {
    @Test func deletingTodaysOnlyWinUnticksAndUndoTicksAgain() throws {
        let h = try Harness()
        try h.store.save(Habit(id: "hw", created: h.wall, name: "Wins", schedule: .daily, catalogItem: "small-win"))
        let app = h.app { WinsScreen($0) }
        h.press(app, .char("a"))
        h.type(app, "Asked a question")
        h.press(app, .enter)
        let log = { HabitLog(store: h.store, calendar: .utc, today: h.ctx.today).mark("hw", h.ctx.today) }
        #expect(log() == .done)
        h.press(app, .char("d"))
        #expect(log() == nil, "no win left today: the tick it gave goes")
        h.press(app, .char("u"))
        #expect(log() == .done)
    }

    @Test func aTickByHandOrAnotherContactTodayStays() throws {
        let h = try Harness()
        try h.store.save(Habit(id: "hr", created: h.wall, name: "Reach out", schedule: .daily, catalogItem: "reach-out"))
        var b = WorldBuilder()
        b.circle("Climbing", .hobby, support: 5, cadence: 7)
        b.person("Sam", ["Climbing"], .inner, last: "2026-11-20", knows: true)
        b.person("Lena", ["Climbing"], .outer, last: "2026-10-01")
        try h.store.save(b.circles)
        try h.store.save(b.people)
        let app = h.app { CirclesScreen($0) }
        let mark = { HabitLog(store: h.store, calendar: .utc, today: h.ctx.today).mark("hr", h.ctx.today) }
        h.press(app, .down, .char("c"), .down, .char("c"))
        #expect(mark() == .done)
        h.press(app, .char("u"))
        #expect(mark() == .done, "Sam is still in touch today")
        h.press(app, .char("u"))
        #expect(mark() == nil, "the last contact taken back")
        let habits = h.app { HabitsScreen($0) }
        h.press(habits, .char(" "))
        h.press(app, .char("c"))
        h.press(app, .char("u"))
        #expect(mark() == .done, "ticked by hand, so it stays")
    }
}
