import KeelStore

/// What a habit's day holds.
public enum DayMark: Equatable, Sendable {
    case done
    /// Only the two-minute version: it counts.
    case small
    /// A rest day: it neither counts nor breaks a streak.
    case rest

    public var counts: Bool { self != .rest }
}

/// The streak rules, pure and in one place (kindness over perfection), for
/// habits and for a flow's run of days alike (`FlowDays`):
///
/// - Daily and weekday habits count days. A planned day with nothing ticked
///   breaks the streak; a rest day, or a day the habit isn't planned for (the
///   weekend of a weekday habit), is passed over. A day done that wasn't
///   planned still counts. Today, not yet done, breaks nothing.
/// - "N times a week" habits count weeks (as `Week` does). A week is kept
///   when it has N done days; each rest day lowers that week's N by one, and
///   a week rested entirely is passed over. The current week, not yet kept,
///   breaks nothing.
/// - Nothing before the habit's first day counts or breaks.
///
/// Days are the person's local days, as stored with each tick, so a tick at
/// 23:59 belongs to that day wherever the person travels afterwards.
public enum Streak {
    public struct Count: Equatable, Sendable {
        public var length: Int
        public var weekly: Bool
        public init(_ length: Int, weekly: Bool) {
            self.length = length
            self.weekly = weekly
        }
        /// "4-day streak", "3-week streak"; nil below two.
        public var words: String? {
            length < 2 ? nil : "\(length)-\(weekly ? "week" : "day") streak"
        }
    }

    /// The streak running up to today. `mark` is asked for days from today
    /// backwards only as far as the streak goes, so a caller can read old
    /// records lazily.
    public static func current(
        _ schedule: HabitSchedule, today: CivilDate, start: CivilDate,
        mark: (CivilDate) -> DayMark?
    ) -> Count {
        switch schedule {
        case .daily, .weekdays:
            var length = 0
            var day = today
            while day >= start {
                switch mark(day) {
                case .done?, .small?: length += 1
                case .rest?: break
                case nil: if day != today, schedule.isPlanned(day) { return Count(length, weekly: false) }
                }
                // Dates stop at year 1 rather than overflow: nothing lies before it.
                guard day.adding(days: -1) != day else { break }
                day = day.adding(days: -1)
            }
            return Count(length, weekly: false)
        case .perWeek(let n):
            var length = 0
            var week = Week(containing: today)
            while week.last >= start {
                switch weekOutcome(n, week, start: start, upTo: today, mark: mark) {
                case .kept: length += 1
                case .rested: break
                case .missed: if week != Week(containing: today) { return Count(length, weekly: true) }
                }
                guard week.adding(weeks: -1) != week else { break }
                week = week.adding(weeks: -1)
            }
            return Count(length, weekly: true)
        }
    }

    /// The longest streak from `start` to today.
    public static func best(
        _ schedule: HabitSchedule, today: CivilDate, start: CivilDate,
        mark: (CivilDate) -> DayMark?
    ) -> Count {
        var best = 0, run = 0
        switch schedule {
        case .daily, .weekdays:
            var day = start
            while day <= today {
                switch mark(day) {
                case .done?, .small?: run += 1
                case .rest?: break
                case nil: if day != today, schedule.isPlanned(day) { run = 0 }
                }
                best = max(best, run)
                // Dates stop at year 9999 rather than overflow: nothing lies after it.
                guard day.adding(days: 1) != day else { break }
                day = day.adding(days: 1)
            }
            return Count(best, weekly: false)
        case .perWeek(let n):
            var week = Week(containing: start)
            while week.first <= today {
                switch weekOutcome(n, week, start: start, upTo: today, mark: mark) {
                case .kept: run += 1
                case .rested: break
                case .missed: if week != Week(containing: today) { run = 0 }
                }
                best = max(best, run)
                guard week.adding(weeks: 1) != week else { break }
                week = week.adding(weeks: 1)
            }
            return Count(best, weekly: true)
        }
    }

    public enum WeekOutcome: Equatable { case kept, rested, missed }

    /// How a week of an "N times a week" habit went: kept, rested, or not (yet) kept.
    public static func weekOutcome(
        _ n: Int, _ week: Week, start: CivilDate, upTo today: CivilDate,
        mark: (CivilDate) -> DayMark?
    ) -> WeekOutcome {
        let (done, rest) = tally(week, start: start, upTo: today, mark: mark)
        let target = n - rest
        if target <= 0 { return .rested }
        return done >= target ? .kept : .missed
    }

    /// Done and rest days in a week, from `start` to `today`.
    public static func tally(
        _ week: Week, start: CivilDate, upTo today: CivilDate,
        mark: (CivilDate) -> DayMark?
    ) -> (done: Int, rest: Int) {
        var done = 0, rest = 0
        for day in week.days where day >= start && day <= today {
            switch mark(day) {
            case .done?, .small?: done += 1
            case .rest?: rest += 1
            case nil: break
            }
        }
        return (done, rest)
    }
}
