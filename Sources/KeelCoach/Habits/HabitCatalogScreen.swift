import KeelContent
import KeelStore
import KeelTerminal

/// A new habit: your own, or one from the habits catalog, filled in and
/// ready to change.
struct HabitCatalogScreen: Screen {
    let items: [Catalog.Item]
    var selected = 0

    init(_ ctx: Context) {
        let have = Set(ctx.store.all(Habit.self).compactMap(\.catalogItem))
        items = (ctx.content.catalog("habits")?.items ?? []).filter { !have.contains($0.id) }
    }

    var title: String { "Habits · add" }
    var isMenu: Bool { true }
    var hints: [KeyHint] { [Hints.move, Hints.choose, Hints.back] }
    var help: Help {
        Help(
            "Adding a habit",
            [
                "Pick one of these small rituals, or the first line to write your own. Each comes with a suggested schedule and a two-minute version; change anything before you save.",
                "Habits you already have are not listed again.",
            ])
    }

    mutating func handle(_ key: Key, _ ctx: Context) -> Transition {
        if moveSelection(&selected, count: items.count + 1, key: key) { return .stay }
        guard key == .enter else { return .unhandled }
        let start = selected == 0 ? HabitEditor.Start() : HabitEditor.start(from: items[selected - 1])
        return .replace(FormScreen(HabitEditor(original: nil, start: start), ctx))
    }

    func render(into buffer: inout Buffer, in area: Rect, _ ctx: Context) {
        let used = buffer.paragraph("Which small ritual would you like to keep?", in: area, style: .title)
        let rows =
            [MenuView.Item("Your own habit…", detail: "write it yourself")]
            + items.map { MenuView.Item($0.label, detail: HabitEditor.start(from: $0).schedule.description) }
        let detail = selected > 0 ? items[selected - 1].detail.map { "Two-minute version: \($0)" } ?? "" : ""
        let detailLines = area.height >= 12 ? Wrap.lines(detail, width: max(1, area.width - 2)).prefix(2) : []
        let listTop = used + (area.height >= 10 ? 1 : 0)
        let list = Rect(
            x: area.x, y: area.y + listTop, width: area.width, height: max(1, area.height - listTop - (detailLines.isEmpty ? 0 : detailLines.count + 1)))
        MenuView(items: rows, selected: selected, labelWidth: min(30, area.width / 2), wrapsSelected: true).render(into: &buffer, in: list)
        for (i, line) in detailLines.enumerated() {
            buffer.write(line, x: area.x + 2, y: list.maxY + 1 + i, style: .muted, clip: area)
        }
    }
}
