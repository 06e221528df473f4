import KeelStore

extension MorningEntry {
    /// The morning's part of a week's facts: its reflections, for the weekly
    /// letter, whose guided practices' paragraph then leaves them out.
    static func weekFacts(_ ctx: Context, _ week: Week, _ facts: inout WeekFacts) {
        let entries = ctx.records(JournalEntry.self, madeOn: week.first...week.last).sorted { $0.created < $1.created }
        facts.mornings += all(entries, ctx).map {
            WeekFacts.Morning(day: $0.day, strength: $0.strength, evidence: $0.evidence, planKept: $0.planKept, gratitudes: $0.gratitudes)
        }
        facts.ownFlows.insert(flowID)
    }
}
