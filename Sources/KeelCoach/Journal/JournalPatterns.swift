import KeelContent
import KeelStore

/// What the journal's entries add up to: thinking traps per month, the
/// sting before and after, and the circles the stings came from.
struct JournalPatterns: Equatable {
    struct TrapCounts: Equatable {
        var id: String
        var label: String
        /// One count per month of `months`.
        var counts: [Int]
        var total: Int { counts.reduce(0, +) }
    }

    struct MonthSting: Equatable {
        var month: MonthKey
        var before: Double
        var after: Double
        var entries: Int
    }

    /// The months shown, oldest first, ending with this month.
    var months: [MonthKey]
    var traps: [TrapCounts]
    var stings: [MonthSting]
    /// How much each practice eased the sting, oldest first.
    var eased: [Int]
    /// Entries per circle, most first.
    var circles: [(name: String, count: Int)]

    static func == (a: JournalPatterns, b: JournalPatterns) -> Bool {
        a.months == b.months && a.traps == b.traps && a.stings == b.stings && a.eased == b.eased
            && a.circles.map(\.name) == b.circles.map(\.name) && a.circles.map(\.count) == b.circles.map(\.count)
    }

    static let monthsShown = 6

    /// The first day of the months shown.
    static func windowStart(today: CivilDate) -> CivilDate {
        let first = MonthKey(year: today.year, month: today.month).adding(months: 1 - monthsShown)
        return CivilDate(year: first.year, month: first.month, day: 1)
    }

    init(
        entries: [JournalEntry], today: CivilDate, calendar: LocalCalendar, monthCount: Int = JournalPatterns.monthsShown,
        traps catalog: Catalog?, circles known: [BelongingCircle]
    ) {
        let thisMonth = MonthKey(year: today.year, month: today.month)
        let window = (0..<monthCount).reversed().map { thisMonth.adding(months: -$0) }
        months = window
        let monthOf = { (e: JournalEntry) -> MonthKey in
            let d = calendar.day(of: e.created)
            return MonthKey(year: d.year, month: d.month)
        }
        let recent = entries.filter { window.contains(monthOf($0)) }.sorted { $0.created < $1.created }

        var counts: [String: [Int]] = [:]
        for e in recent {
            guard let m = window.firstIndex(of: monthOf(e)) else { continue }
            for trap in e.traps ?? [] { counts[trap, default: Array(repeating: 0, count: monthCount)][m] += 1 }
        }
        traps = counts.map { TrapCounts(id: $0.key, label: catalog?.item($0.key)?.label ?? $0.key, counts: $0.value) }
            .sorted { ($0.total, $1.label) > ($1.total, $0.label) }

        stings = window.compactMap { month in
            let rated = recent.filter { monthOf($0) == month && $0.stingBefore != nil && $0.stingAfter != nil }
            guard !rated.isEmpty else { return nil }
            let n = Double(rated.count)
            return MonthSting(
                month: month, before: Double(rated.reduce(0) { $0 + $1.stingBefore! }) / n,
                after: Double(rated.reduce(0) { $0 + $1.stingAfter! }) / n, entries: rated.count)
        }
        eased = recent.compactMap(\.eased)

        let names = Dictionary(known.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        var perCircle: [String: Int] = [:]
        for e in recent { if let c = e.circleID { perCircle[names[c] ?? "A circle no longer on the map", default: 0] += 1 } }
        circles = perCircle.map { (name: $0.key, count: $0.value) }.sorted { ($0.count, $1.name) > ($1.count, $0.name) }
    }

    /// "6 in September, 2 in November: fewer lately; 1 so far this month",
    /// from the first month with any to the latest whole month. This month
    /// is still going (on the 1st it is a day old), so it is weighed only
    /// once it already holds as many as the last whole month, and is always
    /// said as "so far".
    func trend(_ trap: TrapCounts) -> String {
        guard let first = trap.counts.firstIndex(where: { $0 > 0 }) else { return "none lately" }
        let current = trap.counts.count - 1
        let soFar = trap.counts[current]
        if first == current { return "\(soFar) so far this month" }
        let lastWhole = current - 1
        let from = "\(trap.counts[first]) in \(months[first].monthName)"
        func word(_ now: Int) -> String {
            now < trap.counts[first] ? "fewer lately" : now > trap.counts[first] ? "more often lately" : "about the same"
        }
        if soFar > 0, soFar >= trap.counts[lastWhole] { return "\(from), \(soFar) so far this month: \(word(soFar))" }
        let thisMonth = soFar > 0 ? "; \(soFar) so far this month" : ""
        if first == lastWhole { return from + (soFar > 0 ? thisMonth : "; none so far this month") }
        let then = trap.counts[lastWhole]
        let to = then == 0 ? "none in \(months[lastWhole].monthName)" : "\(then) in \(months[lastWhole].monthName)"
        return "\(from), \(to): \(word(then))" + thisMonth
    }
}

extension MonthKey {
    var monthName: String { CivilDate.monthNames[month - 1] }
    var shortName: String { String(monthName.prefix(3)) }
}
