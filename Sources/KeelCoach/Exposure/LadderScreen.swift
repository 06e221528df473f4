import KeelStore
import KeelTerminal

/// One ladder drawn as a ladder: the hardest step at the top, the easiest
/// at the bottom, each rung marked done (✓), skipped (–) or still to do
/// (○), the next one to face marked ▸.
struct LadderScreen: Screen {
    let ladderID: String
    var world: ExposureWorld
    /// Index into `shown` (top of the screen first).
    var selected = 0
    var undo: [ExposureUndo] = []
    /// The ladder's steps, hardest first, as a ladder stands.
    private(set) var shown: [ExposureStep] = []
    /// Whether the examples catalog is there for x.
    private(set) var hasExamples = false

    init(ladderID: String, _ ctx: Context) {
        self.ladderID = ladderID
        world = ExposureWorld.load(ctx.store)
        shown = world.rungs(of: ladderID).reversed()
        hasExamples = ctx.content.hasCatalog(ExamplePickerScreen.catalogID)
        if let next = world.next(on: ladderID) { select(next.id) }
    }

    var ladder: ExposureLadder? { world.ladder(ladderID) }
    var selectedStep: ExposureStep? { shown.indices.contains(selected) ? shown[selected] : nil }

    mutating func select(_ stepID: String) {
        if let i = shown.firstIndex(where: { $0.id == stepID }) { selected = i }
    }

    mutating func reload(_ ctx: Context) {
        let keep = selectedStep?.id
        world = ExposureWorld.load(ctx.store)
        shown = world.rungs(of: ladderID).reversed()
        selected = min(selected, max(0, shown.count - 1))
        if let keep { select(keep) }
    }

    mutating func resume(_ ctx: Context) { reload(ctx) }

    var title: String { "Step ladder" }
    var isMenu: Bool { true }

    /// In order of importance: the footer keeps the first ones in a narrow window.
    var hints: [KeyHint] {
        guard ladder != nil else { return [Hints.back] }
        let examples = hasExamples ? [KeyHint("x", "examples")] : []
        let undoHint = undo.isEmpty ? [] : [KeyHint("u", "undo")]
        if shown.isEmpty { return [KeyHint("a", "add a step")] + examples + undoHint + [KeyHint("g", "goal"), Hints.back, Hints.help] }
        let faced = selectedStep.map { !world.attempts(of: $0.id).isEmpty } ?? false
        let done = selectedStep?.status == .done
        let mark = faced || done ? [KeyHint("m", done ? "not done" : "done")] : []
        return [KeyHint("Enter", "open"), KeyHint("a", "add"), KeyHint("e", "edit"), KeyHint("d", "delete")] + undoHint + [KeyHint("g", "goal")]
            + mark + [KeyHint("s", "skip"), KeyHint("+-", "order")] + examples + [Hints.back, Hints.help]
    }

    var help: Help {
        Help(
            "A step ladder",
            [
                "Your steps towards the goal, easiest at the bottom. ✓ is done, – skipped, ○ still to do; ▸ marks the next one to face.",
                "Enter opens a step: the plan to read just before, a one-minute breath, and afterwards how it went.",
                "a writes a new step at the top; x picks steps from examples. e edits the selected step's plan: its day, what you expect and fear, the way out, the coping plan.",
                "m marks a step you have faced as done (after \"Decide later\", say), and takes it back. + moves a step up (harder), - down (easier). s skips a step or brings it back. d deletes it; u brings it back. g changes the goal.",
                "A good first step is one you'd rate about 3 out of 10. Each step a little harder than the last.",
            ])
    }

    mutating func handle(_ key: Key, _ ctx: Context) -> Transition {
        guard ladder != nil else { return .unhandled }
        if moveSelection(&selected, count: shown.count, key: key) { return .stay }
        switch key {
        case .enter:
            guard let s = selectedStep else { return .stay }
            return .open(JustBeforeScreen(stepID: s.id, ctx))
        case .char("a"):
            return .open(FormScreen(StepEditor(original: nil, ladderID: ladderID, ctx), ctx))
        case .char("x"):
            guard let catalog = ctx.content.catalog(ExamplePickerScreen.catalogID) else { return .unhandled }
            return .open(ExamplePickerScreen(catalog: catalog, ladderID: ladderID))
        case .char("e"):
            guard let s = selectedStep else { return .stay }
            return .open(FormScreen(StepEditor(original: s, ladderID: ladderID, ctx), ctx))
        case .char("g"):
            return .open(FormScreen(GoalEditor(original: ladder, ctx), ctx))
        case .char("m"):
            guard let s = selectedStep else { return .stay }
            _ = ExposureEdits.toggleDone(s, faced: !world.attempts(of: s.id).isEmpty, ctx)
        case .char("s"):
            guard let s = selectedStep else { return .stay }
            if s.status == .done { ctx.flash = "That step is done already." } else { _ = ExposureEdits.toggleSkip(s, ctx) }
        case .char("+"), .char("="), .char("-"):
            guard let s = selectedStep else { return .stay }
            _ = ExposureEdits.move(s, by: key == .char("-") ? -1 : 1, world: world, ctx)
        case .char("d"), .delete:
            guard let s = selectedStep, let u = ExposureEdits.delete(step: s, ctx) else { return .stay }
            undo.append(u)
        case .char("u"):
            ExposureEdits.undoLast(&undo, ctx)
        default:
            return .unhandled
        }
        reload(ctx)
        return .stay
    }

