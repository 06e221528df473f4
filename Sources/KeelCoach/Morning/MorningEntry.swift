import KeelContent
import KeelStore

/// A morning reflection read back from its journal entry, by the roles the
/// morning flow gives its steps (see Resources/flows/morning.json).
public struct MorningEntry: Equatable {
    public static let flowID = "morning"

    public var day: CivilDate
    public var strength: String?
    public var evidence: String?
    public var plan: String?
    public var gratitudes: [String] = []
    /// How the last plan went: "yes", "partly" or "no".
    public var planKept: String?

    /// What each step of the morning flow is for: its role, or "recall" for
    /// the step that looks back at the last plan. Without the flow (no
    /// content found), the shipped flow's step ids.
    static func parts(_ flow: Flow?) -> [String: String] {
        guard let flow else {
            return [
                "yesterday": "recall", "strength": "strength", "evidence": "evidence", "plan": "next-step",
                "grateful-1": "gratitude", "grateful-2": "gratitude", "grateful-3": "gratitude",
            ]
        }
        var out: [String: String] = [:]
        for step in flow.steps {
            if step.recall != nil { out[step.id] = "recall" } else if let role = step.role { out[step.id] = role }
        }
        return out
    }

    /// The reflection in a morning journal entry, or nil for any other entry.
    public init?(_ entry: JournalEntry, flow: Flow?, calendar: LocalCalendar) {
        guard entry.flow == MorningEntry.flowID else { return nil }
        day = calendar.day(of: entry.created)
        let parts = MorningEntry.parts(flow)
        for a in entry.answers where a.hasContent {
            switch parts[a.step] {
            case "strength": strength = a.labels?.first ?? a.choice
            case "evidence": evidence = a.text
            case "next-step": plan = a.text
            case "recall": planKept = a.choice
            case "gratitude": if let t = a.text { gratitudes.append(t) }
            default: break
            }
        }
    }

    /// The week's morning reflections, oldest first.
    static func all(_ entries: [JournalEntry], _ ctx: Context) -> [MorningEntry] {
        let flow = ctx.content.flow(flowID)
        return entries.compactMap { MorningEntry($0, flow: flow, calendar: ctx.calendar) }
    }
}
