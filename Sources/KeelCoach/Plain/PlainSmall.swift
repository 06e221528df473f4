import KeelContent
import KeelStore
import KeelTerminal

/// Choosing a breath, as lines, on the full screen's picker: its patterns,
/// its remembered length, and the session it starts.
enum PlainBreathe {
    static func pick(_ talk: Conversation) {
        var picker = BreathePickerScreen(talk.ctx)
        talk.heading("Choose a breath")
        let names = BreathPattern.builtIn.map(\.name) + ["Your own seconds"]
        let details = BreathPattern.builtIn.map(\.summary) + ["in, hold, out, hold, such as 4-2-6-0"]
        guard case .index(let i) = talk.pick("Which breath?", names, current: picker.selected, details: details) else { return }
        picker.selected = i
        if i == picker.customIndex {
            while true {
                guard case .answer(let typed) = talk.ask("Seconds in, hold, out, hold, such as 4-2-6-0. Enter keeps \(picker.custom.text).") else { return }
                if !TextEditor(typed).trimmed.isEmpty { picker.custom.set(TextEditor(typed).trimmed) }
                if case .failure(let e) = BreathPattern.parse(picker.custom.text) { talk.say(e.description) } else { break }
            }
        }
        let now = plainNumber(picker.minutes)
        while true {
            guard case .answer(let typed) = talk.ask("How many minutes? Enter keeps \(now).", typed: ["A number of minutes, such as 3 or 1.5."]) else { return }
            let t = TextEditor(typed).trimmed
            if t.isEmpty { break }
            if let m = Double(t), m > 0, m <= 120 {
                picker.minutes = m
                break
            }
            talk.say("A number of minutes from 1 to 120, please.")
        }
        guard case .open(let session) = picker.start(talk.ctx).resolved(talk.ctx) else { return }
        PlainRoute.route(talk)
        PlainOpen.run(session, talk)
    }
}

/// A small win in a line, on the full screen's `WinScreen` (its draft too).
enum PlainWin {
    static func run(_ screen: WinScreen, _ talk: Conversation) {
        var screen = screen
        let question: String
        if let win = screen.editing {
            talk.heading("Change a small win")
            question = "Your win on \(win.day.weekdayName) \(win.day.day) \(win.day.monthName). Type it anew."
        } else {
            talk.heading("Small win")
            talk.say("Something you did, whatever came of it: \(WinScreen.examples.prefix(1).lowercased() + WinScreen.examples.dropFirst()).")
            question = "What did you do that took a little courage or care?"
        }
        while true {
            let kept = screen.editor.trimmed
            let prompt = question + (kept.isEmpty ? "" : " Enter keeps: \(kept)")
            switch talk.ask(prompt) {
            case .answer(let line):
                let typed = TextEditor(line).trimmed
                if !typed.isEmpty { screen.editor.set(typed) }
                guard !screen.editor.trimmed.isEmpty else {
                    talk.say("One line about something you did, or back if not now.")
                    continue
                }
                _ = screen.handle(.enter, talk.ctx)
                PlainRoute.route(talk)
                talk.sayFlash()  // "Kept: ..." with the week's count, or why it wasn't
                return
            case .back:
                _ = screen.handle(.escape, talk.ctx)
                return
            case .ended:
                screen.closing(talk.ctx)
                talk.leaving(TypedText.all(of: screen))
                return
            }
        }
    }
}

/// The first morning: three to five strengths ticked from the catalog, saved
/// by the full screen's picker, which then opens the reflection.
enum PlainStrengths {
    static func run(_ screen: StrengthPickerScreen, _ talk: Conversation) {
        var screen = screen
        talk.heading("Your strengths")
        talk.say("Pick three to five strengths; the morning reflection gives each a turn.")
        let rows = screen.rows
        let ticked = Set(rows.indices.filter { i in screen.picks.contains { $0.id == rows[i].id } })
        while true {
            let answer = talk.tick("Which fit you?", rows.map(\.label), ticked: ticked, required: true, details: rows.map { $0.detail ?? "" })
            guard case .ticked(let picked) = answer else { return }
            guard (3...MyStrengths.allowed.upperBound).contains(picked.count) else {
                talk.say("Three to five, please: you picked \(picked.count).")
                continue
            }
            screen.picks = picked.sorted().map { rows[$0] }
            let next = screen.handle(.enter, talk.ctx).resolved(talk.ctx)
            PlainRoute.route(talk)
            if case .replace(let flow) = next { PlainOpen.run(flow, talk) } else { talk.sayFlash() }
            return
        }
    }
}
