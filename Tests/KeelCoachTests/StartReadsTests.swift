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
}
