import KeelStore
import KeelTerminal

/// The circle map's insights, then its one small step to widen belonging,
/// as the full screen has them: w picks a step, x marks it done, and the
/// practices that can carry it further (a ladder, a habit) are offered by
/// their keys, until one has taken it.
enum PlainWidening {
    static func insights(_ screen: InsightsScreen, _ talk: Conversation) {
        var screen = screen
        PlainPages.insights(screen.lines[...], talk)
        while !talk.ended {
            let actions = self.actions(screen, talk.ctx)
            guard !actions.isEmpty else { return }
            let prompt = "Type \(PlainList.offer(actions)), or Enter to leave."
            guard case .answer(let line) = talk.ask(prompt, typed: ["step says your next step again."], canGoBack: false) else { return }
            let word = PlainText.trim(line).lowercased()
            if word.isEmpty { return }
            if word == "step" {
                stepPart(screen, talk)
            } else if let action = actions.first(where: { $0.letter == word || $0.words == word }) {
                _ = PlainList.perform(action, &screen, talk)
                screen.resume(talk.ctx)
                stepPart(screen, talk)
            } else {
                talk.say("Type \(PlainList.offer(actions)), or press Enter.")
            }
        }
    }

    /// The step part of the page, said again after a change: it comes last.
    static func stepPart(_ screen: InsightsScreen, _ talk: Conversation) {
        let heading = screen.lines.lastIndex { if case .text(_, .strong) = $0 { return true } else { return false } }
        guard let heading else { return }
        PlainPages.insights(screen.lines[heading...], talk)
    }

    /// What the full screen's footer offers for the step, by the same keys.
    static func actions(_ screen: InsightsScreen, _ ctx: Context) -> [PlainAction] {
        var out: [PlainAction] = []
        if screen.canPick { out.append(PlainAction(letter: "w", words: screen.step == nil ? "pick a small step" : "pick another step", key: .char("w"))) }
        guard screen.step != nil else { return out }
        out.append(PlainAction(letter: "x", words: "mark it done", key: .char("x")))
        // A step on a ladder or a habit already isn't offered there again.
        if !screen.carried { out += ctx.wideningHandoffs.map { PlainAction(letter: String($0.key), words: $0.label, key: .char($0.key)) } }
        return out
    }

    /// Choosing the next step: numbered, those opening a new kind of circle first.
    static func pick(_ screen: StepPickerScreen, _ talk: Conversation) {
        var screen = screen
        guard !screen.choices.isEmpty else { return talk.say("No steps to pick from just now.") }
        talk.heading("A small step")
        talk.say("One step you could take in the next week or two. Showing up again is what slowly turns strangers into a circle.")
        let labels = screen.choices.map { $0.item.label + ($0.newKind ? " (new for you)" : "") }
        let details = screen.choices.map { $0.item.detail ?? "" }
        guard case .index(let i) = talk.pick("Which small step could you take soon?", labels, details: details) else { return }
        screen.selected = i
        _ = screen.handle(.enter, talk.ctx)
        PlainRoute.route(talk)
        talk.sayFlash()
    }

    /// The step taken onto a ladder: which one (or a new one), then the step's form.
    static func toLadder(_ screen: WideningToLadderScreen, _ talk: Conversation) {
        var screen = screen
        talk.heading("A step to widen, on a ladder")
        talk.say(screen.widening.label)
        let items = screen.items
        guard case .index(let i) = talk.pick("Which ladder should this step go on?", items.map(\.label), details: items.map(\.detail)) else { return }
        screen.selected = i
        if case .replace(let form) = screen.handle(.enter, talk.ctx).resolved(talk.ctx) { PlainOpen.run(form, talk) }
        PlainRoute.route(talk)
        talk.sayFlash()
    }
}
