/// A device whose clock ran ahead stamps its changes in the future (an
/// `updated` in 2030), and "the later change wins" would then let that copy
/// win every merge for years, dropping real edits made since as "already
/// here". On import, a time more than `skew` past now is not believed:
///
/// - a record that arrives with one is kept, stamped now instead;
/// - against a version whose time is believable, the believable one wins and
///   the other's differing writing is kept below it as a note (`TextNote`),
///   as sync merges do, so no words are lost either way;
/// - when both are ahead, the later one wins, stamped now.
///
/// Every such record is counted, so `keel import` can say so.
public enum ClockAhead {
    /// Clocks that are merely off by hours (a time zone set wrong) are
    /// believed, and so is a record planned for later today (`keel sample`
    /// writes those).
    public static let skew: TimeInterval = 86_400

    public static func isAhead(_ time: Date, now: Date) -> Bool { time > now.addingTimeInterval(skew) }

    /// A record arriving with no version here: its time, kept from the future.
    static func arriving<R: KeelRecord>(_ record: R, now: Date) -> (record: R, flagged: Bool) {
        guard isAhead(record.updated, now: now) || record.deleted.map({ isAhead($0, now: now) }) == true else {
            return (record, false)
        }
        return (stampedNow(record, now), true)
    }

    /// Two versions of one record: the merged one (nil when `here` stays as
    /// it is) and whether a time in the future was met.
    static func merge<R: KeelRecord>(here: R, other: R, now: Date) -> (merged: (record: R, combined: Bool)?, flagged: Bool) {
        if here == other { return (nil, false) }
        switch (isAhead(here.updated, now: now), isAhead(other.updated, now: now)) {
        case (false, false):
            return (other.updated > here.updated ? (other, false) : nil, false)
        case (true, true):
            return ((stampedNow(other.updated > here.updated ? other : here, now), false), true)
        case (true, false):
            let kept = RecordMerge.keepBoth(newer: other, older: here, updated: now)
            return (kept, true)
        case (false, true):
            let kept = RecordMerge.keepBoth(newer: here, older: other, updated: now)
            return (kept.combined ? kept : nil, true)
        }
    }

    private static func stampedNow<R: KeelRecord>(_ record: R, _ now: Date) -> R {
        var r = record
        r.updated = now
        if let d = r.deleted, isAhead(d, now: now) { r.deleted = now }
        return r
    }
}
