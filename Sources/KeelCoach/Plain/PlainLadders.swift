import KeelStore
import KeelTerminal

/// Step ladders as numbered lists: the steps due now and every ladder; a
/// ladder's steps, hardest first as the ladder stands; and a step's plan,
/// read just before, with "I did it" and "I didn't go this time".
extension ExposeScreen: PlainListing {
    func plainIntro(_ ctx: Context) -> [String] {
        ["Step ladders", "Something social you dread, faced in small planned steps, each with a way out ready."]
    }

    var plainEmpty: String { "No ladders yet: a goal, then small steps from easy to hard." }

    func plainRows(_ ctx: Context) -> [(heading: String?, text: String)] {
        var out: [(heading: String?, text: String)] = []
        for (i, row) in rows.enumerated() {
            let first = i == 0 || rows[i - 1].kind != row.kind
            switch row {
            case .due(let id):
                guard let s = world.step(id) else { continue }
                out.append((first ? "Due now" : nil, "\(s.situation), \(s.due.map { PlanWords.due($0, today: ctx.today) } ?? "")"))
            case .ladder(let id):
                guard let ladder = world.ladder(id) else { continue }
                let p = world.progress(of: id)
                let next = world.next(on: id).map { "next: \($0.situation)" } ?? (p.total == 0 ? "no steps yet" : "all done")
                out.append((first ? "Your ladders" : nil, p.total == 0 ? "\(ladder.goal): \(next)" : "\(ladder.goal): \(p.done) of \(p.total) done, \(next)"))
            case .newLadder:
                continue
            }
        }
        return out
    }

    mutating func plainSelect(_ row: Int?) { selected = row ?? rows.count - 1 }

    func plainRowActions(_ ctx: Context) -> [PlainAction] {
        guard case .ladder(let id) = rows[selected] else { return [PlainAction(letter: "", words: "read the plan", key: .enter)] }
        return [
            PlainAction(letter: "o", words: "open its steps", key: .enter),
            PlainAction(letter: "d", words: "delete", key: .char("d"), confirm: world.ladder(id).map { "Delete the ladder \($0.goal)?" }),
        ]
    }

    func plainListActions(_ ctx: Context) -> [PlainAction] {
        var out = [PlainAction(letter: "n", words: "start a new ladder", key: .char("n"))]
        if !world.attempts.isEmpty { out.append(PlainAction(letter: "l", words: "hear what your numbers say", key: .char("l"))) }
        if !undo.isEmpty { out.append(PlainAction(letter: "u", words: "undo", key: .char("u"))) }
        return out
    }
}

extension ExposeScreen.Row {
    /// Due steps and ladders each have their heading.
    var kind: Int {
        switch self {
        case .due: return 0
        case .ladder: return 1
        case .newLadder: return 2
        }
    }
}

extension LadderScreen: PlainListing {
    func plainIntro(_ ctx: Context) -> [String] {
        guard let ladder else { return ["Step ladder", "This ladder was deleted."] }
        let p = world.progress(of: ladderID)
        let done = p.total == 0 ? "" : "\(p.done) of \(p.total) done" + (p.skipped > 0 ? ", \(p.skipped) skipped" : "") + ". "
        return ["Step ladder: \(ladder.goal)", done + "The hardest step comes first, as a ladder stands; the easiest is last."]
    }

    var plainEmpty: String { "No steps yet. A good first step is one you'd rate about 3 out of 10." }

    func plainRows(_ ctx: Context) -> [(heading: String?, text: String)] {
        let next = world.next(on: ladderID)?.id
        return shown.map { s in
            var words = ["step \(world.rung(of: s))", s.status == .done ? "done" : s.status == .skipped ? "skipped" : "to do"]
            if s.id == next { words.append("the next one to face") }
            let faced = world.attempts(of: s.id)
            if let last = faced.last, let felt = last.actual {
                words.append(last.expected.map { "expected \($0), felt \(felt)" } ?? "felt \(felt)")
            } else if let e = s.expected {
                words.append("expect \(e) of 10")
            }
            if s.status == .planned, let due = s.due { words.append(PlanWords.due(due, today: ctx.today)) }
            return (nil, "\(s.situation) (\(words.joined(separator: ", ")))")
        }
    }

    mutating func plainSelect(_ row: Int?) { selected = row ?? selected }

    func plainRowActions(_ ctx: Context) -> [PlainAction] {
        guard let s = selectedStep else { return [] }
        var out = [
            PlainAction(letter: "o", words: "open its plan, to face it or say how it went", key: .enter),
            PlainAction(letter: "e", words: "edit", key: .char("e")),
        ]
        if s.status == .done || !world.attempts(of: s.id).isEmpty {
            out.append(PlainAction(letter: "m", words: s.status == .done ? "mark it not done" : "mark it done", key: .char("m")))
        }
        if s.status != .done { out.append(PlainAction(letter: "s", words: s.status == .skipped ? "bring it back" : "skip it", key: .char("s"))) }
        if shown.count > 1 {
            out += [
                PlainAction(letter: "+", words: "move it up (harder)", key: .char("+")),
                PlainAction(letter: "-", words: "move it down (easier)", key: .char("-")),
            ]
        }
        out.append(PlainAction(letter: "d", words: "delete", key: .char("d"), confirm: "Delete the step \(s.situation)?"))
        return out
    }

