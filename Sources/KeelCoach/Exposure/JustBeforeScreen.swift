import KeelStore
import KeelTerminal

/// Just before a step, on the spot: the plan, the way out, and a
/// one-minute breath. Enter goes on to how it went.
struct JustBeforeScreen: Screen {
    let stepID: String
    var step: ExposureStep?
    var goal = ""
    var attempts: [ExposureAttempt] = []
    var scroll = ScrollState()

    init(stepID: String, _ ctx: Context) {
        self.stepID = stepID
        resume(ctx)
    }

    mutating func resume(_ ctx: Context) {
        let world = ExposureWorld.load(ctx.store)
        step = world.step(stepID)
        goal = step.flatMap { world.ladder($0.ladderID)?.goal } ?? ""
        attempts = world.attempts(of: stepID)
    }

    var title: String { "Just before" }

    var pattern: BreathPattern {
        BreathPattern.builtIn.first { $0.id == step?.breathing } ?? .sigh
    }

    var hints: [KeyHint] {
        guard step != nil else { return [Hints.back] }
        return [
            KeyHint("b", "breathe 1 min"), KeyHint("Enter", "I did it"), KeyHint("n", "didn't go"), Hints.back, Hints.help,
            KeyHint("e", "edit plan"),
            KeyHint("s", step?.status == .skipped ? "unskip" : "skip"),
        ]
    }

    var help: Help {
        Help(
            "Just before",
            [
                "Your plan, to read on the spot: what you expect, what you fear, your way out, and the words and person you chose.",
                "b breathes with you for one minute, in the pattern you picked (the cyclic sigh if none). Enter, once you have done it, asks how it went.",
                "n, if you didn't go this time: nothing counts against you, and you pick a new day or set the step aside.",
                "e changes the plan. s skips the step: it stays on the ladder, set aside, and s brings it back. The way out is always allowed.",
            ])
    }

    mutating func handle(_ key: Key, _ ctx: Context) -> Transition {
        guard let step else { return .unhandled }
        if scroll.handle(key) { return .stay }
        switch key {
        case .char("b"):
            return .go(.pacedBreath(pattern: pattern.id, minutes: 1, source: "exposure"))
        case .enter:
            return .replace(FormScreen(AfterEditor(step: step, ctx), ctx))
        case .char("n"):
            return .replace(NotThisTimeScreen(step: step))
        case .char("e"):
            return .open(FormScreen(StepEditor(original: step, ladderID: step.ladderID, ctx), ctx))
        case .char("s"):
            guard ExposureEdits.toggleSkip(step, ctx) else { return .stay }
            return .back
        default:
            return .unhandled
        }
    }

    func lines(width: Int, today: CivilDate) -> [(String, Style)] {
        guard let s = step else { return [("This step is no longer on a ladder.", .muted)] }
        var out = Wrap.lines(s.situation, width: width).map { ($0, Style.title) }
        var context = goal
        if let due = s.due { context += " · " + PlanWords.due(due, today: today) }
        if s.status != .planned { context += " · " + s.status.rawValue }
        out += Wrap.lines(context, width: width).map { ($0, .muted) }
        out.append(("", .plain))
        out += StepLines.plan(s, width: width)
        out.append(("", .plain))
        out += Wrap.lines("b  a one-minute breath: \(pattern.name) (\(pattern.timing))", width: width).map { ($0, .accent) }
        out += Wrap.lines("Enter  I did it: how was it?", width: width).map { ($0, .accent) }
        out += Wrap.lines("n  I didn't go this time", width: width).map { ($0, .accent) }
        if !attempts.isEmpty {
            out.append(("", .plain))
            out.append(("Faced \(counted(times: attempts.count)) before", .title))
            out += StepLines.history(attempts, width: width)
        }
        return out
    }

    func render(into buffer: inout Buffer, in area: Rect, _ ctx: Context) {
        ScrollText(lines: lines(width: area.width, today: ctx.today), scroll: scroll).render(into: &buffer, in: area)
    }
}
