import KeelStore
import KeelTerminal

/// `n` just before a step: the person didn't go this time. Nothing is
/// recorded against them; they pick a new day, set the step aside, or
/// leave it on the ladder as it is.
struct NotThisTimeScreen: Screen {
    let step: ExposureStep
    var selected = 0

    enum Choice: CaseIterable { case anotherDay, setAside, leave }

    var title: String { "Not this time" }
    var isMenu: Bool { true }
    var hints: [KeyHint] { [Hints.move, Hints.choose, Hints.back] }

    var help: Help {
        Help(
            "Not this time",
            [
                "Not going is allowed, and nothing counts against you: keel keeps no score of the days you stayed home.",
                "Another day keeps the plan and asks only for a new day. Set it aside skips the step for now (s on the ladder brings it back). Back to the ladder leaves it as it was.",
                "If the step felt too big, a smaller one can go on the ladder first: a on the ladder, then - moves it down.",
            ])
    }

    func items() -> [MenuView.Item] {
        [
            MenuView.Item("Another day", detail: "keep the plan, pick a new day"),
            MenuView.Item("Set it aside", detail: "skip it for now; s on the ladder brings it back"),
            MenuView.Item("Back to the ladder", detail: "leave it as it is"),
        ]
    }

    mutating func handle(_ key: Key, _ ctx: Context) -> Transition {
        if moveSelection(&selected, count: Choice.allCases.count, key: key) { return .stay }
        guard key == .enter else { return .unhandled }
        switch Choice.allCases[selected] {
        case .anotherDay:
            var form = FormScreen(StepEditor(original: step, ladderID: step.ladderID, ctx), ctx)
            form.form.focus = form.form.fields.firstIndex { $0.key == "due" } ?? 0
            return .replace(form)
        case .setAside:
            if step.status == .planned { _ = ExposureEdits.toggleSkip(step, ctx) }
            return .back
        case .leave:
            return .back
        }
    }

    func render(into buffer: inout Buffer, in area: Rect, _ ctx: Context) {
        let lines: [(String, Style)] = [
            ("That's all right.", .title),
            ("Some days a step is bigger than the day. Seeing that is part of the climb, and the ladder is still here.", .plain),
        ]
        let text = ScrollText.wrap(lines, width: area.width)
        let menu = MenuView(items: items(), selected: selected, labelWidth: 19, wrapsSelected: true)
        let menuRows = min(menu.rowsNeeded(width: area.width), area.height - 1)
        let gap = area.height >= 12 ? 1 : 0
        let textRows = max(0, min(text.count, area.height - menuRows - gap))
        ScrollText(lines: text, offset: 0).render(into: &buffer, in: area.top(textRows))
        menu.render(into: &buffer, in: area.droppingTop(textRows + gap))
    }
}
