import KeelStore

/// Reads a kind of monthly record from the newest month backwards, only as
/// far as a question needs: a streak or "done today?" reads a month or two,
/// not ten years. A record about local day D is filed by the UTC month it
/// was made in, which is never earlier than D minus one day, so once every
/// month from M onwards is read, every record about the second day of M or
/// later is known.
final class MonthsBackward<Item> {
    private let months: [MonthKey]
    private let readMonth: (MonthKey) -> [Item]
    private var read = 0
    private let visit: (Item) -> Void
    /// Every record about this day or later has been read.
    private(set) var knownFrom: CivilDate

    static var beginning: CivilDate { CivilDate(daysSinceEpoch: Int.min / 4) }

    /// `months` newest first; `readMonth` gives the items of one month.
    init(months: [MonthKey], today: CivilDate, read readMonth: @escaping (MonthKey) -> [Item], visit: @escaping (Item) -> Void) {
        self.months = months
        self.readMonth = readMonth
        self.visit = visit
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
            for item in readMonth(month) { visit(item) }
            knownFrom =
                read == months.count
                ? MonthsBackward.beginning
                : CivilDate(year: month.year, month: month.month, day: 1).adding(days: 1)
        }
    }
}

extension MonthsBackward where Item: KeelRecord {
    /// Whole records of a kind.
    convenience init(store: Store, today: CivilDate, includeDeleted: Bool = false, visit: @escaping (Item) -> Void) {
        self.init(
            months: store.months(Item.self).reversed(), today: today,
            read: { store.records(Item.self, month: $0, includeDeleted: includeDeleted) }, visit: visit)
    }
}

/// The local days on which a flow was finished, read lazily. Only each
/// entry's flow and times are decoded, not its answers: the home screen and
/// `keel today` ask this at start.
final class FlowDays {
    /// Days since 1970, in the order found: a `Set<CivilDate>` cost the
    /// runtime a search of every conformance in the binary at start (0.34
    /// million instructions) for the month or so home reads.
    private var days: [Int] = []
    private var reader: MonthsBackward<EntryStamp>!

    struct EntryStamp {
        var flow: String
        var created: Date
    }

    init(_ flowID: String, store: Store, calendar: LocalCalendar, today: CivilDate) {
        reader = MonthsBackward(
            months: store.months(JournalEntry.self).reversed(), today: today,
            read: { month in
                if let scanned = store.fields(JournalEntry.self, month: month, keys: ["flow", "created", "deleted"]) {
                    return scanned.compactMap { f in
                        guard f["deleted"] == nil, let flow = f["flow"], let created = f["created"].flatMap(Timestamp.parse) else { return nil }
                        return EntryStamp(flow: flow, created: created)
                    }
                }
                return store.records(JournalEntry.self, month: month).map { EntryStamp(flow: $0.flow, created: $0.created) }
            }
        ) { [unowned self] entry in
            if entry.flow == flowID { self.days.append(calendar.day(of: entry.created).daysSinceEpoch) }
        }
    }

    func contains(_ day: CivilDate) -> Bool {
        reader.cover(day)
        let wanted = day.daysSinceEpoch
        for d in days where d == wanted { return true }
        return false
    }

    /// Consecutive days up to today (today not yet done breaks nothing).
    func streak(today: CivilDate) -> Streak.Count {
        Streak.current(.daily, today: today, start: MonthsBackward<EntryStamp>.beginning) { contains($0) ? .done : nil }
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
