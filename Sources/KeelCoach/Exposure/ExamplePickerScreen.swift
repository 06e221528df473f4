import KeelContent
import KeelStore
import KeelTerminal

/// Pick example steps for a ladder from the `exposure-steps` catalog. ←→
/// narrow the list to a kind of situation; Space ticks; Enter adds the
/// ticked steps to the top of the ladder, easier ones first.
struct ExamplePickerScreen: Screen {
    static let catalogID = "exposure-steps"
    static let themes: [(tag: String, label: String)] = [
        ("", "all"), ("group", "groups and clubs"), ("talk", "conversations"), ("work", "work and study"),
        ("reach", "reaching out"), ("event", "parties and events"),
    ]
    static let levels = ["easier", "middle", "harder"]

    let catalog: Catalog
    let ladderID: String
    var theme = 0
    var selected = 0
    var ticked: Set<String> = []

    init(catalog: Catalog, ladderID: String) {
        self.catalog = catalog
        self.ladderID = ladderID
    }

    var title: String { "Step ladder · examples" }
    var isMenu: Bool { true }
    var hints: [KeyHint] {
        [
            Hints.move, KeyHint("←→", "kind"), KeyHint("Space", "tick"), KeyHint("Enter", ticked.isEmpty ? "add this one" : "add \(ticked.count)"), Hints.help,
            Hints.back,
        ]
    }
    var help: Help {
        Help(
            "Example steps",
            [
                "Steps other people have found useful, marked easier, middle or harder. ←→ show one kind of situation at a time.",
                "Space ticks as many as you like; Enter adds them to the top of your ladder, easier ones first. With nothing ticked, Enter adds the one under the cursor.",
                "Then open each one (e) to make it yours: the day, what you expect and fear, the way out.",
            ])
    }

    static func level(_ item: Catalog.Item) -> Int {
        levels.firstIndex { (item.tags ?? []).contains($0) } ?? 1
    }

    var visible: [Catalog.Item] {
        let tag = ExamplePickerScreen.themes[theme].tag
        return catalog.items.filter { tag.isEmpty || ($0.tags ?? []).contains(tag) }
    }

    mutating func handle(_ key: Key, _ ctx: Context) -> Transition {
        let items = visible
        if moveSelection(&selected, count: items.count, key: key) { return .stay }
        switch key {
        case .left, .char("h"), .right, .char("l"):
            let n = ExamplePickerScreen.themes.count
            theme = (theme + (key == .left || key == .char("h") ? n - 1 : 1)) % n
            selected = 0
        case .char(" "):
            guard items.indices.contains(selected) else { return .stay }
            let id = items[selected].id
            if ticked.contains(id) { ticked.remove(id) } else { ticked.insert(id) }
        case .enter:
            let chosen =
                ticked.isEmpty
                ? (items.indices.contains(selected) ? [items[selected]] : [])
                : catalog.items.filter { ticked.contains($0.id) }
            guard !chosen.isEmpty else { return .stay }
            let ordered = chosen.enumerated().sorted { (ExamplePickerScreen.level($0.element), $0.offset) < (ExamplePickerScreen.level($1.element), $1.offset) }
            let added = ExposureEdits.append(
                ordered.map { ($0.element.label, "example:\($0.element.id)") }, to: ladderID,
                world: ExposureWorld.load(ctx.store), ctx)
            guard !added.isEmpty else { return .stay }
            ctx.flash =
                added.count == 1 ? "Added: \(endingSentence(added[0].situation)) e makes it yours." : "Added \(added.count) steps. e makes each one yours."
            return .back
        default:
            return .unhandled
        }
        return .stay
    }

    func render(into buffer: inout Buffer, in area: Rect, _ ctx: Context) {
        let items = visible
        let used = buffer.paragraph("Pick steps for your ladder", in: area.top(1), style: .title)
        buffer.write("‹ \(ExamplePickerScreen.themes[theme].label) ›", in: area.droppingTop(used).top(1), style: .strong)
        let top = used + 1 + (area.height > 10 ? 1 : 0)
        let detail = items.indices.contains(selected) ? items[selected].detail ?? "" : ""
        let detailLines = Wrap.lines(detail, width: max(1, area.width - 2))
        let detailRows = area.height >= 12 ? min(2, detailLines.count) + 1 : 0
        let list = Rect(x: area.x, y: area.y + top, width: area.width, height: max(1, min(items.count, area.height - top - detailRows)))
        let menu = items.map { item in
            MenuView.Item(
                (ticked.contains(item.id) ? "[x] " : "[ ] ") + item.label,
                badge: ExamplePickerScreen.levels[ExamplePickerScreen.level(item)])
        }
        MenuView(items: menu, selected: selected, labelWidth: max(10, area.width - 10)).render(into: &buffer, in: list)
        for (i, line) in detailLines.prefix(max(0, detailRows - 1)).enumerated() {
            buffer.write(line, in: Rect(x: area.x + 2, y: list.maxY + 1 + i, width: area.width - 2, height: 1), style: .muted)
        }
    }
}
