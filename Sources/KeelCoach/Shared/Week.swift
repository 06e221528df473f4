import KeelStore

/// A week as keel counts it: Monday to Sunday in the person's local days.
public struct Week: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let monday: CivilDate

    public init(containing day: CivilDate) { monday = day.adding(days: 1 - day.weekday) }

    public var sunday: CivilDate { monday.adding(days: 6) }
    public var days: [CivilDate] { (0..<7).map { monday.adding(days: $0) } }
    public func contains(_ day: CivilDate) -> Bool { day >= monday && day <= sunday }
    /// Overflow-checked: days outside years 1-9999 stop at their ends.
    public func adding(weeks n: Int) -> Week {
        let (days, overflow) = n.multipliedReportingOverflow(by: 7)
        return Week(containing: monday.adding(days: overflow ? (n > 0 ? Int.max : Int.min) : days))
    }
    public static func < (a: Week, b: Week) -> Bool { a.monday < b.monday }

    /// "23-29 Nov 2026", or "30 Nov-6 Dec 2026" across a month.
    public var description: String {
        let s = sunday
        let first = monday.month == s.month ? "\(monday.day)" : "\(monday.day) \(monday.monthName.prefix(3))"
        return "\(first)-\(s.day) \(s.monthName.prefix(3)) \(s.year)"
    }
}
