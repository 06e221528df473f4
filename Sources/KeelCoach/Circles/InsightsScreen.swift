import KeelContent
import KeelStore
import KeelTerminal

/// What the map says, in words: how concentrated support is, which circles
/// are in touch, the rings and deep ties, ties gone quiet, and one small
/// step to widen belonging.
public struct InsightsScreen: Screen {
    var world: CircleWorld
    var step: WideningStep?
    var scroll = ScrollState()
    /// What the step keys can do here: a catalog to pick from, practices to hand a step to.
    var canPick = false
    var handoffs: [KeyHint] = []
    /// The step is on a ladder or a habit already (and that is still there).
    var carried = false
    /// The words, worked out when the circles or the step change, not per frame.
    var lines: [InsightsText.Line] = []

    public init(_ ctx: Context) {
        world = CircleWorld.load(ctx.store)
        resume(ctx)
    }

    public var title: String { "Circles · insights" }
    public var isMenu: Bool { true }

    func catalog(_ ctx: Context) -> Catalog? { ctx.content.catalog(WideningSteps.catalogID) }

    public var hints: [KeyHint] {
        var keys = [KeyHint("↑↓", "scroll")]
        if canPick { keys.append(KeyHint("w", step == nil ? "pick a step" : "another step")) }
        // A step already on a ladder or a habit isn't offered there again.
        if step != nil { keys += [KeyHint("x", "done")] + (carried ? [] : handoffs) }
        return keys + [Hints.help, Hints.back]
    }

    public var help: Help {
        Help(
            "Insights",
            [
                "Support: each circle's share is the support you rated it times the closeness of its people (inner counts 3, middle 2, outer 1). Above half, keel says a lot rides on one circle.",
                "A circle is in touch when someone in it was within the circle's usual rhythm. A tie has gone quiet when it has been longer than usual: the circle's rhythm for the inner ring, twice it for the middle ring, three times for the outer.",
                "w picks one small step to widen your circles; keel keeps it here as your next step. x marks it done.",
            ])
    }

    public mutating func handle(_ key: Key, _ ctx: Context) -> Transition {
        if scroll.handle(key) { return .stay }
        switch key {
        case .char("w"):
            guard let catalog = catalog(ctx) else { return .unhandled }
            return .open(StepPickerScreen(catalog: catalog, world: world, current: step))
        case .char("x"):
            guard let s = step, WideningSteps.markDone(s, ctx) else { return .unhandled }
            ctx.flash = "Well done: \(s.label). Pick another with w whenever you like."
            step = nil
            describe(ctx)
        case .char(let c):
            guard let s = step, !carried, let handoff = ctx.wideningHandoffs.first(where: { $0.key == c }) else { return .unhandled }
            return .open(handoff.open(ctx, s))
        default:
            return .unhandled
        }
        return .stay
    }

    public mutating func resume(_ ctx: Context) {
        world = CircleWorld.load(ctx.store)
        step = WideningSteps.current(ctx.store)
        canPick = catalog(ctx) != nil
        handoffs = ctx.wideningHandoffs.map { KeyHint(String($0.key), $0.label) }
        describe(ctx)
    }

    private mutating func describe(_ ctx: Context) {
        let detail = step.flatMap { s in catalog(ctx)?.item(s.catalogItem)?.detail }
        let wentTo = step.flatMap { WideningSteps.whereItWent($0, ctx.store) }
        carried = wentTo != nil
        lines = InsightsText.full(world, today: ctx.today, step: step, stepDetail: detail, offerStep: canPick, wentTo: wentTo)
    }

    public func render(into buffer: inout Buffer, in area: Rect, _ ctx: Context) {
        InsightsView(lines: lines, scroll: scroll).render(into: &buffer, in: area)
    }
}

/// Insight lines wrapped to the width, bars drawn with the shared bar
/// widget, scrolled by the page's own scroll state.
struct InsightsView {
    let lines: [InsightsText.Line]
    let scroll: ScrollState

    enum Row {
        case text(String, Style)
        case bar(String, Double, Int)
    }

    func rows(width: Int) -> [Row] {
        lines.flatMap { line -> [Row] in
            switch line {
            case .text(let s, let style): return Wrap.lines(s, width: width).map { .text($0, style) }
            case .bar(let label, let share, let percent): return [.bar(label, share, percent)]
            case .blank: return [.text("", .plain)]
            }
        }
    }

    func render(into buffer: inout Buffer, in area: Rect) {
        let all = rows(width: area.width)
        let first = scroll.firstLine(of: all.count, rows: area.height)
        let more = first + area.height < all.count
        let shown = all.dropFirst(first).prefix(more ? area.height - 1 : area.height)
        let labelWidth = min(20, area.width / 3)
        for (i, row) in shown.enumerated() {
            let y = area.y + i
            switch row {
            case .text(let s, let style):
                buffer.write(s, in: area, row: i, style: style)
            case .bar(let label, let share, let percent):
                buffer.write(label, in: Rect(x: area.x + 2, y: y, width: labelWidth, height: 1))
                let barX = area.x + 3 + labelWidth
                let barWidth = max(0, min(30, area.maxX - barX - 6))
                buffer.bar(value: share, total: 1, x: barX, y: y, width: barWidth)
                let figure = "\(percent)%"
                buffer.write(figure, x: barX + barWidth + 5 - figure.count, y: y, style: .muted, clip: area)
            }
        }
        if more { buffer.write("↓ more (j or ↓)", in: area, row: area.height - 1, style: .muted) }
    }
}
