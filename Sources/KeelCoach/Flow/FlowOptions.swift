import KeelContent
import KeelStore

/// The choices a step offers: its own options, a catalog's items, the
/// person's circles or the people on their circle map.
enum FlowOptions {
    /// "Somewhere else, or not sure", after the circles.
    static let elsewhere = "elsewhere"
    /// "Someone else", after the people: a name is typed instead.
    static let typeAName = "someone-else"

    struct Choice: Equatable {
        var id: String
        var label: String
        var detail: String = ""
        var example: String?
        /// A short word at the right: "another circle".
        var badge: String = ""
    }

    static func choices(for step: FlowStep, ctx: Context, answers: [String: Answer]) -> [Choice] {
        switch step.stepKind {
        case .choose where step.optionsFrom == "circles":
            let circles = ctx.store.all(BelongingCircle.self).sorted { $0.name.lowercased() < $1.name.lowercased() }
            return circles.map { Choice(id: $0.id, label: $0.name, detail: $0.kind.label) }
                + [Choice(id: elsewhere, label: "Somewhere else, or not sure")]
        case .choose where step.optionsFrom == "strengths":
            let picks = TodayStrength.inTurn(ctx.store.singleton(MyStrengths.self).picks, on: ctx.today)
            return picks.enumerated().map { i, p in Choice(id: p.id, label: p.label, detail: p.detail ?? "", badge: i == 0 ? "today" : "") }
        case .checklist where step.catalog != nil:
            let items = ctx.content.catalog(step.catalog!)?.items ?? []
            return items.map { Choice(id: $0.id, label: $0.label, detail: $0.detail ?? "", example: $0.example) }
        case .person:
            return people(for: step, ctx: ctx, answers: answers) + [Choice(id: typeAName, label: "Someone else (type a name)")]
        default:
            return (step.options ?? []).map { Choice(id: $0.id, label: $0.label, detail: $0.detail ?? "") }
        }
    }

    /// The circle the sting came from, when an earlier step says so.
    static func stingCircle(for step: FlowStep, ctx: Context, answers: [String: Answer]) -> BelongingCircle? {
        guard let from = step.circleFrom, let id = answers[from]?.choice, id != elsewhere else { return nil }
        return ctx.store.all(BelongingCircle.self).first { $0.id == id }
    }

    /// People from the circle map; with a sting circle known, those from
    /// other circles come first, closest first.
    static func people(for step: FlowStep, ctx: Context, answers: [String: Answer]) -> [Choice] {
        let circles = Dictionary(ctx.store.all(BelongingCircle.self).map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        let sting = stingCircle(for: step, ctx: ctx, answers: answers)
        let ring: [Person.Ring: Int] = [.inner: 0, .middle: 1, .outer: 2]
        func outside(_ p: Person) -> Bool { sting.map { !p.circleIDs.contains($0.id) } ?? false }
        let sorted = ctx.store.all(Person.self).sorted {
            (outside($0) ? 0 : 1, ring[$0.ring] ?? 3, $0.name.lowercased()) < (outside($1) ? 0 : 1, ring[$1.ring] ?? 3, $1.name.lowercased())
        }
        return sorted.map { p in
            Choice(
                id: p.id, label: p.name, detail: p.circleIDs.compactMap { circles[$0] }.joined(separator: ", "),
                badge: outside(p) ? "another circle" : "")
        }
    }

    /// Steps with nothing to offer yet are passed over: a choice of circles
    /// or strengths with none yet, a recall with nothing to recall.
    static func unavailableSteps(in flow: Flow, ctx: Context, recalled: [String: FlowRecall.Found] = [:]) -> Set<String> {
        let noCircles = ctx.store.all(BelongingCircle.self).isEmpty
        let noStrengths = flow.steps.contains { $0.optionsFrom == "strengths" } && ctx.store.singleton(MyStrengths.self).picks.isEmpty
        return Set(
            flow.steps.filter {
                ($0.optionsFrom == "circles" && noCircles) || ($0.optionsFrom == "strengths" && noStrengths) || ($0.recall != nil && recalled[$0.id] == nil)
            }.map(\.id))
    }
}
