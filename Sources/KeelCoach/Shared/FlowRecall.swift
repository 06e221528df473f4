import KeelContent
import KeelStore

/// What a flow step can bring back from the last time the flow was done:
/// "yesterday you planned..." (a step's `recall`).
enum FlowRecall {
    struct Found: Equatable {
        var day: CivilDate
        var text: String
    }

    /// How far back a recalled answer may come from.
    static let window = 7

    /// For each recall step, the answer to the step it names from the latest
    /// earlier-day entry of this flow, within the window.
    static func find(_ flow: Flow, _ ctx: Context) -> [String: Found] {
        let steps = flow.steps.filter { $0.recall != nil }
        guard !steps.isEmpty else { return [:] }
        let today = ctx.today
        let previous = ctx.records(JournalEntry.self, madeOn: today.adding(days: -window)...today.adding(days: -1))
            .filter { $0.flow == flow.id }
            .max { $0.created < $1.created }
        guard let previous else { return [:] }
        var out: [String: Found] = [:]
        for step in steps {
            guard let recall = step.recall, let answer = previous.answers.first(where: { $0.step == recall }),
                let text = answer.text, !text.isEmpty,
                // Not brought back as a plan to build on when it spoke of self-harm.
                !ctx.mentionsCrisis(text)
            else { continue }
            out[step.id] = Found(day: ctx.calendar.day(of: previous.created), text: text)
        }
        return out
    }

    /// "Yesterday you planned:" or "On Tue 24 Nov you planned:".
    static func lead(_ found: Found, today: CivilDate) -> String {
        found.day == today.adding(days: -1) ? "Yesterday you planned:" : "On \(found.day.short) you planned:"
    }
}

extension Answer {
    /// The earlier words a recall step showed, kept with the choice made
    /// about them ("Did it happen?"): a choose step holds text only then.
    var recalledText: String? { kind == "choose" ? text.flatMap { $0.isEmpty ? nil : $0 } : nil }
}

/// Prompts that take turns (a step's `promptFrom`): each step naming a
/// catalog gets a different item, and the items move on by one set each day.
enum FlowPrompts {
    static func resolve(_ flow: Flow, on day: CivilDate, content: ContentLibrary) -> Flow {
        var flow = flow
        var seen: [String: Int] = [:]
        let counts = Dictionary(flow.steps.compactMap(\.promptFrom).map { ($0, 1) }, uniquingKeysWith: +)
        for i in flow.steps.indices {
            guard let id = flow.steps[i].promptFrom, let items = content.catalog(id)?.items, !items.isEmpty else { continue }
            let k = seen[id, default: 0]
            seen[id] = k + 1
            let n = counts[id] ?? 1
            let index = ((day.daysSinceEpoch * n + k) % items.count + items.count) % items.count
            flow.steps[i].prompt = items[index].label
        }
        return flow
    }
}
