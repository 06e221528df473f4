/// What an import did, record by record.
public struct MergeCount: Equatable, Sendable {
    public var added = 0
    public var updated = 0
    public var unchanged = 0
    /// Records whose `updated` lay in the future (a device whose clock ran
    /// ahead); see `ClockAhead`.
    public var future = 0
    public init(added: Int = 0, updated: Int = 0, unchanged: Int = 0, future: Int = 0) {
        self.added = added
        self.updated = updated
        self.unchanged = unchanged
        self.future = future
    }
    public static func + (a: MergeCount, b: MergeCount) -> MergeCount {
        MergeCount(
            added: a.added + b.added, updated: a.updated + b.updated, unchanged: a.unchanged + b.unchanged,
            future: a.future + b.future)
    }
}

extension Store {
    /// Merges records from elsewhere (an import) by id: a record only here
    /// or only there is kept; when both have it the later `updated` wins,
    /// unless a clock ran ahead (`ClockAhead`). Running the same merge twice
    /// changes nothing. A record is merged into the file it already lives
    /// in, whichever month that is.
    public func merge<R: KeelRecord>(_ incoming: [R], progress: ((Int) -> Void)? = nil) throws(StoreError) -> MergeCount {
        // While another keel holds the lock, what arrives waits in a side file.
        if try keptAside(incoming) { return MergeCount(added: incoming.count) }
        mergeConflictCopies()
        let now = self.now()
        var count = MergeCount()
        let arriving = { (r: R) -> R in
            let (kept, flagged) = ClockAhead.arriving(r, now: now)
            if flagged { count.future += 1 }
            return kept
        }
        let tally = try mergeByID(incoming, home: { fileFor($0) }, arriving: arriving, progress: progress) { here, other in
            let result = ClockAhead.merge(here: here, other: other, now: now)
            if result.flagged { count.future += 1 }
            return result.merged
        }
        count.added = tally.added
        count.updated = tally.updated + tally.keptBoth
        count.unchanged = tally.unchanged
        return count
    }

    /// Merges `incoming` into this kind's files in one pass over each file
    /// touched: a record whose id is already kept is merged where it lives
    /// (its `created` month may differ, so an id is never kept twice); a new
    /// one goes to `home`, as `arriving` has it. `pair` gives the merged record when both sides
    /// have an id (nil when the record here stays as it is). Only the
    /// files the records name are read, unless an id is missing there:
    /// then every file of the kind is read once to find it.
    func mergeByID<R: KeelRecord>(
        _ incoming: [R], home: (R) -> String, arriving: (R) -> R = { $0 },
        progress: ((Int) -> Void)? = nil,
        pair: (_ here: R, _ other: R) -> (record: R, combined: Bool)?
    ) throws(StoreError) -> MergeTally {
        var byFile: [String: [R]] = [:]
        for r in incoming { byFile[home(r), default: []].append(r) }
        // An id missing from its home file may live in another one.
        var elsewhere: [String: String]?
        var moved: [String: [R]] = [:]
        for (relative, group) in byFile {
            forgetIfChanged(relative)
            let here: [R] = load(relative)
            var ids = Set<String>(minimumCapacity: here.count)
            for r in here { ids.insert(r.id) }
            let strays = group.filter { !ids.contains($0.id) }
            guard !strays.isEmpty else { continue }
            if elsewhere == nil { elsewhere = locations(R.self) }
            var stay: [R] = []
            for r in group {
                if !ids.contains(r.id), let other = elsewhere?[r.id], other != relative {
                    moved[other, default: []].append(r)
                } else {
                    stay.append(r)
                }
            }
            byFile[relative] = stay
        }
        for (relative, group) in moved { byFile[relative, default: []] += group }
        var tally = MergeTally()
        var done = 0
        for (relative, group) in byFile.sorted(by: { $0.key < $1.key }) where !group.isEmpty {
            forgetIfChanged(relative)
            var current: [R] = load(relative)
            var index: [String: Int] = Dictionary(minimumCapacity: current.count + group.count)
            for (i, r) in current.enumerated() where index[r.id] == nil { index[r.id] = i }
            var changed = false
            for r in group {
                if let i = index[r.id] {
                    if let (merged, combined) = pair(current[i], r), merged != current[i] {
                        current[i] = merged
                        if combined { tally.keptBoth += 1 } else { tally.updated += 1 }
                        changed = true
                    } else {
                        tally.unchanged += 1
                    }
                } else {
                    index[r.id] = current.count
                    current.append(arriving(r))
                    tally.added += 1
                    changed = true
                }
            }
            if changed { try write(current, to: relative) }
            done += group.count
            progress?(done)
        }
        return tally
    }

    /// The file each id of a kind lives in now (the first, if one was ever
    /// kept twice).
    func locations<R: KeelRecord>(_ type: R.Type) -> [String: String] {
        let files = R.kind.layout == .single ? [relativePath(type, month: nil)] : months(type).map { relativePath(type, month: $0) }
        var found: [String: String] = [:]
        for relative in files {
            forgetIfChanged(relative)
            for r in load(relative) as [R] where found[r.id] == nil { found[r.id] = relative }
        }
        return found
    }
}
