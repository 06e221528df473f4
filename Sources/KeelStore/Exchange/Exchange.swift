/// `keel export` and `keel import`: everything keel holds, in one file.
public enum Exchange {
    public static let formatVersion = 1
    /// Larger import files are refused before parsing (600,000 small
    /// records are about 90 MB).
    public static let maxImportBytes = 256 << 20
    /// Deeper nesting is refused before parsing (an export is about six deep).
    public static let maxImportDepth = 64

    /// True when brackets outside strings nest deeper than `limit`: one
    /// pass over the bytes, so a hostile file can't make the parser recurse.
    static func nestedBeyond(_ bytes: [UInt8], limit: Int) -> Bool {
        var depth = 0
        var inString = false
        var escaped = false
        for b in bytes {
            if inString {
                if escaped { escaped = false } else if b == 92 { escaped = true } else if b == 34 { inString = false }
                continue
            }
            switch b {
            case 34: inString = true
            case 91, 123:
                depth += 1
                if depth > limit { return true }
            case 93, 125: depth -= 1
            default: break
            }
        }
        return false
    }

    struct Document: Codable {
        var format: Int
        var app: String
        var exported: Date
        var collections: [String: [JSONValue]]
    }

    /// JSON: stable keys, ids, ISO-8601 times; lossless, tombstones included.
    /// Records are encoded straight from the store, in one pass.
    /// `filter` keeps part of it (`keel export --since --until --kind`).
    public static func exportJSON(from store: Store, at time: Date, filter: ExportFilter = .everything) throws -> [UInt8] {
        try KeelJSON.encode(
            TypedExport(
                format: formatVersion, app: "keel", exported: time,
                collections: .init(store: store, filter: filter))) + [10]
    }

    struct TypedExport: Encodable {
        var format: Int
        var app: String
        var exported: Date
        var collections: Kinds

        struct Kinds: Encodable {
            let store: Store
            let filter: ExportFilter
            func encode(to encoder: Encoder) throws {
                var c = encoder.container(keyedBy: TypedImport.Key.self)
                for kind in Collections.all where filter.includes(kind.kind) { try kind.encodeAll(from: store, into: &c, filter: filter) }
            }
        }
    }

    /// The same document built through `JSONValue`, as export was first
    /// written: a test holds the quick one to the same bytes.
    static func exportJSONByValues(from store: Store, at time: Date, filter: ExportFilter = .everything) throws -> [UInt8] {
        var collections: [String: [JSONValue]] = [:]
        for c in Collections.all where filter.includes(c.kind) { collections[c.kind.name] = try c.exportValues(from: store, filter: filter) }
        return try KeelJSON.encode(Document(format: formatVersion, app: "keel", exported: time, collections: collections)) + [10]
    }

    /// Markdown for a person to read.
    public static func exportMarkdown(from store: Store, at time: Date, calendar: LocalCalendar, filter: ExportFilter = .everything) -> String {
        var out = "# keel\n\nExported \(calendar.day(of: time)) at \(calendar.clock(of: time)).\n"
        var any = false
        for c in Collections.all where c.kind.name != Settings.kind.name && filter.includes(c.kind) {
            if let section = c.markdown(from: store, calendar: calendar, filter: filter) {
                out += "\n" + section
                any = true
            }
        }
        if !any { out += "\nNothing saved yet.\n" }
        return out
    }

    public struct ImportResult: Sendable {
        public var count: MergeCount
        public var records: Int
    }

    public enum ImportError: Error, CustomStringConvertible {
        case invalid([String])
        case store(StoreError)
        public var description: String {
            switch self {
            case .invalid(let lines): return lines.joined(separator: "\n")
            case .store(let e): return e.description
            }
        }
    }

    /// How far a long import has got: records checked, then records merged, of `total`.
    public enum ImportStage: Sendable { case checking, merging }
    public typealias ImportProgress = (_ stage: ImportStage, _ done: Int, _ total: Int) -> Void

    /// Checks the whole file first; writes nothing unless every record is valid.
    public static func importFile(
        _ bytes: [UInt8], named file: String, into store: Store,
        progress: ImportProgress? = nil
    ) throws(ImportError) -> ImportResult {
        let plans = try plan(bytes, named: file, progress: progress)
        let records = plans.reduce(0) { $0 + $1.count }
        var total = MergeCount()
        do {
            var before = 0
            for p in plans {
                total = total + (try p.apply(store) { progress?(.merging, before + $0, records) })
                before += p.count
            }
        } catch {
            throw .store(error)
        }
        store.reload()
        return ImportResult(count: total, records: records)
    }

    static func plan(_ bytes: [UInt8], named file: String, progress: ImportProgress? = nil) throws(ImportError) -> [ImportPlan] {
        guard bytes.count <= maxImportBytes else {
            throw .invalid(["\(file): too large to import (\(bytes.count >> 20) MB; the limit is \(maxImportBytes >> 20) MB)"])
        }
        if nestedBeyond(bytes, limit: maxImportDepth) {
            throw .invalid(["\(file): nested more than \(maxImportDepth) levels deep; a keel export never is, so this isn't one"])
        }
        // A file keel wrote itself decodes straight into records; anything
        // else takes the path below, which names every fault.
        if let plans = TypedImport.plans(bytes) {
            progress?(.checking, plans.reduce(0) { $0 + $1.count }, plans.reduce(0) { $0 + $1.count })
            return plans
        }
        return try carefulPlan(bytes, named: file, progress: progress)
    }

    /// Through `JSONValue`, record by record, naming every fault.
    static func carefulPlan(_ bytes: [UInt8], named file: String, progress: ImportProgress? = nil) throws(ImportError) -> [ImportPlan] {
        let top: JSONValue
        do { top = try KeelJSON.decode(JSONValue.self, from: bytes) } catch {
            throw .invalid(["\(file): not valid JSON (\(KeelJSON.describe(error)))"])
        }
        guard case .object(let root) = top else { throw .invalid(["\(file): expected an object at the top, found \(top.typeName)"]) }
        guard let format = root["format"]?.number else { throw .invalid(["\(file): format: missing; is this a keel export?"]) }
        // Compared as a Double: Int(1e300) would trap.
        guard format <= Double(formatVersion) else {
            throw .invalid(["\(file): format \(plainNumber(format)) comes from a newer keel; update keel to import it"])
        }
        guard let collections = root["collections"]?.object else {
            throw .invalid(["\(file): collections: missing or not an object"])
        }
        var errors: [String] = []
        var plans: [ImportPlan] = []
        let total = collections.values.reduce(0) { $0 + ($1.array?.count ?? 0) }
        var checked = 0
        for name in collections.keys.sorted() {
            guard let handler = Collections.named(name) else {
                errors.append("\(file): collections.\(name): keel doesn't know this kind of record")
                continue
            }
            guard let values = collections[name]?.array else {
                errors.append("\(file): collections.\(name): expected a list, found \(collections[name]!.typeName)")
                continue
            }
            let p = handler.prepareImport(values, path: "collections.\(name)") { progress?(.checking, checked + $0, total) }
            checked += values.count
            errors += p.errors.map { "\(file): \($0)" }
            plans.append(p)
        }
        if !errors.isEmpty { throw .invalid(errors) }
        return plans
    }
}
