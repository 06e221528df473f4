import KeelStore
import KeelTerminal

/// Straight after the reflection: what the numbers say about this one
/// step, then repeat it or move up the ladder.
struct NextMoveScreen: Screen {
    let attempt: ExposureAttempt?
    let step: ExposureStep?
    /// The step above this one that is still to do, if any.
    let next: ExposureStep?
    let person: Person?
    var selected = 0

    enum Choice: CaseIterable { case moveUp, repeatStep, later }

    init(attemptID: String, _ ctx: Context) {
        let world = ExposureWorld.load(ctx.store)
        attempt = world.attempts.first { $0.id == attemptID }
        step = attempt.flatMap { world.step($0.stepID) }
        next = step.flatMap { s in world.rungs(of: s.ladderID).first { $0.id != s.id && $0.status == .planned && world.rung(of: $0) > world.rung(of: s) } }
        person = step?.personID.flatMap { id in ctx.store.all(Person.self).first { $0.id == id } }
    }

    var title: String { "After · what next" }
    var isMenu: Bool { true }

    var hints: [KeyHint] {
        var h = [Hints.move, Hints.choose]
        if let person { h.append(KeyHint("c", "messaged \(person.name)")) }
        return h + [Hints.help, Hints.back]
    }

    var help: Help {
        Help(
            "What next",
            [
                "Move up: this step is done, and the next one up the ladder is planned next. Repeat: plan this same step again on a new day; doing a step more than once is how it gets easier.",
                "Decide later keeps the step as it is, without a day; m on the ladder marks it done when you decide.",
                "c notes on your circle map that you were in touch today with the person you planned to message.",
            ])
    }

    func items() -> [MenuView.Item] {
        [
            MenuView.Item("Move up", detail: next.map { "next: \($0.situation)" } ?? "this was the top step"),
            MenuView.Item("Repeat", detail: "plan this step again"),
            MenuView.Item("Decide later", detail: "back to the ladder"),
        ]
    }

    mutating func handle(_ key: Key, _ ctx: Context) -> Transition {
        if moveSelection(&selected, count: Choice.allCases.count, key: key) { return .stay }
        switch key {
        case .char("c"):
            guard let person else { return .unhandled }
            // The circle map notes it (and says so): its policy answers this outcome.
            ctx.report(.inTouch(personID: person.id))
            return .stay
        case .enter:
            guard let step else { return .back }
            switch Choice.allCases[selected] {
            case .moveUp:
                guard ExposureEdits.moveUp(step, ctx) else { return .stay }
                guard let next else {
                    ctx.flash = "That was the top step of this ladder. Well climbed."
                    return .back
                }
                ctx.flash = "Moved up. Plan the next step: when, and what you expect."
                return .replace(FormScreen(StepEditor(original: next, ladderID: next.ladderID, ctx), ctx))
            case .repeatStep:
                var editor = StepEditor(original: step, ladderID: step.ladderID, ctx)
                editor.again = true
                return .replace(FormScreen(editor, ctx))
            case .later:
                ctx.flash = "It waits on your ladder as it is; m there marks it done whenever you decide."
                return .back
            }
        default:
            return .unhandled
        }
    }

    /// This step's numbers in words.
    static func words(_ a: ExposureAttempt) -> [String] {
        var out: [String] = []
        if let f = a.actual {
            switch a.expected {
            case .some(let e) where e > f:
                out.append("You expected \(e); it felt \(f). \(ExposureFigures.points(Double(e - f)).capitalizedFirst) easier than you feared.")
            case .some(let e) where e == f:
                out.append("It felt the \(f) you expected.")
            case .some(let e):
                out.append("It felt \(f), harder than the \(e) you expected, and you faced it.")
            case .none:
                out.append("It felt \(f) of 10.")
            }
        }
        switch a.fearCameTrue {
        case .no: out.append("What you feared didn't happen.")
        case .partly: out.append("What you feared happened only in part.")
        case .yes: out.append("What you feared did happen, and you came through it.")
        case .none: break
        }
        if !a.win.isEmpty { out.append("Your win: \(a.win)") }
        return out
    }

    func render(into buffer: inout Buffer, in area: Rect, _ ctx: Context) {
        // In a small window the numbers come first; the greeting and the question give way.
        let compact = area.height < 12
        var lines: [(String, Style)] = compact ? [] : [("Noted.", .title)]
        if let attempt { lines += NextMoveScreen.words(attempt).map { ($0, .plain) } }
        if let person { lines.append(("You planned to message \(person.name). c notes that you did.", .calm)) }
        let text = ScrollText.wrap(lines, width: area.width)
        let menuHeight = Choice.allCases.count + (compact ? 0 : 2)
        let textRows = min(text.count, max(1, area.height - menuHeight))
        ScrollText(lines: text, offset: 0).render(into: &buffer, in: area.top(textRows))
        var y = area.y + textRows
        if !compact, y + 1 < area.maxY {
            buffer.write("What next?", in: Rect(x: area.x, y: y + 1, width: area.width, height: 1), style: .strong)
            y += 2
        }
        MenuView(items: items(), selected: selected, labelWidth: 13)
            .render(into: &buffer, in: Rect(x: area.x, y: y, width: area.width, height: max(0, area.maxY - y)))
    }
}

fileprivate extension String {
    /// The first letter in upper case: "2 points" stays, "half a point" becomes "Half a point".
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
