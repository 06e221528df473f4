import KeelBase

/// A list the practices draw on (thinking traps, strengths, small steps to
/// widen belonging...), shipped as `Resources/catalogs/ID.json`:
///
///     {"format": 1, "id": "thinking-traps", "title": "Thinking traps",
///      "items": [{"id": "mind-reading", "label": "Mind reading",
///                 "detail": "one line", "example": "optional", "tags": ["optional"]}]}
public struct Catalog: Codable, Hashable, Sendable {
    public static let formatVersion = 1

    public struct Item: Codable, Hashable, Sendable {
        public var id: String
        public var label: String
        public var detail: String?
        public var example: String?
        public var tags: [String]?

        public init(id: String, label: String, detail: String? = nil, example: String? = nil, tags: [String]? = nil) {
            self.id = id
            self.label = label
            self.detail = detail
            self.example = example
            self.tags = tags
        }
    }

    public var format: Int
    public var id: String
    public var title: String
    public var items: [Item]

    public init(format: Int = Catalog.formatVersion, id: String, title: String, items: [Item]) {
        self.format = format
        self.id = id
        self.title = title
        self.items = items
    }

    public func item(_ id: String) -> Item? { items.first { $0.id == id } }

    /// Reads and checks a catalog; every problem names the file, the path and the reason.
    /// The catalog comes back only when there are no errors, except that
    /// the crisis words come back with their unreadable rules left out.
    public static func load(_ bytes: [UInt8], file: String, audit: Bool = false) -> (Catalog?, [ContentError]) {
        let catalog: Catalog
        switch ContentPaths.decode(Catalog.self, bytes, file: file) {
        case .success(let c): catalog = c
        case .failure(let e): return (nil, [e])
        }
        var errors: [ContentError] = []
        if catalog.format > formatVersion {
            errors.append(ContentError(file: file, path: "format", reason: "format \(catalog.format) is newer than this keel reads (\(formatVersion))"))
        }
        if catalog.id.isEmpty { errors.append(ContentError(file: file, path: "id", reason: "must not be empty")) }
        if catalog.items.isEmpty { errors.append(ContentError(file: file, path: "items", reason: "a catalog needs at least one item")) }
        var seen: Set<String> = []
        for (i, item) in catalog.items.enumerated() {
            if item.id.isEmpty {
                errors.append(ContentError(file: file, path: "items[\(i)].id", reason: "must not be empty"))
            } else if !seen.insert(item.id).inserted {
                errors.append(ContentError(file: file, path: "items[\(i)].id", reason: "\"\(item.id)\" is used twice"))
            }
            if item.label.isEmpty { errors.append(ContentError(file: file, path: "items[\(i)].label", reason: "must not be empty")) }
        }
        guard CrisisRules.isRules(catalog) else { return errors.isEmpty ? (catalog, []) : (nil, errors) }
        // The crisis words are rules as well as a list: each label must read.
        // A rule that doesn't is named and left out, and the rest still
        // work: one slip in one line must never switch the safety net off.
        let ruleErrors = CrisisRules.read(catalog, file: file, audit: audit).1
        return (errors.isEmpty ? catalog : nil, errors + ruleErrors)
    }
}

enum ContentPaths {
    /// Decodes a content file; a failure names the file, the path and the reason.
    static func decode<T: Decodable>(_ type: T.Type, _ bytes: [UInt8], file: String) -> Result<T, ContentError> {
        do { return .success(try KeelJSON.decode(type, from: bytes)) } catch {
            let (path, reason) = split(KeelJSON.describe(error))
            return .failure(ContentError(file: file, path: path, reason: reason))
        }
    }

    /// Splits KeelJSON's "path: reason" into its two halves.
    static func split(_ text: String) -> (String, String) {
        guard let r = text.firstRange(of: ": ") else { return ("", text) }
        let path = String(text[..<r.lowerBound])
        return (path == "(top level)" ? "" : path, String(text[r.upperBound...]))
    }
}
