/// How this machine writes dates and which day its weeks start on: a
/// preference of the person at this computer (config.json, else the
/// locale), never part of the synced data. Weeks start on Monday and days
/// come before months unless told otherwise.
public struct DateStyle: Equatable, Sendable {
    /// The order of day, month and year in a written date.
    public enum Order: String, CaseIterable, Sendable {
        /// "Tue 1 Dec", "1 December 2026"
        case dayMonth = "day-month"
        /// "Tue Dec 1", "December 1, 2026"
        case monthDay = "month-day"
        /// "Tue 2026-12-01"
        case iso
    }

    /// The first day of a week, as `CivilDate.weekday` counts (1 = Monday, 7 = Sunday).
    public var weekStart: Int
    public var order: Order

    public init(weekStart: Int = 1, order: Order = .dayMonth) {
        self.weekStart = (1...7).contains(weekStart) ? weekStart : 1
        self.order = order
    }

    /// The days a week may start on, by name, as config.json spells them.
    public static let weekStarts: [(name: String, weekday: Int)] = [("monday", 1), ("saturday", 6), ("sunday", 7)]

    /// The style in force: a test's `$override` first, else this process's.
    public static var current: DateStyle { override ?? thisProcess }

    /// Lets a test (or one task) write dates another way without touching
    /// anyone else's: `DateStyle.$override.withValue(style) { ... }`.
    @TaskLocal public static var override: DateStyle?

    /// Chosen once in `main`, before any screen or thread exists, and only
    /// read after that, which is why it needs no lock.
    public nonisolated(unsafe) static var thisProcess = DateStyle()
}

extension CivilDate {
    private var mon: Substring { monthName.prefix(3) }
    private var dayName: Substring { weekdayName.prefix(3) }

    /// "Tue 1 Dec", "Tue Dec 1" or "Tue 2026-12-01".
    public var short: String {
        switch DateStyle.current.order {
        case .dayMonth: return "\(dayName) \(day) \(mon)"
        case .monthDay: return "\(dayName) \(mon) \(day)"
        case .iso: return "\(dayName) \(description)"
        }
    }

    /// "Tue 1 Dec 2026", "Tue Dec 1, 2026" or "Tue 2026-12-01".
    public var shortWithYear: String {
        switch DateStyle.current.order {
        case .dayMonth: return "\(short) \(year)"
        case .monthDay: return "\(short), \(year)"
        case .iso: return short
        }
    }

    /// "1 Dec", "Dec 1" or "2026-12-01": a day without its weekday.
    public var dayAndMonth: String {
        switch DateStyle.current.order {
        case .dayMonth: return "\(day) \(mon)"
        case .monthDay: return "\(mon) \(day)"
        case .iso: return description
        }
    }

    /// "1 Dec 2026", "Dec 1, 2026" or "2026-12-01".
    public var dayMonthYear: String {
        switch DateStyle.current.order {
        case .dayMonth: return "\(dayAndMonth) \(year)"
        case .monthDay: return "\(dayAndMonth), \(year)"
        case .iso: return description
        }
    }

    /// "Tuesday 1 December", "Tuesday, December 1" or "Tuesday 2026-12-01".
    public var long: String {
        switch DateStyle.current.order {
        case .dayMonth: return "\(weekdayName) \(day) \(monthName)"
        case .monthDay: return "\(weekdayName), \(monthName) \(day)"
        case .iso: return "\(weekdayName) \(description)"
        }
    }

    /// "Tuesday 1 December 2026", "Tuesday, December 1, 2026" or "Tuesday 2026-12-01".
    public var longWithYear: String {
        switch DateStyle.current.order {
        case .dayMonth: return "\(long) \(year)"
        case .monthDay: return "\(long), \(year)"
        case .iso: return long
        }
    }

    /// "23-29 Nov 2026", "Nov 23-29, 2026" or "2026-11-23 to 11-29"; across
    /// months "30 Nov-6 Dec 2026" or "Nov 30-Dec 6, 2026".
    public static func range(_ first: CivilDate, _ last: CivilDate) -> String {
        let sameMonth = first.month == last.month && first.year == last.year
        switch DateStyle.current.order {
        case .dayMonth:
            return "\(sameMonth ? "\(first.day)" : first.dayAndMonth)-\(last.dayAndMonth) \(last.year)"
        case .monthDay:
            return "\(first.dayAndMonth)-\(sameMonth ? "\(last.day)" : last.dayAndMonth), \(last.year)"
        case .iso:
            let end = first.year == last.year ? String(last.description.dropFirst(5)) : last.description
            return "\(first.description) to \(end)"
        }
    }
}
