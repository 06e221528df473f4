/// The strengths a person picked for the morning reflection: from the
/// strengths catalog or in their own words. One record, edited in place.
public struct MyStrengths: SingletonRecord {
    public static let kind = RecordKind(
        name: "strengths", title: "My strengths", one: "list of your strengths", many: "lists of your strengths", layout: .single)
    public static let singletonID = "strengths"
    public static let allowed = 1...5

    public struct Pick: Codable, Hashable, Sendable {
        /// The catalog item's id, or "own-N" for one the person wrote.
        public var id: String
        /// Kept as shown, so the list still reads well if the catalog changes.
        public var label: String
        public var detail: String?
        public init(id: String, label: String, detail: String? = nil) {
            self.id = id
            self.label = label
            self.detail = detail
        }
        public var isOwn: Bool { id.hasPrefix("own-") }
    }

    public var id: String
    public var created: Date
    public var updated: Date
    public var deleted: Date?
    public var picks: [Pick]

    public static func fresh(at time: Date) -> MyStrengths {
        MyStrengths(id: singletonID, created: time, updated: time, deleted: nil, picks: [])
    }

    public func problems() -> [String] {
        var out: [String] = []
        if picks.count > MyStrengths.allowed.upperBound { out.append("picks: at most \(MyStrengths.allowed.upperBound)") }
        var seen: Set<String> = []
        for (i, p) in picks.enumerated() {
            out += Check.nonEmpty(p.id, "picks[\(i)].id") + Check.nonEmpty(p.label, "picks[\(i)].label")
            if !seen.insert(p.id).inserted { out.append("picks[\(i)].id: \"\(p.id)\" is used twice") }
        }
        return out
    }

    public func markdown(calendar: LocalCalendar) -> String {
        picks.map { "- **\(MarkdownText.line($0.label))**" + ($0.detail.map { ": \(MarkdownText.text($0))" } ?? "") }.joined(separator: "\n")
    }
}
