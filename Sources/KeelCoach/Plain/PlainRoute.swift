import KeelStore
import KeelTerminal

/// What the app does with outcomes, for plain mode: every one goes to each
/// policy the practices installed, so habits tick and what follows a
/// practice follows here too. A policy that opens a page has it printed.
enum PlainRoute {
    static func route(_ talk: Conversation) {
        var opened: [any Screen] = []
        var batch = talk.ctx.takeReported()
        while !batch.isEmpty {
            for outcome in batch {
                talk.outcomes.append(outcome)
                for policy in talk.ctx.policies {
                    switch policy.react(outcome, talk.ctx)?.resolved(talk.ctx) {
                    case .open(let s)?, .replace(let s)?: opened.append(s)
                    default: break
                    }
                }
            }
            batch = talk.ctx.takeReported()
        }
        for screen in opened { PlainPage.show(screen, talk) }
    }
}

/// Reading pages as lines: a strong or title line becomes a heading a
/// reader can jump to; the rest print as they are.
enum PlainPage {
    static func print(_ lines: [(String, Style)], _ talk: Conversation) {
        // Headings set the parts apart; the page's blank lines would only be read out as blanks.
        for (text, style) in lines where !text.isEmpty {
            // A list's bullet is read aloud as "bullet": the line on its own says it is one of a list.
            let text = text.hasPrefix("  • ") ? "  " + text.dropFirst(4) : text
            if style == .strong || style == .title { talk.heading(text) } else { talk.say(text) }
        }
    }

    /// A page a policy opened. The values card has its own lines; any other
    /// page is drawn once, wide and tall, and its rows printed without the
    /// blank ones: nothing is redrawn.
    static func show(_ screen: any Screen, _ talk: Conversation) {
        if let card = screen as? ValuesCardScreen {
            talk.heading(card.title)
            print(ValuesCardScreen.lines(card.statement, strengths: card.strengths, lead: card.lead), talk)
            return
        }
        talk.heading(screen.title)
        var buffer = Buffer(size: Size(width: 100, height: 120))
        screen.render(into: &buffer, in: buffer.area, talk.ctx)
        for line in buffer.lines {
            let text = TextEditor(line).trimmed
            if !text.isEmpty { talk.say(text) }
        }
    }
}
