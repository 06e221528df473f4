#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import KeelStore

/// Reads a kind of monthly record from the newest month backwards, only as
/// far as a question needs: a streak or "done today?" reads a month or two,
/// not ten years. A record about local day D is filed by the UTC month it
/// was made in, which is never earlier than D minus one day, so once every
/// month from M onwards is read, every record about the second day of M or
/// later is known.
final class MonthsBackward<R: KeelRecord> {
    private let store: Store
    private let months: [MonthKey]
    private var read = 0
    private let includeDeleted: Bool
    private let visit: (R) -> Void
    /// Every record about this day or later has been read.
    private(set) var knownFrom: CivilDate

    static var beginning: CivilDate { CivilDate(daysSinceEpoch: Int.min / 4) }

    init(store: Store, today: CivilDate, includeDeleted: Bool = false, visit: @escaping (R) -> Void) {
        self.store = store
        self.includeDeleted = includeDeleted
        self.visit = visit
        months = store.months(R.self).reversed()
        knownFrom = months.isEmpty ? MonthsBackward.beginning : today.adding(days: 2)
    }

    /// Reads older months until every record about `day` is known.
    func cover(_ day: CivilDate) {
        while day < knownFrom {
            guard read < months.count else {
                knownFrom = MonthsBackward.beginning
                return
            }
            let month = months[read]
            read += 1
            for r in store.records(R.self, month: month, includeDeleted: includeDeleted) { visit(r) }
            knownFrom = read == months.count ? MonthsBackward.beginning
                : CivilDate(year: month.year, month: month.month, day: 1).adding(days: 1)
        }
    }
}

/// The local days on which a flow was finished, read lazily.
final class FlowDays {
    private var days: Set<CivilDate> = []
    private var reader: MonthsBackward<JournalEntry>!

    init(_ flowID: String, store: Store, calendar: LocalCalendar, today: CivilDate) {
        reader = MonthsBackward(store: store, today: today) { [unowned self] entry in
            if entry.flow == flowID { self.days.insert(calendar.day(of: entry.created)) }
        }
    }

    func contains(_ day: CivilDate) -> Bool {
        reader.cover(day)
        return days.contains(day)
    }

    /// Consecutive days up to today (today not yet done breaks nothing).
    func streak(today: CivilDate) -> Streak.Count {
        Streak.current(.daily, today: today, start: MonthsBackward<JournalEntry>.beginning) { contains($0) ? .done : nil }
    }
}

extension Context {
    /// Records made on the given local days, reading only the month files that can hold them.
    func records<R: KeelRecord>(_ type: R.Type, madeOn days: ClosedRange<CivilDate>) -> [R] {
        let first = MonthKey(utc: calendar.start(of: days.lowerBound))
        let last = MonthKey(utc: calendar.start(of: days.upperBound.adding(days: 1)).addingTimeInterval(-1))
        return store.months(type).filter { $0 >= first && $0 <= last }.flatMap { store.records(type, month: $0) }
            .filter { days.contains(calendar.day(of: $0.created)) }
    }
}
