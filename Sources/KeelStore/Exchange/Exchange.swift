/// `keel export` and `keel import`: everything keel holds, in one file.
public enum Exchange {
    public static let formatVersion = 1
    /// Larger import files are refused before parsing.
    public static let maxImportBytes = 64 << 20
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
    public static func exportJSON(from store: Store, at time: Date) throws -> [UInt8] {
        var collections: [String: [JSONValue]] = [:]
        for c in Collections.all { collections[c.kind.name] = try c.exportValues(from: store) }
        return try KeelJSON.encode(Document(format: formatVersion, app: "keel", exported: time, collections: collections)) + [10]
    }

    /// Markdown for a person to read.
    public static func exportMarkdown(from store: Store, at time: Date, calendar: LocalCalendar) -> String {
        var out = "# keel\n\nExported \(calendar.day(of: time)) at \(calendar.clock(of: time)).\n"
        var any = false
        for c in Collections.all where c.kind.name != Settings.kind.name {
            if let section = c.markdown(from: store, calendar: calendar) {
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

    /// Checks the whole file first; writes nothing unless every record is valid.
    public static func importFile(_ bytes: [UInt8], named file: String, into store: Store) throws(ImportError) -> ImportResult {
        let plans = try plan(bytes, named: file)
        var total = MergeCount()
        do {
            for p in plans { total = total + (try p.apply(store)) }
        } catch {
            throw .store(error)
        }
        store.reload()
        return ImportResult(count: total, records: plans.reduce(0) { $0 + $1.count })
    }

    static func plan(_ bytes: [UInt8], named file: String) throws(ImportError) -> [ImportPlan] {
        guard bytes.count <= maxImportBytes else {
            throw .invalid(["\(file): too large to import (\(bytes.count >> 20) MB; the limit is \(maxImportBytes >> 20) MB)"])
        }
        if nestedBeyond(bytes, limit: maxImportDepth) {
            throw .invalid(["\(file): nested more than \(maxImportDepth) levels deep; a keel export never is, so this isn't one"])
        }
        let top: JSONValue
        do { top = try KeelJSON.decode(JSONValue.self, from: bytes) } catch {
            throw .invalid(["\(file): not valid JSON (\(KeelJSON.describe(error)))"])
        }
        guard case .object(let root) = top else { throw .invalid(["\(file): expected an object at the top, found \(top.typeName)"]) }
        guard let format = root["format"]?.number else { throw .invalid(["\(file): format: missing; is this a keel export?"]) }
        guard Int(format) <= formatVersion else {
            throw .invalid(["\(file): format \(Int(format)) comes from a newer keel; update keel to import it"])
        }
        guard let collections = root["collections"]?.object else {
            throw .invalid(["\(file): collections: missing or not an object"])
        }
        var errors: [String] = []
        var plans: [ImportPlan] = []
        for name in collections.keys.sorted() {
            guard let handler = Collections.named(name) else {
                errors.append("\(file): collections.\(name): keel doesn't know this kind of record")
                continue
            }
            guard let values = collections[name]?.array else {
                errors.append("\(file): collections.\(name): expected a list, found \(collections[name]!.typeName)")
                continue
            }
            let p = handler.prepareImport(values, path: "collections.\(name)")
            errors += p.errors.map { "\(file): \($0)" }
            plans.append(p)
        }
        if !errors.isEmpty { throw .invalid(errors) }
        return plans
    }
}
