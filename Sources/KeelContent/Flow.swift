import KeelBase

/// A guided practice as data, shipped as `Resources/flows/ID.json` or written
/// by the person in `~/.config/keel/flows/`. The engine knows step kinds,
/// never particular flows; `Resources/FORMAT.md` is the reference.
public struct Flow: Codable, Hashable, Sendable {
    public static let formatVersion = 1

    public var format: Int
    public var id: String
    public var title: String
    /// One line for lists: what the practice is for.
    public var summary: String
    /// Where it sits in lists (lower first); flows without one come last.
    public var order: Int?
    /// Meant once a day (the morning reflection): a second on the same day
    /// is welcome, and keel says one is already done.
    public var daily: Bool?
    public var steps: [FlowStep]

    public init(format: Int = formatVersion, id: String, title: String, summary: String, order: Int? = nil, steps: [FlowStep]) {
        self.format = format
        self.id = id
        self.title = title
        self.summary = summary
        self.order = order
        self.steps = steps
    }

    public func index(of stepID: String) -> Int? { steps.firstIndex { $0.id == stepID } }
    public func step(_ id: String) -> FlowStep? { steps.first { $0.id == id } }
}

public struct FlowStep: Codable, Hashable, Sendable {
    public enum Kind: String, CaseIterable, Sendable {
        case say, breathe, rate, text, choose, checklist, person, summary
    }

    /// What the journal learns from a step's answer.
    public enum Role: String, CaseIterable, Sendable {
        case stingBefore = "sting-before", stingAfter = "sting-after", traps, circle, person, nextStep = "next-step"
        /// The morning reflection's parts: the strength leaned on, when it was used lately, a thing to be grateful for.
        case strength, evidence, gratitude
        /// Something the person did well, kept as a small win too (so the weekly letter has it).
        case win

        /// The step kind each role belongs to.
        public var kind: Kind {
            switch self {
            case .stingBefore, .stingAfter: return .rate
            case .traps: return .checklist
            case .circle: return .choose
            case .person: return .person
            case .nextStep, .evidence, .gratitude, .win: return .text
            case .strength: return .choose
            }
        }
    }

    public struct Option: Codable, Hashable, Sendable {
        public var id: String
        public var label: String
        public var detail: String?
        /// Go to this step when this option is picked (choose only).
        public var next: String?

        public init(id: String, label: String, detail: String? = nil, next: String? = nil) {
            self.id = id
            self.label = label
            self.detail = detail
            self.next = next
        }
    }

    /// Shows a step only when an earlier answer fits. Exactly one test is set.
    public struct Condition: Codable, Hashable, Sendable {
        public var step: String
        /// The option picked (choose) or the text typed is exactly this.
        public var equals: String?
        /// The option picked is one of these.
        public var oneOf: [String]?
        /// This item was ticked (checklist).
        public var includes: String?
        /// The rating is at least / at most this.
        public var atLeast: Int?
        public var atMost: Int?
        /// The step was answered (true) or left empty or skipped (false).
        public var answered: Bool?

        public init(
            step: String, equals: String? = nil, oneOf: [String]? = nil, includes: String? = nil,
            atLeast: Int? = nil, atMost: Int? = nil, answered: Bool? = nil
        ) {
            self.step = step
            self.equals = equals
            self.oneOf = oneOf
            self.includes = includes
            self.atLeast = atLeast
            self.atMost = atMost
            self.answered = answered
        }

        var testCount: Int {
            [equals != nil, oneOf != nil, includes != nil, atLeast != nil, atMost != nil, answered != nil].filter { $0 }.count
        }

        public func holds(for answer: Answer?) -> Bool {
            let given = answer.map { $0.hasContent } ?? false
            if let answered { return answered == given }
            guard let answer, given else { return false }
            if let equals { return answer.choice == equals || answer.text == equals }
            if let oneOf { return answer.choice.map(oneOf.contains) ?? false }
            if let includes { return (answer.choices ?? []).contains(includes) }
            if let atLeast { return (answer.rating ?? Int.min) >= atLeast }
            if let atMost { return (answer.rating ?? Int.max) <= atMost }
            return false
        }
    }

    public var id: String
    /// say, breathe, rate, text, choose, checklist, person or summary (checked on load).
    public var kind: String
    /// A short name for the progress line.
    public var title: String?
    /// Words shown above the question (the whole of a say step).
    public var text: String?
    public var prompt: String?
    /// A catalog whose items take turns as this step's prompt, a different
    /// one each day (text steps), so a daily practice doesn't go stale.
    public var promptFrom: String?
    /// The id of a text step whose answer from the last time this flow was
    /// done (on an earlier day, within a week) is shown here: "yesterday you
    /// planned...". The step is passed over when there is none (choose steps).
    public var recall: String?
    /// A nudge shown in an empty text field.
    public var hint: String?
    /// True when the step can't be passed with nothing given.
    public var required: Bool?
    /// Words at the two ends of a rating.
    public var low: String?
    public var high: String?
    /// A breathing pattern name and length (breathe).
    public var pattern: String?
    public var minutes: Double?
    public var options: [Option]?
    /// "circles": the options are the person's circles from the circle map.
    public var optionsFrom: String?
    /// A catalog id whose items are ticked (checklist).
    public var catalog: String?
    /// A choose step whose answer names the circle it happened in (person).
    public var circleFrom: String?
    public var role: String?
    public var showIf: Condition?
    /// The step to go to after this one (forward only).
    public var next: String?

    public init(id: String, kind: Kind, title: String? = nil, text: String? = nil, prompt: String? = nil) {
        self.id = id
        self.kind = kind.rawValue
        self.title = title
        self.text = text
        self.prompt = prompt
    }

    public var stepKind: Kind { Kind(rawValue: kind) ?? .say }
    public var stepRole: Role? { role.flatMap(Role.init(rawValue:)) }
    public var isRequired: Bool { required ?? false }

    /// What the progress line calls the step.
    public var displayTitle: String {
        if let title, !title.isEmpty { return title }
        switch stepKind {
        case .say: return "A moment"
        case .breathe: return "Breathe"
        case .rate: return "Rate it"
        case .text, .choose, .checklist: return "Your answer"
        case .person: return "Someone to ask"
        case .summary: return "Looking back"
        }
    }

    /// Breathing patterns a breathe step may name (kept equal to the pacer's built-in ones by a test).
    public static let breathPatterns = ["sigh", "box", "4-7-8", "resonance"]
    /// Where a choose step's options can come from: the circle map, or the person's strengths.
    public static let optionSources = ["circles", "strengths"]
}
