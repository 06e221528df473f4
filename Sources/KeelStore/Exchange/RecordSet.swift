/// A kind of record seen from export and import, which handle every kind
/// alike without knowing its fields.
public protocol RecordCollection: Sendable {
    var kind: RecordKind { get }
    /// Every record the filter takes, tombstones included, as JSON (lossless).
    func exportValues(from store: Store, filter: ExportFilter) throws -> [JSONValue]
    /// The live records the filter takes for a person to read, or nil when there are none.
    func markdown(from store: Store, calendar: LocalCalendar, filter: ExportFilter) -> String?
    /// Decodes and checks records from an import file; nothing is written.
    func prepareImport(_ values: [JSONValue], path: String, progress: ((Int) -> Void)?) -> ImportPlan
    func count(in store: Store) -> Int
    /// Every record the filter takes, tombstones included, encoded straight into an export.
    func encodeAll(from store: Store, into container: inout KeyedEncodingContainer<TypedImport.Key>, filter: ExportFilter) throws
    /// The records under `key`, decoded straight from the file, with the
    /// same checks as `prepareImport`; nil at the first thing wrong.
    func typedPlan(_ container: KeyedDecodingContainer<TypedImport.Key>, key: TypedImport.Key) -> ImportPlan?
    /// Merges a sync tool's conflict copy of one of this kind's files into it (see Sync/).
    func mergeConflictCopy(_ bytes: [UInt8], into main: String, store: Store) throws(SyncFailure) -> MergeTally
}

/// Records checked and ready to merge, or the reasons they can't be.
public struct ImportPlan {
    public var errors: [String]
    public var count: Int
    /// Merges into the store, saying how many records it has merged so far.
    let apply: (Store, _ progress: ((Int) -> Void)?) throws(StoreError) -> MergeCount
}

public struct RecordSet<R: KeelRecord>: RecordCollection {
    public init() {}
    public var kind: RecordKind { R.kind }

    public func exportValues(from store: Store, filter: ExportFilter) throws -> [JSONValue] {
        let encoder = KeelJSON.encoder(pretty: false)
        let decoder = KeelJSON.decoder()
        return try RecordSet.onceEach(store.all(R.self, includeDeleted: true)).filter { filter.includes(created: $0.created) }.map {
            try decoder.decode(JSONValue.self, from: try encoder.encode($0))
        }
    }

    /// One record per id, the latest version, in the order first seen: an id
    /// an older keel kept in two month files is exported once, so the export
    /// imports again.
    static func onceEach(_ records: [R]) -> [R] {
        var at: [String: Int] = Dictionary(minimumCapacity: records.count)
        var kept: [R] = []
        kept.reserveCapacity(records.count)
        for r in records {
            if let i = at[r.id] {
                if r.updated > kept[i].updated { kept[i] = r }
            } else {
                at[r.id] = kept.count
                kept.append(r)
            }
        }
        return kept
    }

    public func count(in store: Store) -> Int { store.all(R.self).count }

    public func markdown(from store: Store, calendar: LocalCalendar, filter: ExportFilter) -> String? {
        let records = store.all(R.self).filter { filter.includes(created: $0.created) }.sorted { $0.created < $1.created }
        guard !records.isEmpty else { return nil }
        var out = "## \(R.kind.title)\n"
        var lastMonth: MonthKey?
        var previousWasLine = false
        var underHeading = false
        for r in records {
            if R.kind.layout == .monthly {
                let d = calendar.day(of: r.created)
                let m = MonthKey(year: d.year, month: d.month)
                if m != lastMonth {
                    out += "\n### \(m.name)\n\n"
                    lastMonth = m
                    underHeading = true
                }
            }
            let text = r.markdown(calendar: calendar)
            let isLine = text.hasPrefix("- ") && !text.contains("\n")
            // One blank line between blocks; list lines run on; none twice.
            if !(isLine && previousWasLine) && !underHeading { out += "\n" }
            underHeading = false
            out += text + "\n"
            previousWasLine = isLine
        }
        return out
    }

    public func encodeAll(from store: Store, into container: inout KeyedEncodingContainer<TypedImport.Key>, filter: ExportFilter) throws {
        let records = RecordSet.onceEach(store.all(R.self, includeDeleted: true))
        let kept = filter.since == nil && filter.until == nil ? records : records.filter { filter.includes(created: $0.created) }
        try container.encode(kept, forKey: TypedImport.Key(stringValue: R.kind.name))
    }

    public func typedPlan(_ container: KeyedDecodingContainer<TypedImport.Key>, key: TypedImport.Key) -> ImportPlan? {
        guard let records = try? container.decode([R].self, forKey: key) else { return nil }
        var seen = Set<String>(minimumCapacity: records.count)
        for r in records {
            guard !r.id.isEmpty, seen.insert(r.id).inserted, r.problems().isEmpty else { return nil }
        }
        return ImportPlan(errors: [], count: records.count) { (store: Store, progress) throws(StoreError) in
            try store.merge(records, progress: progress)
        }
    }

    public func prepareImport(_ values: [JSONValue], path: String, progress: ((Int) -> Void)? = nil) -> ImportPlan {
        let encoder = KeelJSON.encoder(pretty: false)
        let decoder = KeelJSON.decoder()
        var errors: [String] = []
        var records: [R] = []
        var seen: Set<String> = []
        for (i, value) in values.enumerated() {
            if i % 4096 == 0 { progress?(i) }
            let here = "\(path)[\(i)]"
            let idNote = value["id"]?.string.map { " (id \($0))" } ?? ""
            guard case .object = value else {
                errors.append("\(here): expected an object, found \(value.typeName)")
                continue
            }
            if let (field, n) = value.hugeNumber() {
                errors.append("\(here)\(idNote).\(field): \(plainNumber(n)) is far larger than anything keel keeps")
                continue
            }
            do {
                let r = try decoder.decode(R.self, from: try encoder.encode(value))
                if seen.contains(r.id) {
                    errors.append("\(here)\(idNote): the same id appears twice")
                    continue
                }
                if r.id.isEmpty { errors.append("\(here): id must not be empty"); continue }
                seen.insert(r.id)
                let problems = r.problems()
                if problems.isEmpty { records.append(r) }
                errors += problems.map { "\(here)\(idNote).\($0)" }
            } catch {
                errors.append(KeelJSON.describe(error, prefix: here) + idNote)
            }
        }
        let ready = records
        return ImportPlan(errors: errors, count: ready.count) { (store: Store, progress) throws(StoreError) in
            try store.merge(ready, progress: progress)
        }
    }
}
