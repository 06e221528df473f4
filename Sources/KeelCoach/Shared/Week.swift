import KeelStore

/// A week as keel counts it: seven of the person's local days, starting on
/// the day this machine's `DateStyle` says (Monday unless told otherwise).
public struct Week: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The week's first day.
    public let first: CivilDate

    public init(containing day: CivilDate, startingOn weekStart: Int = DateStyle.current.weekStart) {
        first = day.adding(days: -((day.weekday - weekStart + 7) % 7))
    }

    /// The week's last day, six days after its first.
    public var last: CivilDate { first.adding(days: 6) }
    public var days: [CivilDate] { (0..<7).map { first.adding(days: $0) } }
    public func contains(_ day: CivilDate) -> Bool { day >= first && day <= last }
    /// Overflow-checked: days outside years 1-9999 stop at their ends.
    public func adding(weeks n: Int) -> Week {
        let (days, overflow) = n.multipliedReportingOverflow(by: 7)
        return Week(containing: first.adding(days: overflow ? (n > 0 ? Int.max : Int.min) : days), startingOn: first.weekday)
    }
    /// "Monday": the day weeks start on, on this machine.
    public static var firstDayName: String { CivilDate.weekdayNames[DateStyle.current.weekStart - 1] }
    /// "Sunday": the day weeks end on.
    public static var lastDayName: String { CivilDate.weekdayNames[(DateStyle.current.weekStart + 5) % 7] }
    public static func < (a: Week, b: Week) -> Bool { a.first < b.first }

    /// "23-29 Nov 2026", or "30 Nov-6 Dec 2026" across a month (in this machine's date order).
    public var description: String { CivilDate.range(first, last) }
}
