import KeelContent
import KeelStore

/// A plan and how it went live in two entries: the plan in the one where it
/// was made, the answer in the next one of that practice, whose first step
/// looks back at it (a step's `recall`). Reading either entry, each side is
/// found in the other, so a plan is always shown with its own day and answer.
enum EntryPlans {
    /// The day the plan a recall answer looks back on was made.
    static func madeOn(_ answer: Answer, in entry: JournalEntry, _ ctx: Context) -> CivilDate? {
        guard let text = answer.recalledText, let target = ctx.content.flow(entry.flow)?.step(answer.step)?.recall else { return nil }
        let day = ctx.calendar.day(of: entry.created)
        return ctx.records(JournalEntry.self, madeOn: day.adding(days: -FlowRecall.window)...day.adding(days: -1))
            .filter { $0.flow == entry.flow && $0.created < entry.created && $0.answers.contains { $0.step == target && $0.text == text } }
            .max { $0.created < $1.created }
            .map { ctx.calendar.day(of: $0.created) }
    }

    /// How a plan made in this entry went, said in the next entry that looked back on it.
    static func lookedBack(_ answer: Answer, in entry: JournalEntry, _ ctx: Context) -> (day: CivilDate, words: String)? {
        guard let text = answer.text, !text.isEmpty, let flow = ctx.content.flow(entry.flow) else { return nil }
        let recalls = Set(flow.steps.filter { $0.recall == answer.step }.map(\.id))
        guard !recalls.isEmpty else { return nil }
        let day = ctx.calendar.day(of: entry.created)
        let later = ctx.records(JournalEntry.self, madeOn: day.adding(days: 1)...day.adding(days: FlowRecall.window))
            .filter { $0.flow == entry.flow }
            .sorted { $0.created < $1.created }
        for e in later {
            if let a = e.answers.first(where: { recalls.contains($0.step) && $0.recalledText == text && $0.hasContent }) {
                return (ctx.calendar.day(of: e.created), a.words)
            }
        }
        return nil
    }
}
