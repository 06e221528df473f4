import KeelContent
import KeelStore
import KeelTerminal

/// The reading pages as plain text with headings a reader can jump
/// between. Charts become sentences: a picture of bars says nothing aloud.
enum PlainPages {
    /// The journal: newest entries first, numbered; a number reads one
    /// whole, `p` the patterns, other words search.
    static func journal(_ screen: JournalScreen, _ talk: Conversation) {
        var screen = screen
        talk.heading("Journal")
        guard !screen.entries.isEmpty else {
            talk.say("Nothing here yet. Finish a reframe or another guided practice and it will be kept here, by date.")
            return
        }
        var shown = 20
        var listed = false
        while true {
            let rows = Array(screen.shown.prefix(shown))
            // Listed once, and again only when it changes: a reader isn't made to hear it after every entry.
            if !listed { list(rows, screen, talk) }
            listed = true
            let more = screen.shown.count > rows.count ? ", more for older ones" : ""
            let prompt = "Type a number to read an entry, words to search, p for the patterns\(more), or Enter to leave."
            let typed = ["list says the entries again; all shows every entry after a search."]
            guard case .answer(let line) = talk.ask(prompt, typed: typed, canGoBack: false) else { return }
            let word = TextEditor(line).trimmed
            if word.isEmpty { return }
            if let n = Int(word), rows.indices.contains(n - 1) {
                if let entry = rows[n - 1].entry {
                    PlainPage.print(EntryScreen(entry: entry, ctx: talk.ctx).lines, talk)
                } else if let win = rows[n - 1].win {
                    talk.say("A small win from \(win.day.short): \(win.text)")
                }
                talk.io.write("")
            } else if word.lowercased() == "p" {
                patterns(PatternsScreen(talk.ctx), talk)
                talk.io.write("")
            } else if word.lowercased() == "more" {
                shown += 20
                listed = false
            } else if word.lowercased() == "list" {
                listed = false
            } else {
                screen.search.set(word.lowercased() == "all" ? "" : word)
                screen.filter()
                shown = 20
                listed = false
            }
        }
    }

    static func list(_ rows: [JournalScreen.Row], _ screen: JournalScreen, _ talk: Conversation) {
        let total = screen.entries.count == 1 ? "1 entry" : "\(screen.entries.count) entries"
        guard !screen.shown.isEmpty else { return talk.say("Nothing matches. Type all to see every entry again.") }
        talk.say(screen.shown.count == screen.entries.count ? "\(total), newest first:" : "\(screen.shown.count) of \(total) match:")
        for (i, row) in rows.enumerated() {
            let detail = row.item.detail
            let sting =
                row.item.badge.isEmpty
                ? "" : (detail.last.map { ".?!".contains($0) } == true ? " " : ". ") + "Sting \(row.item.badge.replacing("→", with: " to "))."
            talk.say("  \(i + 1). \(row.item.label): \(detail)\(sting)")
        }
    }

    /// The patterns page, its charts said in words.
    static func patterns(_ screen: PatternsScreen, _ talk: Conversation) {
        let p = screen.patterns
        talk.heading("Thinking traps, \(p.months.first!.shortName) to \(p.months.last!.shortName)")
        if p.traps.isEmpty { talk.say("None ticked in these months yet. A reframe asks about them.") }
        for t in p.traps { talk.say("\(t.label): \(times(t.total)); \(p.trend(t)).") }
        talk.heading("The sting, before and after")
        if p.stings.isEmpty { talk.say("No practice with a sting rated before and after in these months yet.") }
        for s in p.stings { talk.say("\(s.month.name): \(oneDecimal(s.before)) before, \(oneDecimal(s.after)) after, on average.") }
        if !p.eased.isEmpty {
            let average = Double(p.eased.reduce(0, +)) / Double(p.eased.count)
            let helped = p.eased.filter { $0 > 0 }.count
            talk.say(
                p.eased.count == 1
                    ? "After your one practice, the sting eased by \(p.eased[0])."
                    : "Across \(p.eased.count) practices the sting eased by \(oneDecimal(average)) on average; \(helped) brought it down.")
        }
        talk.heading("Where the stings came from")
        if p.circles.isEmpty { talk.say("No circle named yet. With circles on your map, a reframe asks where it happened.") }
        for c in p.circles { talk.say("\(c.name): \(times(c.count)).") }
    }

    static func times(_ n: Int) -> String { n == 1 ? "once" : "\(n) times" }

    /// Every week's letter, newest first; a number reads one.
    static func letters(_ screen: LetterScreen, _ talk: Conversation) {
        talk.heading("Weekly letters")
        talk.say("A letter to yourself, once a week.")
        let rows = screen.rows
        for (i, row) in rows.enumerated() { talk.say("  \(i + 1). \(row.item.label): \(row.item.detail)") }
        let prompt = "Type a number to read a letter or write one, or Enter to leave."
        while let i = talk.numberOrLeave(prompt, count: rows.count) {
            guard let letter = rows[i].letter else {
                // Not written yet: the full screen's editor, here as lines.
                var pick = screen
                pick.selected = i
                if case .open(let editor) = pick.handle(.enter, talk.ctx).resolved(talk.ctx) { PlainOpen.run(editor, talk) }
                return
            }
            talk.heading("Letter, \(rows[i].item.label)")
            talk.say(letter.text)
            talk.io.write("")
        }
    }

    static func ringName(_ ring: Person.Ring) -> String {
        switch ring {
        case .inner: return "Inner ring, closest"
        case .middle: return "Middle ring"
        case .outer: return "Outer ring"
        }
    }

    /// Insight lines, a share of support said as a percentage.
    static func insights(_ lines: ArraySlice<InsightsText.Line>, _ talk: Conversation) {
        for line in lines {
            switch line {
            case .text(let s, let style) where style == .strong || style == .title: talk.heading(s)
            case .text(let s, _): talk.say(s)
            case .bar(let label, _, let percent): talk.say("\(label): \(percent)% of your support.")
            case .blank: break
            }
        }
    }

    /// What the step ladder's numbers say, the chart said step by step.
    static func numbers(_ screen: LearningScreen, _ talk: Conversation) {
        let f = screen.figures
        talk.heading("Expected and felt")
        if f.pairs.isEmpty { talk.say("No step with both numbers yet. After a step, rate how it really felt.") }
        for p in f.pairs { talk.say("\(p.situation), \(p.day.short): expected \(p.expected), felt \(p.actual).") }
        if let words = f.gapWords { talk.say(words) }
        talk.heading("The feared thing")
        talk.say(f.fearWords ?? "Not answered yet: after a step, say whether what you feared came true.")
        talk.heading("How far up")
        if f.climbs.isEmpty { talk.say("No ladder climbed yet.") }
        for c in f.climbs { talk.say("\(c.goal): \(ExposureFigures.climbWords(c))") }
    }
}
