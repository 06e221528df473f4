import Foundation
import Testing
import KeelStore
@testable import KeelCoach

/// What home and `keel today` read at start, made cheaper, answers as
/// before: today's due habits, without their streaks.
@Suite struct StartReadsTests {
    /// Home's strip and `keel today` count the habits the habits screen calls due, ticked as it says.
    @Test func dueHabitsAreTheRowsTheHabitsScreenCallsDue() throws {
        let h = try Harness()  // Thursday 26 November 2026
        let created = h.wall.addingTimeInterval(-40 * 86400)
        let habits = [
            Habit(id: "a", created: created, name: "Stretch", schedule: .daily),
            Habit(id: "b", created: created, name: "Walk", schedule: .weekdays),
            Habit(id: "c", created: created, name: "Swim", schedule: .perWeek(2)),
            Habit(id: "d", created: created, name: "Read", schedule: .perWeek(1)),
        ]
        try h.store.save(habits)
        let log = HabitLog(store: h.store, calendar: h.ctx.calendar, today: h.ctx.today)
        HabitTicks.set(habits[0], h.ctx.today, to: .done, source: "test", log: log, h.ctx)
        HabitTicks.set(habits[1], h.ctx.today, to: .rest, source: "test", log: log, h.ctx)
        HabitTicks.set(habits[3], h.ctx.today.adding(days: -1), to: .done, source: "test", log: log, h.ctx)  // its week kept
        let rows = HabitRow.load(h.ctx).filter(\.due)
        let due = DueHabit.load(h.ctx)
        #expect(due.map(\.habit.id) == ["a", "b", "c"])
        #expect(due.map(\.habit.id) == rows.map(\.habit.id))
        #expect(due.map(\.mark) == rows.map(\.mark))
        #expect(due.map(\.box) == ["[x]", "[-]", "[ ]"])
        #expect(HomeHabits(h.ctx).rows == due)
    }

    /// Home and `keel today` read only the ticks about today and this week
    /// so far (`HabitLog(about:)`): on every day of two months of sample
    /// history, read fresh from disk as at start, they find the due habits
    /// and marks the habits screen finds with every tick read, month ends,
    /// week starts and the first of the month included.
    @Test func dueHabitsFromTheWeeksTicksMatchTheFullLogOnEveryDay() throws {
        let h = try Harness.sampled()
        let end = h.wall
        for back in 0..<62 {
            h.wall = end.addingTimeInterval(Double(-back) * 86400)
            h.store.reload()
            let due = DueHabit.load(h.ctx)
            h.store.reload()
            let rows = HabitRow.load(h.ctx).filter(\.due)
            #expect(due.map(\.habit.id) == rows.map(\.habit.id), "\(h.ctx.today)")
            #expect(due.map(\.mark) == rows.map(\.mark), "\(h.ctx.today)")
        }
    }

    /// A tick about today can sit in any month file from yesterday's on (a
    /// clock set wrong when it was made, another device's): the few-days log
    /// reads the same files as the full one, newest first.
    @Test func aTickAboutTodayFiledInAnotherMonthIsFound() throws {
        let h = try Harness(wall: "2026-12-01T09:30:00.000Z")  // a Tuesday, the first of the month
        let habit = Habit(id: "a", created: h.wall.addingTimeInterval(-90 * 86400), name: "Stretch", schedule: .perWeek(2))
        try h.store.save([habit])
        // Monday's tick, made on Monday and filed in November; today's, made with the clock in January.
        try h.store.save([
            HabitCheck(habitID: "a", day: h.ctx.today.adding(days: -1), created: h.wall.addingTimeInterval(-86400)),
            HabitCheck(habitID: "a", day: h.ctx.today, created: Timestamp.parse("2027-01-15T08:00:00.000Z")!),
        ])
        h.store.reload()
        #expect(DueHabit.load(h.ctx).map(\.mark) == [.done])
        h.store.reload()
        let log = HabitLog(store: h.store, calendar: h.ctx.calendar, today: h.ctx.today, about: [h.ctx.today])
        #expect(log.mark("a", h.ctx.today) == .done)
        // Asked about a day it was not made for, it reads every tick.
        #expect(log.mark("a", h.ctx.today.adding(days: -1)) == .done)
        #expect(log.only == nil)
    }
}
