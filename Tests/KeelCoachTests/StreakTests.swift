import Foundation
import Testing
import KeelStore
@testable import KeelCoach

/// The streak rules: rest days, weekly schedules, the habit's first day, and
/// ticks made around midnight in different time zones.
@Suite struct StreakTests {
    /// Thursday 26 November 2026.
    let today = CivilDate(year: 2026, month: 11, day: 26)
    let longAgo = CivilDate(year: 2020, month: 1, day: 1)

    func marks(_ m: [Int: DayMark]) -> (CivilDate) -> DayMark? {
        { day in m[day.days(since: today)] }
    }

    @Test func dailyCountsBackFromYesterdayWhileTodayIsOpen() {
        let m = marks([-1: .done, -2: .small, -3: .done, -5: .done])
        #expect(Streak.current(.daily, today: today, start: longAgo, mark: m) == Streak.Count(3, weekly: false))
        let doneToday = marks([0: .done, -1: .done, -2: .small, -3: .done])
        #expect(Streak.current(.daily, today: today, start: longAgo, mark: doneToday).length == 4)
        #expect(Streak.current(.daily, today: today, start: longAgo, mark: marks([:])).length == 0)
    }

    @Test func restDaysNeitherCountNorBreak() {
        let m = marks([-1: .done, -2: .rest, -3: .rest, -4: .done, -5: .done, -6: .rest, -7: .done])
        #expect(Streak.current(.daily, today: today, start: longAgo, mark: m).length == 4)
        #expect(Streak.current(.daily, today: today, start: longAgo, mark: m).words == "4-day streak")
        // A rest day today is not a done day, and breaks nothing either.
        #expect(Streak.current(.daily, today: today, start: longAgo, mark: marks([0: .rest, -1: .done, -2: .done])).length == 2)
    }

    @Test func weekdayHabitsPassOverTheWeekend() {
        // Today is a Thursday; the weekend of the 21st and 22nd had nothing ticked.
        let m = marks([-1: .done, -2: .done, -3: .done, -6: .done, -7: .done])
        #expect(Streak.current(.weekdays, today: today, start: longAgo, mark: m).length == 5)
        #expect(Streak.current(.daily, today: today, start: longAgo, mark: m).length == 3)
        // A Saturday done anyway counts.
        #expect(Streak.current(.weekdays, today: today, start: longAgo, mark: marks([-1: .done, -2: .done, -3: .done, -5: .done, -6: .done])).length == 5)
        // A missed Friday breaks it.
        #expect(Streak.current(.weekdays, today: today, start: longAgo, mark: marks([-1: .done, -2: .done, -3: .done, -7: .done])).length == 3)
    }

    @Test func weeklyHabitsCountWeeksAndRestLowersTheTarget() {
        // Three times a week. This week (from Mon 23): two done so far, still open.
        // Last week: three done. The week before: two done and a rest day (target two). Before: only one.
        let m = marks([-3: .done, -2: .done, -10: .done, -8: .small, -6: .done, -17: .done, -15: .rest, -13: .done, -24: .done])
        let s = Streak.current(.perWeek(3), today: today, start: longAgo, mark: m)
        #expect(s == Streak.Count(2, weekly: true))
        #expect(s.words == "2-week streak")
        // A week rested in full is passed over, not a break.
        let rested = marks([-10: .done, -9: .done, -8: .done, -17: .rest, -16: .rest, -15: .rest, -24: .done, -23: .done, -22: .done])
        #expect(Streak.current(.perWeek(3), today: today, start: longAgo, mark: rested).length == 2)
        // Kept this week already: it counts now.
        let kept = marks([-3: .done, -2: .done, -1: .done, -10: .done, -9: .done, -8: .done])
        #expect(Streak.current(.perWeek(3), today: today, start: longAgo, mark: kept).length == 2)
        #expect(Streak.weekOutcome(3, Week(containing: today), start: longAgo, upTo: today, mark: kept) == .kept)
    }

    @Test func nothingBeforeTheFirstDayCountsOrBreaks() {
        let start = today.adding(days: -2)
        let m = marks([-1: .done, -2: .done, -3: .done, -4: .done])
        #expect(Streak.current(.daily, today: today, start: start, mark: m).length == 2)
        #expect(Streak.best(.daily, today: today, start: start, mark: m).length == 2)
    }

    @Test func theBestStreakIsTheLongestRun() {
        let m = marks([-1: .done, -2: .done, -4: .done, -5: .rest, -6: .done, -7: .done, -8: .done, -9: .done, -11: .done])
        #expect(Streak.current(.daily, today: today, start: longAgo, mark: m).length == 2)
        #expect(Streak.best(.daily, today: today, start: today.adding(days: -20), mark: m).length == 5)
        let weekly = marks([-3: .done, -10: .done, -17: .done, -31: .done, -38: .done, -45: .done, -52: .done])
        #expect(Streak.best(.perWeek(1), today: today, start: today.adding(days: -60), mark: weekly).length == 4)
    }

    @Test func weeksRunMondayToSunday() {
        let w = Week(containing: today)
        #expect(w.first == CivilDate(year: 2026, month: 11, day: 23))
        #expect(w.last == CivilDate(year: 2026, month: 11, day: 29))
        #expect(Week(containing: w.last) == w)
        #expect(Week(containing: CivilDate(year: 2026, month: 12, day: 1)).description == "30 Nov-6 Dec 2026")
        #expect(w.description == "23-29 Nov 2026")
    }

