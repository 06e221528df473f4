/// What one merge did, record by record.
public struct MergeTally: Equatable, Sendable {
    /// Only on the other side: now here too.
    public var added = 0
    /// On both sides and different: the other side's version was newer.
    public var updated = 0
    /// Both sides changed the same writing: both texts are kept (see `TextNote`).
    public var keptBoth = 0
    /// The same, or this side's version was newer.
    public var unchanged = 0

    public init(added: Int = 0, updated: Int = 0, keptBoth: Int = 0, unchanged: Int = 0) {
        self.added = added
        self.updated = updated
        self.keptBoth = keptBoth
        self.unchanged = unchanged
    }

    public var changedAnything: Bool { added + updated + keptBoth > 0 }

    public static func + (a: MergeTally, b: MergeTally) -> MergeTally {
        MergeTally(
            added: a.added + b.added, updated: a.updated + b.updated,
            keptBoth: a.keptBoth + b.keptBoth, unchanged: a.unchanged + b.unchanged)
    }
}

/// Merges two versions of one file record by record, for any kind of record.
///
/// - A record on one side only is kept.
/// - On both sides, the later `updated` wins (a delete is a change with a
///   time, so an older copy can't bring a deleted record back).
/// - Where both versions hold different writing in the same field, the
///   winner keeps the older text too, as a visible note (`TextNote`). The
///   fields are found in the record's JSON, so new kinds need nothing extra;
///   a field is changed only if the record still decodes and checks out
///   afterwards. Such a record gets an `updated` one millisecond past both,
///   so a stale copy of either side can never undo the merge.
///
/// The result depends only on the two versions, not on which side is "here":
/// two devices that make the same merge write the same bytes, and merging a
/// result again with either side changes nothing.
public enum RecordMerge {
    public static func merge<R: KeelRecord>(_ current: [R], with incoming: [R]) -> (records: [R], tally: MergeTally) {
        var records = current
        var index: [String: Int] = [:]
        for (i, r) in records.enumerated() { index[r.id] = i }
        var tally = MergeTally()
        for other in incoming {
            guard let i = index[other.id] else {
                index[other.id] = records.count
                records.append(other)
                tally.added += 1
                continue
            }
            let here = records[i]
            let (winner, combined) = pair(here, other)
            if winner == here {
                tally.unchanged += 1
            } else {
                records[i] = winner
                if combined { tally.keptBoth += 1 } else { tally.updated += 1 }
            }
        }
        return (records, tally)
    }

    /// The merge of two versions of one record; `combined` when both texts were kept.
    public static func pair<R: KeelRecord>(_ a: R, _ b: R) -> (record: R, combined: Bool) {
        if a == b { return (a, false) }
        let (newer, older) = ordered(a, b)
        return keepBoth(newer: newer, older: older, updated: Timestamp.rounded(max(a.updated, b.updated).addingTimeInterval(0.001)))
    }

    /// `newer` with `older`'s differing writing kept below its own, stamped
    /// `updated`; `newer` as it is (and `combined` false) when no text differs.
    static func keepBoth<R: KeelRecord>(newer: R, older: R, updated: Date) -> (record: R, combined: Bool) {
        guard newer.deleted == nil, older.deleted == nil,
            case .object(let newerJSON)? = json(newer), case .object(let olderJSON)? = json(older)
        else {
            return (newer, false)
        }
        var result = newerJSON
        var changed = false
        let baseline = newer.problems().count
        for path in textPaths(newerJSON, olderJSON, at: []) {
            guard case .string(let n)? = value(result, at: path), case .string(let o)? = value(olderJSON, at: path),
                let text = TextNote.combine(newer: n, older: o, olderChanged: older.updated)
            else { continue }
            var attempt = result
            set(&attempt, at: path, to: .string(text))
            // Keep the note only where the record still reads back and checks out.
            if let r: R = decode(.object(attempt)), r.problems().count <= baseline {
                result = attempt
                changed = true
            }
        }
        guard changed, var merged: R = decode(.object(result)) else { return (newer, false) }
        merged.updated = updated
        return (merged, true)
    }

    /// Newer first; on the same `updated`, the one whose JSON sorts last, so
    /// the choice is the same on every device.
    static func ordered<R: KeelRecord>(_ a: R, _ b: R) -> (R, R) {
        if a.updated != b.updated { return a.updated > b.updated ? (a, b) : (b, a) }
        let ea = (try? KeelJSON.encode(a, pretty: false)) ?? []
        let eb = (try? KeelJSON.encode(b, pretty: false)) ?? []
        return ea.lexicographicallyPrecedes(eb) ? (b, a) : (a, b)
    }

    /// Paths of string fields (nested objects included, lists not) where the
    /// two sides hold different writing.
    static func textPaths(_ a: [String: JSONValue], _ b: [String: JSONValue], at prefix: [String]) -> [[String]] {
        var out: [[String]] = []
        for key in a.keys.sorted() {
            switch (a[key], b[key]) {
            case (.string(let x)?, .string(let y)?) where x != y && TextNote.isWriting(key: key, x, y):
                out.append(prefix + [key])
            case (.object(let x)?, .object(let y)?):
                out += textPaths(x, y, at: prefix + [key])
            default:
                break
            }
        }
        return out
    }

    static func value(_ object: [String: JSONValue], at path: [String]) -> JSONValue? {
        guard let first = path.first else { return .object(object) }
        if path.count == 1 { return object[first] }
        guard case .object(let inner)? = object[first] else { return nil }
        return value(inner, at: Array(path.dropFirst()))
    }

    static func set(_ object: inout [String: JSONValue], at path: [String], to newValue: JSONValue) {
        guard let first = path.first else { return }
        if path.count == 1 { object[first] = newValue; return }
        guard case .object(var inner)? = object[first] else { return }
        set(&inner, at: Array(path.dropFirst()), to: newValue)
        object[first] = .object(inner)
    }

    static func json<R: KeelRecord>(_ record: R) -> JSONValue? {
        guard let bytes = try? KeelJSON.encode(record, pretty: false) else { return nil }
        return try? KeelJSON.decode(JSONValue.self, from: bytes)
    }

    static func decode<R: KeelRecord>(_ value: JSONValue) -> R? {
        guard let bytes = try? KeelJSON.encode(value, pretty: false) else { return nil }
        return try? KeelJSON.decode(R.self, from: bytes)
    }
}
