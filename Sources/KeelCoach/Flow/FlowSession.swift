import KeelContent
import KeelStore

/// Where a person is in a flow and what they have answered: all a draft
/// needs to pick up again.
struct FlowSession: Codable, Equatable {
    var flow: String
    var current: String
    /// Steps visited before the current one, oldest first (Esc walks back along them).
    var history: [String]
    var answers: [String: Answer]
    var started: Date

    var path: [String] { history + [current] }

    static func draftID(_ flowID: String) -> String { "flow:\(flowID)" }

    var state: JSONValue {
        (try? KeelJSON.decode(JSONValue.self, from: KeelJSON.encode(self, pretty: false))) ?? .null
    }

    /// A session from a draft, if it still fits the flow as it is now.
    init?(draft: Draft, flow: Flow) {
        guard let bytes = try? KeelJSON.encode(draft.state, pretty: false),
            let s = try? KeelJSON.decode(FlowSession.self, from: bytes),
            s.flow == flow.id, flow.index(of: s.current) != nil,
            s.history.allSatisfy({ flow.index(of: $0) != nil })
        else { return nil }
        self = s
    }

    init(flow: String, current: String, started: Date) {
        self.flow = flow
        self.current = current
        self.history = []
        self.answers = [:]
        self.started = started
    }

    var hasContent: Bool { answers.values.contains { $0.hasContent } }

    /// Words typed so far, across every answer.
    var wordCount: Int {
        answers.values.reduce(0) { n, a in n + (a.text ?? "").split { $0 == " " || $0 == "\n" }.count }
    }

    /// The finished practice as a journal entry: answers along the path
    /// taken, and what the steps' roles pull out for the patterns.
    func entry(flow: Flow, id: String, at time: Date) -> JournalEntry {
        var kept: [Answer] = []
        var entry = JournalEntry(id: id, created: time, flow: flow.id, title: flow.title, answers: [])
        for stepID in path {
            guard let step = flow.step(stepID), let answer = answers[stepID] else { continue }
            if step.stepKind != .say, step.stepKind != .summary { kept.append(answer) }
            guard answer.hasContent else { continue }
            switch step.stepRole {
            case .stingBefore: entry.stingBefore = answer.rating
            case .stingAfter: entry.stingAfter = answer.rating
            case .traps: entry.traps = answer.choices
            case .circle: entry.circleID = answer.choice == FlowOptions.elsewhere ? nil : answer.choice
            case .person: entry.personID = answer.personID
            case .nextStep, .strength, .evidence, .gratitude, .win: break
            case nil: break
            }
        }
        entry.answers = kept
        return entry
    }
}
