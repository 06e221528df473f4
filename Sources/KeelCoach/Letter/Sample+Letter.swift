import KeelStore

extension SampleHistory {
    /// A letter most weeks, written on Sunday evening (or Monday), from keel's draft with a line of the person's own.
    func weeklyLetters(_ store: Store, _ rng: inout SeededRandom) -> [WeeklyLetter] {
        var out: [WeeklyLetter] = []
        var week = Week(containing: startDay).adding(weeks: 1)
        let sources = LetterSources.all().filter { $0.id != "habits" }
        while week.last < endDay {
            defer { week = week.adding(weeks: 1) }
            guard rng.chance(0.8) else { continue }
            let day = rng.chance(0.75) ? week.last : week.last.adding(days: 1)
            let at = time(day, hour: 20, minute: Int.random(in: 0...59, using: &rng))
            let ctx = Context(store: store, content: content, now: { at }, calendar: calendar)
            Practices.install(into: ctx)
            var text = LetterDraft.assemble(ctx, week: week, sources: sources)
            text = text.replacing(LetterDraft.closingPrompt + "\n", with: LetterDraft.closingPrompt + "\n" + rng.pick(MorningWords.remember))
            out.append(WeeklyLetter(id: rng.id(), created: at, week: week.first, text: text))
        }
        return out
    }
}
