import KeelContent
import KeelStore

/// The wins practice's policy: an answer given on a step with the `win`
/// role (the setback review's "a win to celebrate") is kept as a small
/// win as well, the day the practice is saved, so it reaches the weekly
/// letter without being typed twice.
enum WinsFromPractices {
    static var policy: Policy {
        Policy("wins from practices") { outcome, ctx in
            guard case .saved(let kind, let id) = outcome, kind == JournalEntry.kind.name,
                let entry = ctx.store.find(JournalEntry.self, id: id, near: ctx.now()), let flow = ctx.content.flow(entry.flow)
            else { return nil }
            let winSteps = Set(flow.steps.filter { $0.stepRole == .win }.map(\.id))
            let source = "flow:\(flow.id)", day = ctx.calendar.day(of: entry.created)
            for answer in entry.answers where winSteps.contains(answer.step) {
                guard let text = answer.text, !text.isEmpty else { continue }
                // An entry saved again (changed later) doesn't count its win twice.
                let known = ctx.records(SmallWin.self, madeOn: day...day).contains { $0.source == source && $0.text == text }
                if !known { ctx.save(SmallWin(id: ctx.newID(), created: ctx.now(), day: day, text: text, source: source)) }
            }
            return nil
        }
    }
}
