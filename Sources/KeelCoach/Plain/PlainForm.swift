import KeelStore
import KeelTerminal

/// A record editor walked as a conversation: the full screen's own form
/// (its fields, options, drafts and validation), one field a prompt, so the
/// full screen and plain mode share one definition. "Field 2 of 5: Name",
/// Enter keeps what is there, `back` goes to the field before (and out of
/// the form from the first), and every answer passes the crisis check in
/// `Conversation.ask`.
protocol PlainFormWalking {
    /// True once saved; false when left (`back`, the end of input).
    @discardableResult mutating func walk(_ talk: Conversation) -> Bool
}

extension FormScreen: PlainFormWalking {
    @discardableResult mutating func walk(_ talk: Conversation) -> Bool {
        let ctx = talk.ctx
        let backGoesTo = talk.backGoesTo
        let startsAgain = talk.startsAgain
        talk.backGoesTo = "the field before"
        talk.startsAgain = restored
        defer {
            talk.backGoesTo = backGoesTo
            talk.startsAgain = startsAgain
        }
        talk.heading(title)
        if restored {
            talk.say("What you typed last time is back; Enter keeps each answer, and start again begins from what is saved.")
        } else if form.fields.count > 1 {
            talk.say("Enter keeps each answer as it is; back goes to the field before.")
        }
        // A form opened at one field (a new day for a step) asks that one, then saves, as Enter does there.
        let first = form.focus
        var i = first
        // After a problem, the one field changed is asked, then saving is tried again.
        var fixing = first > 0
        while true {
            if i >= form.fields.count {
                guard submit(talk) else {
                    guard let j = PlainFormReview.pick(form, today: ctx.today, talk) else { return leave(talk) }
                    i = j
                    fixing = true
                    continue
                }
                return true
            }
            let field = form.fields[i]
            switch PlainField.ask(field, number: i + 1, of: form.fields.count, today: ctx.today, talk) {
            case .value(let value):
                form.fields[i].value = value
                form.error = nil
                i = fixing ? form.fields.count : i + 1
            case .back:
                if talk.takeStartAgain() {
                    if startAgain(talk) {
                        i = first
                        fixing = false
                    }
                    continue
                }
                if i == first || fixing { return leave(talk) }
                i -= 1
                // A field with nothing to choose was passed over on the way: it is passed over on the way back.
                while i > first, PlainField.isEmptyPick(form.fields[i]) { i -= 1 }
            case .ended:
                closing(ctx)
                talk.leaving(TypedText.all(of: self))
                if draft() != nil { talk.say("What you typed is kept as a draft; it comes back the next time you open this.") }
                return false
            }
        }
    }

    /// Saves as Enter does on the full screen; says what is wrong when it can't.
    /// True once saved (or when nothing can be saved: read-only data).
    private mutating func submit(_ talk: Conversation) -> Bool {
        let ctx = talk.ctx
        let next = handle(.enter, ctx).resolved(ctx)
        if let error = form.error {
            talk.say(error)
            if ctx.isReadOnly {
                settleDraft(ctx)
                return true
            }
            return false
        }
        PlainRoute.route(talk)
        if ctx.flash == nil { talk.say("Saved.") }
        talk.sayFlash()
        switch next {
        case .open(let screen), .replace(let screen): PlainOpen.run(screen, talk)
        default: break
        }
        return true
    }

    /// `start again`, as Ctrl-R: the draft is let go and the saved values
    /// come back. Asked first when words typed last time would be lost.
    private mutating func startAgain(_ talk: Conversation) -> Bool {
        let ctx = talk.ctx
        let saved = Form(editor.fields(ctx)).fields.map { PlainField.words($0.value, today: ctx.today) }
        let typed = zip(form.fields, saved).contains { field, was in
            if case .text = field.value { return PlainField.words(field.value, today: ctx.today) != was }
            return false
        }
        if typed {
            guard case .answer(let line) = talk.ask("Let go of what you typed last time and start from what is saved? Type yes to go ahead; Enter keeps it."),
                ["yes", "y"].contains(PlainText.trim(line).lowercased())
            else {
                talk.say("Kept as it was.")
                return false
            }
        }
        _ = handle(.ctrl("r"), ctx)
        talk.startsAgain = false
        talk.say("Starting again from what is saved.")
        return true
    }

    /// Out of the form without saving, as Esc: what was typed is kept as a draft.
    private mutating func leave(_ talk: Conversation) -> Bool {
        _ = talk.takeStartAgain()
        _ = handle(.escape, talk.ctx)
        talk.say(draft() != nil ? "Not saved yet; what you typed comes back the next time you open this." : "Nothing changed.")
        return false
    }
}

/// After a problem: the fields with their values, numbered, to pick the one to change.
enum PlainFormReview {
    static func pick(_ form: Form, today: CivilDate, _ talk: Conversation) -> Int? {
        let labels = form.fields.map { "\($0.label): \(PlainField.words($0.value, today: today))" }
        guard case .index(let i) = talk.pick("Which field would you like to change? back leaves; what you typed is kept.", labels) else { return nil }
        return i
    }
}