    /// "▸ 4 ○ Run with the middle group" and its figures.
    func item(_ s: ExposureStep, next: String?, today: CivilDate) -> MenuView.Item {
        let mark: String
        switch s.status {
        case .done: mark = "✓"
        case .skipped: mark = "–"
        case .planned: mark = "○"
        }
        let faced = world.attempts(of: s.id)
        var detail: String
        if let last = faced.last, let f = last.actual {
            detail = last.expected.map { "\($0) → \(f)" } ?? "felt \(f)"
            if faced.count > 1 { detail += " ×\(faced.count)" }
        } else {
            detail = s.expected.map { "expect \($0)" } ?? ""
        }
        let badge = s.status == .planned ? s.due.map { PlanWords.due($0, today: today) } ?? "" : (s.status == .skipped ? "skipped" : "")
        let lead = "\(s.id == next ? "▸" : " ") \(DisplayWidth.pad(String(world.rung(of: s)), to: 2)) \(mark) "
        return MenuView.Item(lead + s.situation, detail: detail, badge: badge, hang: DisplayWidth.of(lead))
    }

    func render(into buffer: inout Buffer, in area: Rect, _ ctx: Context) {
        guard let ladder else {
            buffer.paragraph("This ladder was deleted.", in: area, style: .muted)
            return
        }
        let p = world.progress(of: ladderID)
        var y = buffer.paragraph(ladder.goal, in: area.top(2), style: .title)
        if !shown.isEmpty {
            let words = "\(p.done) of \(p.total) done" + (p.skipped > 0 ? " · \(p.skipped) skipped" : "")
            buffer.write(words, in: area.droppingTop(y).top(1), style: .muted)
            y += 1
        }
        if area.height > 8 { y += 1 }
        if shown.isEmpty {
            buffer.paragraph(
                "No steps yet. a writes your own; x picks from examples. A good first step is one you'd rate about 3 out of 10.",
                in: area.droppingTop(y), style: .plain)
            return
        }
        let next = world.next(on: ladderID)?.id
        let detail = selectedStep.map { detailLines($0, width: area.width - 2) } ?? []
        var items = shown.map { item($0, next: next, today: ctx.today) }
        var labelWidth = max(10, min(54, area.width - 22))
        if area.width < 60 {
            // Narrow: the words first, then one figure at the right (the day when there is one).
            items = items.map { MenuView.Item($0.label, badge: $0.badge.isEmpty ? $0.detail : $0.badge, hang: $0.hang) }
            labelWidth = area.width - 2 - (items.map { DisplayWidth.of($0.badge) }.max() ?? 0) - 2
        }
        // The selected step is shown whole, its words wrapped under it.
        let menu = MenuView(items: items, selected: selected, labelWidth: labelWidth, wrapsSelected: true)
        let listRows = menu.rowsNeeded(width: area.width)
        let detailRows = area.height - y >= listRows + 4 ? min(detail.count, area.height - y - listRows - 1) : 0
        let list = Rect(
            x: area.x, y: area.y + y, width: area.width,
            height: max(1, min(listRows, area.height - y - (detailRows > 0 ? detailRows + 1 : 0))))
        menu.render(into: &buffer, in: list)
        for (i, (line, style)) in detail.prefix(detailRows).enumerated() {
            buffer.write(line, in: Rect(x: area.x + 2, y: list.maxY + 1 + i, width: area.width - 2, height: 1), style: style)
        }
    }

    /// Under the ladder: the selected step's fear and way out.
    func detailLines(_ s: ExposureStep, width: Int) -> [(String, Style)] {
        var out: [(String, Style)] = []
        if !s.fear.isEmpty { out += StepLines.labelled("I fear", s.fear, width: width, style: .muted) }
        if !s.exitStrategy.isEmpty { out += StepLines.labelled("Way out", s.exitStrategy, width: width, style: .muted) }
        return out
    }
}
