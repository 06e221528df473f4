#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// One answer in a guided practice, kept with the question as it was asked,
/// so an entry reads whole even after the practice's wording changes.
public struct Answer: Codable, Hashable, Sendable {
    /// The step's id in its flow.
    public var step: String
    /// The step kind: say, breathe, rate, text, choose, checklist, person, summary.
    public var kind: String
    public var prompt: String
    public var text: String?
    public var rating: Int?
    /// The id of the option picked (choose).
    public var choice: String?
    /// The ids ticked (checklist).
    public var choices: [String]?
    /// What the picked or ticked options said, for reading later.
    public var labels: [String]?
    /// The person picked from the circle map, when one was.
    public var personID: String?
    /// The step was passed over on purpose (a breath skipped, nothing ticked).
    public var skipped: Bool?

    public init(step: String, kind: String, prompt: String, text: String? = nil, rating: Int? = nil,
                choice: String? = nil, choices: [String]? = nil, labels: [String]? = nil,
                personID: String? = nil, skipped: Bool? = nil) {
        self.step = step
        self.kind = kind
        self.prompt = prompt
        self.text = text
        self.rating = rating
        self.choice = choice
        self.choices = choices
        self.labels = labels
        self.personID = personID
        self.skipped = skipped
    }

    /// True when the answer holds something a person said.
    public var hasContent: Bool {
        if skipped == true { return false }
        return !(text ?? "").isEmpty || rating != nil || choice != nil || !(choices ?? []).isEmpty
    }

    /// The answer in words: the text, the number, or what was picked.
    public var words: String {
        if skipped == true { return "skipped" }
        if let labels, !labels.isEmpty { return labels.joined(separator: ", ") }
        if let rating { return "\(rating) of 10" }
        if let text, !text.isEmpty { return text }
        if let choice { return choice }
        return ""
    }
}

/// A guided practice, finished: every answer, and what the journal's
/// patterns need pulled out of them (the sting before and after, the
/// thinking traps, the circle it happened in).
public struct JournalEntry: KeelRecord {
    public static let kind = RecordKind(name: "journal", title: "Journal", layout: .monthly)

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

    public init(id: String, created: Date, flow: String, title: String, answers: [Answer],
                stingBefore: Int? = nil, stingAfter: Int? = nil, traps: [String]? = nil,
                circleID: String? = nil, personID: String? = nil) {
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
