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

    public init(
        step: String, kind: String, prompt: String, text: String? = nil, rating: Int? = nil,
        choice: String? = nil, choices: [String]? = nil, labels: [String]? = nil,
        personID: String? = nil, skipped: Bool? = nil
    ) {
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
