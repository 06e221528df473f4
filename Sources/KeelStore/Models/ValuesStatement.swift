/// A personal mission statement and the core values under it. Each save is
/// a new version and the old ones are kept, so a person can see how their
/// words changed; the newest one is the statement.
public struct ValuesStatement: KeelRecord {
    public static let kind = RecordKind(
        name: "values", title: "Mission and values", one: "version of your mission and values", many: "versions of your mission and values", layout: .single)
    public static let valueCount = 3...7

    public var id: String
    public var created: Date
    public var updated: Date
    public var deleted: Date?
    public var mission: String
    /// One line each.
    public var values: [String]

    public init(id: String, created: Date, mission: String, values: [String]) {
        self.id = id
        self.created = created
        self.updated = created
        self.mission = mission
        self.values = values
    }

    public func problems() -> [String] {
        var out = Check.nonEmpty(mission, "mission")
        let range = ValuesStatement.valueCount
        if !range.contains(values.count) { out.append("values: \(values.count) given; keep \(range.lowerBound) to \(range.upperBound)") }
        for (i, v) in values.enumerated() {
            out += Check.nonEmpty(v, "values[\(i)]")
            if v.contains("\n") { out.append("values[\(i)]: one line each") }
        }
        return out
    }

    public func markdown(calendar: LocalCalendar) -> String {
        var out = "### Written \(calendar.day(of: created))\n\n\(MarkdownText.text(mission))\n\n"
        out += values.map { "- \(MarkdownText.text($0))" }.joined(separator: "\n")
        return out + "\n"
    }
}

extension Store {
    /// Every version of the statement, oldest first; the last is the current one.
    public func valuesVersions() -> [ValuesStatement] {
        all(ValuesStatement.self).sorted { ($0.created, $0.id) < ($1.created, $1.id) }
    }
}
