import KeelContent
import KeelStore
import KeelTerminal

/// A flow as a conversation. The full screen's `FlowScreen` is the engine
/// here too: this only turns its steps into lines and lines into its input,
/// then asks it to move on, so the walk, the answers, the draft, the
/// journal entry and the outcomes are the very same.
struct PlainFlow: Conversing {
    let talk: Conversation
    var screen: FlowScreen

    /// How the flow ended.
    enum End: Equatable {
        /// Saved to the journal (or a save that failed, already said).
        case finished
        /// `back` at the first step: a draft is kept, as Esc keeps it.
        case left
        /// Input ended midway: a draft is kept.
        case ended
    }

    mutating func run() -> End {
        talk.heading(screen.flow.title)
        talk.say(screen.flow.summary + ".")
        if case .offerDraft(let saved) = screen.stage {
            guard offer(saved) else { return talk.ended ? .ended : .left }
        }
        var said: [String]?
        while screen.stage == .step {
            let kind = screen.step.stepKind
            // Said again only when the step changes, not when it asks once more.
            if said != screen.session.path {
                talk.heading(progress)
                said = screen.session.path
            }
            let move = kind == .summary ? recap() : ask()
            switch move {
            case .next:
                // What a finished flow leads to (habits ticking) follows from the outcomes.
                if kind == .summary { screen.finish(ctx) } else { screen.advance(ctx) }
                PlainRoute.route(talk)
            case .stay:
                continue
            case .back:
                if case .back = screen.goBack(ctx) {
                    talk.leaving(TypedText.all(of: screen))
                    return .left
                }
            case .ended:
                let kept = screen.draft() != nil
                screen.closing(ctx)  // the draft, as Ctrl-C keeps it
                talk.leaving(TypedText.all(of: screen))
                if kept { talk.say("Your answers so far are kept as a draft; keel offers them back next time.") }
                return .ended
            }
        }
        if case .saved(let entry) = screen.stage { saved(entry) }
        return .finished
    }

    /// "Step 4 of 14: What happened?"
    var progress: String {
        let position = screen.session.history.count + 1
        var answers = screen.session.answers
        if let a = screen.captured() { answers[screen.step.id] = a }
        let total = position + screen.walker.remaining(after: screen.index, answers: answers)
        return "Step \(position) of \(total): \(screen.step.displayTitle)"
    }

    enum Move { case next, stay, back, ended }

    /// A draft from last time: pick it up or start fresh. False when the person went back or input ended.
    mutating func offer(_ saved: FlowSession) -> Bool {
        talk.say("You started this on \(ctx.calendar.day(of: saved.started).short) and didn't finish.")
        let at = screen.flow.step(saved.current)?.displayTitle
        let items = ["Pick up where you left off" + (at.map { ", at \($0)" } ?? ""), "Start fresh, letting the unfinished one go"]
        guard case .index(let i) = talk.pick("Which would you like?", items) else { return false }
        screen.offerSelected = i
        _ = screen.handleOffer(.enter, saved, ctx)
        return true
    }

    // MARK: - Steps

    mutating func ask() -> Move {
        let step = screen.step
        if let text = step.text, step.stepKind != .summary { talk.say(text) }
        switch step.stepKind {
        case .say, .summary:
            return word(talk.ask("Press Enter to go on."))
        case .breathe:
            return breathe(step)
        case .rate:
            let rating = screen.input.rating
            let rated = talk.rate(step.prompt ?? step.displayTitle, low: rating.low, high: rating.high, current: rating.value, required: step.isRequired)
            switch rated {
            case .value(let v):
                screen.input.rating.value = v
                return .next
            case .back: return .back
            case .ended: return .ended
            }
        case .text:
            return text(step)
        case .choose:
            if let found = screen.recalled[step.id] { talk.say(FlowRecall.lead(found, today: ctx.today) + " " + found.text) }
            let picked = talk.pick(step.prompt ?? step.displayTitle, labels, current: currentChoice, details: details)
            return choose(picked)
        case .checklist:
            return checklist(step)
        case .person:
            return person(step)
        }
    }

    /// "Humour (today)", "Mum (another circle)": the badge the full screen shows at the right.
    var labels: [String] { screen.choices.map { $0.badge.isEmpty ? $0.label : "\($0.label) (\($0.badge))" } }
    var details: [String] { screen.choices.map(\.detail) }

    /// The kept choice, when the step was answered before (after `back`).
    var currentChoice: Int? {
        let answer = screen.session.answers[screen.step.id]
        guard let id = answer?.personID ?? answer?.choice else { return nil }
        return screen.choices.firstIndex { $0.id == id }
    }

    func word(_ reply: Conversation.Reply) -> Move {
        switch reply {
        case .answer: return .next
        case .back: return .back
        case .ended: return .ended
        }
    }

    mutating func choose(_ picked: Conversation.Picked) -> Move {
        switch picked {
        case .index(let i):
            screen.input.cursor = i
            return .next
        case .none: return .stay
        case .back: return .back
        case .ended: return .ended
        }
    }

