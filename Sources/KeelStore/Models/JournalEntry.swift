/// A guided practice, finished: every answer, and what the journal's
/// patterns need pulled out of them (the sting before and after, the
/// thinking traps, the circle it happened in).
public struct JournalEntry: KeelRecord {
    public static let kind = RecordKind(name: "journal", title: "Journal", one: "journal entry", many: "journal entries", layout: .monthly)

    public var id: String
    public var created: Date
    public var updated: Date
    public var deleted: Date?
    /// The flow it came from, e.g. "reframe".
    public var flow: String
    /// The flow's title when it was written.
    public var title: String
    public var answers: [Answer]
    public var stingBefore: Int?
    public var stingAfter: Int?
    /// Thinking-trap ids, from the thinking-traps catalog.
    public var traps: [String]?
    /// The circle where it happened, from the circle map.
    public var circleID: String?
    /// Who could give a grounded view.
    public var personID: String?

    public init(
        id: String, created: Date, flow: String, title: String, answers: [Answer],
        stingBefore: Int? = nil, stingAfter: Int? = nil, traps: [String]? = nil,
        circleID: String? = nil, personID: String? = nil
    ) {
        self.id = id
        self.created = created
        self.updated = created
        self.flow = flow
        self.title = title
        self.answers = answers
        self.stingBefore = stingBefore
        self.stingAfter = stingAfter
        self.traps = traps
        self.circleID = circleID
        self.personID = personID
    }

    /// How much the practice eased the sting, when both ratings were given.
    public var eased: Int? {
        guard let b = stingBefore, let a = stingAfter else { return nil }
        return b - a
    }

    public func problems() -> [String] {
        var out = Check.nonEmpty(flow, "flow") + Check.rating(stingBefore, "stingBefore") + Check.rating(stingAfter, "stingAfter")
        for (i, a) in answers.enumerated() {
            out += Check.nonEmpty(a.step, "answers[\(i)].step") + Check.rating(a.rating, "answers[\(i)].rating")
        }
        return out
    }

    public func markdown(calendar: LocalCalendar) -> String {
        var out = "#### \(MarkdownText.line(title)), \(calendar.day(of: created).short) \(calendar.clock(of: created))\n"
        for a in answers where a.hasContent {
            out += "\n**\(MarkdownText.line(a.prompt))**  \n\(MarkdownText.text(a.words))\n"
        }
        return out
    }
}
