/// "How are you?": a rating, what is going on, and where keel led next.
public struct CheckIn: KeelRecord {
    public static let kind = RecordKind(name: "check-ins", title: "Check-ins", one: "check-in", many: "check-ins", layout: .monthly)

    public var id: String
    public var created: Date
    public var updated: Date
    public var deleted: Date?
    /// 0 (really struggling) to 10 (really well).
    public var mood: Int
    /// What is going on, an id from the check-in-topics catalog.
    public var topic: String?
    /// What it opened: "flow:reframe", "breathe", "crisis"...
    public var opened: String?

    public init(id: String, created: Date, mood: Int, topic: String? = nil, opened: String? = nil) {
        self.id = id
        self.created = created
        self.updated = created
        self.mood = mood
        self.topic = topic
        self.opened = opened
    }

    public func problems() -> [String] { Check.rating(mood, "mood") }

    public func markdown(calendar: LocalCalendar) -> String {
        var line = "- \(calendar.day(of: created)) \(calendar.clock(of: created)): feeling \(mood) of 10"
        if let topic { line += ", \(MarkdownText.text(topic))" }
        if let opened { line += " → \(MarkdownText.text(opened))" }
        return line
    }
}
