import KeelStore
import KeelTerminal

/// The circle map's small step to widen belonging, taken onto a ladder:
/// choose the ladder (or start one for it), then plan the step.
public struct WideningToLadderScreen: Screen {
    let widening: WideningStep
    let ladders: [ExposureLadder]
    var selected = 0

    /// The goal of a ladder started from here.
    static let newGoal = "Widen my circles"

    public init(_ widening: WideningStep, _ ctx: Context) {
        self.widening = widening
        ladders = ExposureWorld.load(ctx.store).ladders
    }

    /// The key the circle map's insights page offers for it.
    public static var handoff: WideningHandoff {
        WideningHandoff(key: "e", label: "make it a ladder step") { ctx, step in WideningToLadderScreen(step, ctx) }
    }

    public var title: String { "Step ladder · a step to widen" }
    public var isMenu: Bool { true }
    public var hints: [KeyHint] { [Hints.move, Hints.choose, Hints.help, Hints.back] }
    public var help: Help {
        Help(
            "A step to widen, on a ladder",
            [
                "Your next step to widen your circles can be planned like any ladder step: a day, what you expect and fear, a way out, and how you will cope.",
                "Choose a ladder for it, or start one called \"\(WideningToLadderScreen.newGoal)\" (g on the ladder changes the goal).",
            ])
    }

    /// A ladder already called "Widen my circles" is listed; a second of that name isn't offered.
    var offersNew: Bool { !ladders.contains { $0.goal == WideningToLadderScreen.newGoal } }

    var items: [MenuView.Item] {
        ladders.map { MenuView.Item($0.goal) } + (offersNew ? [MenuView.Item("+ A new ladder", detail: WideningToLadderScreen.newGoal)] : [])
    }

    public mutating func handle(_ key: Key, _ ctx: Context) -> Transition {
        if moveSelection(&selected, count: items.count, key: key) { return .stay }
        guard key == .enter else { return .unhandled }
        let ladderID: String
        if ladders.indices.contains(selected) {
            ladderID = ladders[selected].id
        } else {
            let ladder = ExposureLadder(id: ctx.newID(), created: ctx.now(), goal: WideningToLadderScreen.newGoal)
            guard ctx.save(ladder) else { return .stay }
            ladderID = ladder.id
        }
        var editor = StepEditor(original: nil, ladderID: ladderID, ctx)
        editor.situation = widening.label
        editor.widening = widening
        return .replace(FormScreen(editor, ctx))
    }

    public func render(into buffer: inout Buffer, in area: Rect, _ ctx: Context) {
        var y = buffer.paragraph("Which ladder should this step go on?", in: area, style: .title)
        y += buffer.paragraph(widening.label, in: area.droppingTop(y), style: .calm) + 1
        MenuView(items: items, selected: selected, labelWidth: min(44, area.width - 4)).render(into: &buffer, in: area.droppingTop(y))
    }
}
