import KeelContent
import KeelStore

/// The week's records said in a few warm sentences, one function per part of
/// the letter (see LetterSources). What other practices keep (mornings,
/// habits) comes as plain facts through `Context.weekFacts`.
enum WeekInWords {
    static func days(_ week: Week, _ ctx: Context) -> ClosedRange<CivilDate> { week.first...min(week.last, max(week.first, ctx.today)) }

    static func journal(_ ctx: Context, _ week: Week) -> [JournalEntry] {
        ctx.records(JournalEntry.self, madeOn: week.first...week.last).sorted { $0.created < $1.created }
    }

    static func list(_ items: [String]) -> String { items.map { "- " + $0 }.joined(separator: "\n") }

    static func weekday(_ day: CivilDate) -> String { String(day.weekdayName.prefix(3)) }

    /// "Mon", "Mon and Thu", "Mon, Wed and Fri": each day once, in order.
    static func weekdays(_ days: [CivilDate]) -> String { joined(Array(Set(days)).sorted().map(weekday)) }

    static func wins(_ ctx: Context, _ week: Week) -> [String] {
        let wins = ctx.records(SmallWin.self, madeOn: week.first...week.last).filter { week.contains($0.day) }
            .sorted { ($0.day, $0.created) < ($1.day, $1.created) }
        guard !wins.isEmpty else { return [] }
        // The same win on several days is one line with its days.
        let lines = sameWords(wins.map { ($0.text, $0.day) }).map { text, days in "\(bare(text)) (\(weekdays(days)))" }
        let lead = lines.count == 1 ? "You did this, whatever came of it:" : "You did these \(lines.count) things, whatever came of them:"
        return [lead + "\n" + list(lines)]
    }

    /// Morning reflections: strengths leaned on, when they were used, plans kept.
    static func strengths(_ ctx: Context, _ week: Week) -> [String] {
        let mornings = ctx.weekFacts(week).mornings
        guard !mornings.isEmpty else { return [] }
        var out: [String] = []
        let used = mornings.compactMap { m in m.strength.map { s in (s + (m.evidence.map { ": \($0)" } ?? ""), m.day) } }
        if !used.isEmpty {
            // A strength named again with the same words is one line with its days.
            let lines = sameWords(used).map { text, days in
                let colon = text.firstIndex(of: ":")
                let name = colon.map { String(text[..<$0]) } ?? text
                return "\(name) on \(weekdays(days))" + (colon.map { String(text[$0...]) } ?? "")
            }
            out.append("You leaned on your strengths:\n" + list(lines))
        }
        let reviewed = mornings.filter { $0.planKept != nil }
        if !reviewed.isEmpty {
            out.append(PlansLookedBack(reviewed.map(\.planKept)).sentence)
        }
        return out
    }

    static func gratitude(_ ctx: Context, _ week: Week) -> [String] {
        let thanks = ctx.weekFacts(week).mornings.flatMap(\.gratitudes)
        guard !thanks.isEmpty else { return [] }
        return ["You were grateful for:\n" + list(counted(thanks))]
    }

    /// Reframes and the other guided practices (not the morning reflection).
    static func practices(_ ctx: Context, _ week: Week) -> [String] {
        let owned = ctx.weekFacts(week).ownFlows
        let entries = journal(ctx, week).filter { !owned.contains($0.flow) }
        guard !entries.isEmpty else { return [] }
        var out: [String] = []
        let reframes = entries.filter { $0.flow == "reframe" }
        if !reframes.isEmpty {
            var sentence =
                reframes.count == 1
                ? "When something stung, you stopped and took a second look at it."
                : "\(reframes.count == 2 ? "Twice" : "\(reframes.count) times") something stung, and each time you stopped and took a second look."
            let eased = reframes.compactMap(\.eased)
            if !eased.isEmpty {
                let total = eased.reduce(0, +)
                // Said as relief, not as a score.
                if total > 0 {
                    let points = oneDecimal(Double(total) / Double(eased.count))
                    sentence +=
                        eased.count == 1 ? " Looking again eased the sting by \(points)." : " Looking again eased the sting by about \(points) each time."
                }
            }
            let nextStep = Set(ctx.content.flow("reframe")?.steps.filter { $0.stepRole == .nextStep }.map(\.id) ?? [])
            let steps = reframes.compactMap { $0.answers.first { nextStep.contains($0.step) && $0.hasContent }?.words }
            if let step = steps.last { sentence += " Your next step was: \(endingSentence(step))" }
            out.append(sentence)
        }
        let others = Dictionary(grouping: entries.filter { $0.flow != "reframe" }, by: \.title)
        if !others.isEmpty {
            let named = others.keys.sorted().map { title in
                let n = others[title]!.count
                return n == 1 ? title : "\(title) (\(KeelBase.counted(times: n)))"
            }
            out.append("Other practices you made time for: " + joined(named) + ".")
        }
        return out
    }

    static func habits(_ ctx: Context, _ week: Week) -> [String] {
        let lines: [String] = ctx.weekFacts(week).habits.compactMap { tally in
            guard tally.done > 0 else { return nil }
            var line = "\(tally.name): \(KeelBase.counted(tally.done, "day"))"
            if tally.rest > 0 { line += ", and \(KeelBase.counted(tally.rest, "rest day")) taken kindly" }
            return line
        }
        guard !lines.isEmpty else { return [] }
        return ["Your small rituals:\n" + list(lines)]
    }

    /// A line without its closing full stop, for a note in brackets after it: "Called Mum (Mon)".
    static func bare(_ item: String) -> String {
        item.hasSuffix(".") && !item.hasSuffix("..") ? String(item.dropLast()) : item
    }

    /// Words compared as a reader would: case and a closing full stop don't make them different.
    static func key(_ item: String) -> String {
        String(item.lowercased().reversed().drop { $0 == "." || $0 == " " }.reversed())
    }

    /// The same words said again are listed once, with how often: "Coffee (3 times)".
    static func counted(_ items: [String]) -> [String] {
        sameWords(items.map { ($0, 0) }).map { text, times in
            times.count == 1 ? text : "\(bare(text)) (\(KeelBase.counted(times: times.count)))"
        }
    }

    /// The same words said on several days, once each in first-said order,
    /// with every day (or time) they were said, in order.
    static func sameWords<T: Equatable>(_ items: [(String, T)]) -> [(text: String, when: [T])] {
        var order: [String] = []
        var seen: [String: (text: String, when: [T])] = [:]
        for (item, when) in items {
            let k = key(item)
            if seen[k] == nil { order.append(k); seen[k] = (item, []) }
            seen[k]!.when.append(when)
        }
        return order.map { seen[$0]! }
    }

    /// "a, b and c"
    static func joined(_ items: [String]) -> String { ListWords.and(items) }
}
