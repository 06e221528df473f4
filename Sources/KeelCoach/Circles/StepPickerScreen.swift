import KeelContent
import KeelStore
import KeelTerminal

/// Choose one small, sustainable step to widen belonging. Steps that would
/// open a kind of circle the person doesn't have yet come first.
struct StepPickerScreen: Screen {
    let choices: [(item: Catalog.Item, newKind: Bool)]
    var selected = 0

    init(catalog: Catalog, world: CircleWorld, current: WideningStep?) {
        choices = WideningSteps.suggestions(catalog, world: world)
        if let current, let i = choices.firstIndex(where: { $0.item.id == current.catalogItem }) { selected = i }
    }

    var title: String { "Circles · a small step" }
    var isMenu: Bool { true }
    var hints: [KeyHint] { [Hints.move, KeyHint("Enter", "make it my next step"), Hints.help, Hints.back] }
    var help: Help {
        Help(
            "A small step",
            [
                "Pick one step you could take in the next week or two. It doesn't need to lead to close friendship: showing up again is what slowly turns strangers into a circle.",
                "Steps marked \"new for you\" would open a kind of circle you don't have on your map yet.",
                "Enter keeps it as your next step on the insights page.",
            ])
    }

    mutating func handle(_ key: Key, _ ctx: Context) -> Transition {
        if moveSelection(&selected, count: choices.count, key: key) { return .stay }
        guard key == .enter, choices.indices.contains(selected) else { return .unhandled }
        let item = choices[selected].item
        guard WideningSteps.choose(item, ctx) != nil else { return .stay }
        ctx.flash = "Your next step: \(endingSentence(item.label))"
        return .back
    }

    func render(into buffer: inout Buffer, in area: Rect, _ ctx: Context) {
        let used = buffer.paragraph("Which small step could you take soon?", in: area, style: .title)
        let detail = choices.indices.contains(selected) ? choices[selected].item.detail ?? "" : ""
        let detailLines = Wrap.lines(detail, width: max(1, area.width - 2))
        let detailRows = area.height >= 12 ? min(3, detailLines.count) + 1 : 0
        let list = Rect(x: area.x, y: area.y + used + 1, width: area.width, height: max(1, area.height - used - 1 - detailRows))
        let items = choices.map { MenuView.Item($0.item.label, badge: $0.newKind ? "new for you" : "") }
        MenuView(items: items, selected: selected, labelWidth: min(46, area.width - 2)).render(into: &buffer, in: list)
        for (i, line) in detailLines.prefix(max(0, detailRows - 1)).enumerated() {
            buffer.write(line, in: Rect(x: area.x + 2, y: list.maxY + 1 + i, width: area.width - 2, height: 1), style: .muted)
        }
    }
}