    func plainListActions(_ ctx: Context) -> [PlainAction] {
        guard ladder != nil else { return [] }
        var out = [PlainAction(letter: "a", words: "add a step", key: .char("a"))]
        if hasExamples { out.append(PlainAction(letter: "x", words: "pick steps from examples", key: .char("x"))) }
        out.append(PlainAction(letter: "g", words: "change the goal", key: .char("g")))
        if !undo.isEmpty { out.append(PlainAction(letter: "u", words: "undo", key: .char("u"))) }
        return out
    }
}

enum PlainLadders {
    /// The plan read just before: y once it's done (how it went), n if not this time.
    static func justBefore(_ screen: JustBeforeScreen, _ talk: Conversation) {
        var screen = screen
        let ctx = talk.ctx
        guard screen.step != nil else { return talk.say("This step is no longer on a ladder.") }
        // The keys the full screen lists under the plan are offered in the prompt instead.
        // Columns lined up with spaces on screen are read as one phrase: "Way out: leave after ten minutes".
        let lines = screen.lines(width: 10_000, today: ctx.today).filter { $0.1 != .accent && !PlainText.trim($0.0).isEmpty }.map { line, style in
            (line.replacing(#/ {2,}/#, with: ": "), style)
        }
        PlainPage.print(lines, talk)
        talk.io.write("")
        let actions = [
            PlainAction(letter: "y", words: "say how it went, once you've done it", key: .enter),
            PlainAction(letter: "n", words: "say you didn't go this time", key: .char("n")),
            PlainAction(letter: "b", words: "breathe for a minute first", key: .char("b")),
            PlainAction(letter: "e", words: "edit the plan", key: .char("e")),
            PlainAction(letter: "s", words: screen.step?.status == .skipped ? "bring it back from skipped" : "skip it", key: .char("s")),
        ]
        while !talk.ended {
            guard case .answer(let line) = talk.ask("Type \(PlainList.offer(actions)), or Enter to go back.") else { return }
            let word = PlainText.trim(line).lowercased()
            if word.isEmpty { return }
            guard let action = actions.first(where: { $0.letter == word }) else {
                talk.say("Type \(PlainList.offer(actions)), or press Enter.")
                continue
            }
            let next = screen.handle(action.key, ctx).resolved(ctx)
            PlainRoute.route(talk)
            talk.sayFlash()
            switch next {
            case .replace(let s):
                return PlainOpen.run(s, talk)
            case .open(let s):
                PlainOpen.run(s, talk)
                screen.resume(ctx)
            case .back:
                return
            default:
                break
            }
        }
    }

    /// "I didn't go this time": nothing counts against it; a new day, set aside, or as it was.
    static func notThisTime(_ screen: NotThisTimeScreen, _ talk: Conversation) {
        var screen = screen
        talk.heading("That's all right.")
        talk.say("Some days a step is bigger than the day. Seeing that is part of the climb, and the ladder is still here.")
        let items = screen.items()
        guard case .index(let i) = talk.pick("What now?", items.map(\.label), details: items.map(\.detail)) else { return }
        screen.selected = i
        if case .replace(let form) = screen.handle(.enter, talk.ctx) { PlainOpen.run(form, talk) }
        PlainRoute.route(talk)
        talk.sayFlash()
    }

    /// After the reflection: what the numbers say, then move up, repeat, or later.
    static func nextMove(_ screen: NextMoveScreen, _ talk: Conversation) {
        var screen = screen
        talk.heading("Noted.")
        if let attempt = screen.attempt { for line in NextMoveScreen.words(attempt) { talk.say(line) } }
        var items = screen.items()
        if let person = screen.person { items.append(MenuView.Item("I messaged \(person.name)", detail: "noted on your circles as in touch today")) }
        while !talk.ended {
            guard case .index(let i) = talk.pick("What next?", items.map(\.label), details: items.map(\.detail)) else { return }
            if i >= NextMoveScreen.Choice.allCases.count {
                _ = screen.handle(.char("c"), talk.ctx)
                PlainRoute.route(talk)
                talk.sayFlash()
                continue
            }
            screen.selected = i
            let next = screen.handle(.enter, talk.ctx)
            PlainRoute.route(talk)
            talk.sayFlash()
            if case .replace(let form) = next { PlainOpen.run(form, talk) }
            return
        }
    }
}