    @Test func weeksStartWhereThisMachineStartsThem() {
        let sunday = Week(containing: today, startingOn: 7)
        #expect(sunday.first == CivilDate(year: 2026, month: 11, day: 22) && sunday.last == CivilDate(year: 2026, month: 11, day: 28))
        #expect(Week(containing: sunday.first, startingOn: 7) == sunday)
        #expect(Week(containing: CivilDate(year: 2026, month: 11, day: 28), startingOn: 6).first == CivilDate(year: 2026, month: 11, day: 28))
        #expect(sunday.adding(weeks: 1).first == CivilDate(year: 2026, month: 11, day: 29))
        DateStyle.$override.withValue(DateStyle(weekStart: 7)) {
            #expect(Week(containing: today) == sunday)
            #expect(Week.firstDayName == "Sunday" && Week.lastDayName == "Saturday")
        }
    }

    /// A context on a fixed wall clock and a fixed time zone.
    final class Clocked {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("keel-streak-\(UUID().uuidString)").path
        var wall: Date
        var offset: Int
        let store: Store
        init(_ wall: String, offsetHours: Int) throws {
            self.wall = Timestamp.parse(wall)!
            offset = offsetHours * 3600
            store = try Store(root: dir)
        }
        deinit { try? FileManager.default.removeItem(atPath: dir) }
        func ctx() -> Context {
            let off = offset
            return Context(store: store, now: { [unowned self] in self.wall }, calendar: LocalCalendar { _ in off })
        }
    }

    @Test func ticksAroundMidnightBelongToTheLocalDayAndAreFoundAcrossMonthFiles() throws {
        // Sydney summer time, +11. 23:59 on Monday 30 November is 12:59 UTC.
        let c = try Clocked("2026-11-30T12:59:00.000Z", offsetHours: 11)
        var ctx = c.ctx()
        let habit = Habit(id: "walk", created: Timestamp.parse("2026-11-20T00:00:00.000Z")!, name: "Walk", schedule: .daily)
        try c.store.save(habit)
        var log = HabitLog(store: c.store, calendar: ctx.calendar, today: ctx.today)
        #expect(ctx.today == CivilDate(year: 2026, month: 11, day: 30))
        HabitTicks.set(habit, ctx.today, to: .done, source: "test", log: log, ctx)
        // Two minutes later it is Tuesday 1 December there, still 30 November in UTC:
        // the tick is filed in November's file but belongs to 1 December.
        c.wall = Timestamp.parse("2026-11-30T13:01:00.000Z")!
        ctx = c.ctx()
        #expect(ctx.today == CivilDate(year: 2026, month: 12, day: 1))
        log = HabitLog(store: c.store, calendar: ctx.calendar, today: ctx.today)
        HabitTicks.set(habit, ctx.today, to: .done, source: "test", log: log, ctx)
        #expect(c.store.months(HabitCheck.self).map(\.description) == ["2026-11"])
        // A day later, in December's UTC month, both are found and the streak is two.
        c.wall = Timestamp.parse("2026-12-01T20:00:00.000Z")!
        ctx = c.ctx()
        #expect(ctx.today == CivilDate(year: 2026, month: 12, day: 2))
        log = HabitLog(store: c.store, calendar: ctx.calendar, today: ctx.today)
        #expect(log.mark("walk", CivilDate(year: 2026, month: 11, day: 30)) == .done)
        #expect(log.mark("walk", CivilDate(year: 2026, month: 12, day: 1)) == .done)
        #expect(log.streak(habit, today: ctx.today).length == 2)
        // Flying to Los Angeles (-8) doesn't move the ticked days: it is now 1 December there,
        // already done, so the streak still counts both days.
        c.offset = -8 * 3600
        ctx = c.ctx()
        #expect(ctx.today == CivilDate(year: 2026, month: 12, day: 1))
        log = HabitLog(store: c.store, calendar: ctx.calendar, today: ctx.today)
        #expect(log.streak(habit, today: ctx.today).length == 2)
        #expect(log.mark("walk", ctx.today) == .done)
    }

    @Test func takingATickBackAndGivingItAgainKeepsOneRecord() throws {
        let h = try Harness()
        let habit = Habit(id: "h1", created: h.wall, name: "Stretch", schedule: .daily)
        try h.store.save(habit)
        let log = HabitLog(store: h.store, calendar: h.ctx.calendar, today: h.ctx.today)
        #expect(HabitTicks.toggle(habit, h.ctx.today, source: "test", log: log, h.ctx) == .done)
        #expect(HabitTicks.toggle(habit, h.ctx.today, source: "test", log: log, h.ctx) == nil)
        #expect(HabitTicks.toggle(habit, h.ctx.today, source: "test", log: log, h.ctx) == .done)
        let all = h.store.all(HabitCheck.self, includeDeleted: true)
        #expect(all.count == 1)
        #expect(all[0].id == "h1@2026-11-26" && all[0].deleted == nil)
    }

    @Test func aStreakReadsOnlyTheMonthsItNeeds() throws {
        let h = try Harness()
        let start = h.ctx.today.adding(days: -730)
        let habit = Habit(id: "h", created: h.ctx.calendar.start(of: start), name: "Read", schedule: .daily)
        try h.store.save(habit)
        var checks: [HabitCheck] = []
        for n in 0...730 where n != 720 {  // every day for two years, but one ten days ago
            let day = start.adding(days: n)
            checks.append(HabitCheck(habitID: "h", day: day, created: h.ctx.calendar.start(of: day).addingTimeInterval(3600)))
        }
        try h.store.save(checks)
        h.store.reload()
        let log = HabitLog(store: h.store, calendar: h.ctx.calendar, today: h.ctx.today)
        #expect(log.streak(habit, today: h.ctx.today).length == 10)  // the last ten days, today included
        #expect(log.readBackTo >= h.ctx.today.adding(days: -62), "read back to \(log.readBackTo)")
        #expect(log.best(habit, today: h.ctx.today).length == 720)
    }
}