    mutating func text(_ step: FlowStep) -> Move {
        let kept = screen.input.editor.trimmed
        if !kept.isEmpty { talk.say("Your answer so far: \(kept)") }
        var prompt = step.prompt ?? step.displayTitle
        if let hint = step.hint, !hint.isEmpty, kept.isEmpty { prompt += " (\(hint))" }
        let hintSaysEnter = kept.isEmpty && (step.hint ?? "").contains("Enter")
        prompt += kept.isEmpty ? (step.isRequired || hintSaysEnter ? "" : " Enter skips.") : " Enter keeps it; new words replace it."
        switch talk.ask(prompt, typed: ["Type your answer on one line, then Enter. Rough words are fine."]) {
        case .answer(let line):
            let typed = TextEditor(line).trimmed
            if typed.isEmpty, kept.isEmpty, step.isRequired {
                talk.say("A few words are enough, even rough ones.")
                return .stay
            }
            if !typed.isEmpty { screen.input.editor.set(typed) }
            return .next
        case .back: return .back
        case .ended: return .ended
        }
    }

    mutating func checklist(_ step: FlowStep) -> Move {
        let ids = screen.choices.map(\.id)
        let ticked = Set(ids.indices.filter { screen.input.ticked.contains(ids[$0]) })
        let details = screen.choices.map { c in [c.detail, c.example.map { "for example, \($0)" } ?? ""].filter { !$0.isEmpty }.joined(separator: "; ") }
        switch talk.tick(step.prompt ?? step.displayTitle, screen.choices.map(\.label), ticked: ticked, required: step.isRequired, details: details) {
        case .ticked(let picked):
            screen.input.ticked = Set(picked.map { ids[$0] })
            return .next
        case .back: return .back
        case .ended: return .ended
        }
    }

    mutating func person(_ step: FlowStep) -> Move {
        if let sting = FlowOptions.stingCircle(for: step, ctx: ctx, answers: screen.session.answers),
            let first = screen.choices.first(where: { !$0.badge.isEmpty })
        {
            talk.say("Someone outside \(sting.name) may see it more clearly, like \(first.label).")
        }
        if screen.choices.count > 1 {
            switch talk.pick(step.prompt ?? step.displayTitle, labels, current: currentChoice, details: details) {
            case .index(let i):
                screen.input.cursor = i
                guard screen.choices[i].id == FlowOptions.typeAName else {
                    screen.input.typingName = false
                    return .next
                }
            case .none: return .stay
            case .back: return .back
            case .ended: return .ended
            }
        } else {
            talk.say(step.prompt ?? step.displayTitle)
        }
        screen.input.typingName = true
        switch talk.ask("Type a name, or press Enter to leave it empty.") {
        case .answer(let name):
            screen.input.editor.set(TextEditor(name).trimmed)
            return .next
        case .back: return screen.choices.count > 1 ? .stay : .back
        case .ended: return .ended
        }
    }

    /// The pacer the step opens on the full screen, here as lines.
    mutating func breathe(_ step: FlowStep) -> Move {
        let minutes = plainNumber(step.minutes ?? 1)
        switch talk.ask("Press Enter to begin, about \(minutes) min, or type skip.", typed: ["Enter starts the breathing; skip (or s) passes this step."]) {
        case .answer(let line) where ["skip", "s"].contains(TextEditor(line).trimmed.lowercased()):
            _ = screen.handleStep(.char("s"), ctx)
            PlainRoute.route(talk)
            return .stay
        case .answer:
            guard case .open(let opened) = screen.handleStep(.enter, ctx).resolved(ctx), let session = opened as? BreatheSessionScreen else { return .stay }
            var pacer = PlainPacer(session: session, talk: talk)
            pacer.run()
            if talk.ended { return .ended }
            screen.resume(ctx)  // the flow moves on, as when the pacer closes
            PlainRoute.route(talk)
            return .stay
        case .back: return .back
        case .ended: return .ended
        }
    }

    /// The answers so far, before they are saved.
    func recap() -> Move {
        if let text = screen.step.text { talk.say(text) }
        for stepID in screen.session.history {
            guard let s = screen.flow.step(stepID), let a = screen.session.answers[stepID], a.hasContent, s.stepKind != .breathe else { continue }
            talk.say("\(s.displayTitle): \(a.words)")
        }
        return word(talk.ask("Press Enter to save this to your journal."))
    }

    /// After the save: where the sting went, and the step the person chose.
    func saved(_ entry: JournalEntry?) {
        guard let entry else {
            talk.say("This couldn't be saved.")
            talk.sayFlash()
            return
        }
        talk.heading("Saved to your journal.")
        if let before = entry.stingBefore, let after = entry.stingAfter {
            let change = before - after
            let how =
                change > 0
                ? "It eased by \(change)." : change == 0 ? "Some stings take longer to ease, and that's fine." : "It stings a little more just now; go gently."
            talk.say("The sting went from \(before) to \(after). \(how)")
        }
        if let step = screen.flow.steps.first(where: { $0.stepRole == .nextStep }), let next = entry.answers.first(where: { $0.step == step.id }),
            next.hasContent
        {
            talk.say("Your next step: \(next.words)")
        }
        // Read to the end: what follows is the policies' to say, as after Enter on the full screen.
        ctx.report(.movedOn(from: "flow:\(screen.flow.id)"))
        PlainRoute.route(talk)
    }
}
