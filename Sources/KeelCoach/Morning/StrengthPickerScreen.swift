import KeelContent
import KeelStore
import KeelTerminal

/// Pick three to five strengths from the catalog, or write your own: the
/// morning reflection gives each a turn.
public struct StrengthPickerScreen: Screen {
    var picks: [MyStrengths.Pick]
    let catalog: [Catalog.Item]
    var selected = 0
    /// Writing one of your own.
    var own: TextEditor?
    var notice: String?
    /// The flow to go on to once they are saved (the first morning).
    let then: Flow?

    public init(_ ctx: Context, then: Flow? = nil) {
        picks = ctx.store.singleton(MyStrengths.self).picks
        catalog = ctx.content.catalog("strengths")?.items ?? []
        self.then = then
        if let d = ctx.store.draft(StrengthPickerScreen.draftID), let text = d.state["own"]?.string {
            own = TextEditor(text, maxLength: 60)
        }
    }

    static let draftID = "strengths:own"

    /// Your own strengths first, then the catalog's.
    var rows: [MyStrengths.Pick] {
        picks.filter(\.isOwn) + catalog.map { MyStrengths.Pick(id: $0.id, label: $0.label, detail: $0.detail) }
    }

    public var title: String { "Your strengths" }
    public var isMenu: Bool { own == nil }
    public var capturesText: Bool { own != nil }
    public var hints: [KeyHint] {
        if own != nil { return [KeyHint("Enter", "add"), KeyHint("Esc", "back to the list")] }
        return [Hints.move, KeyHint("Space", "pick"), KeyHint("a", "your own"), KeyHint("Enter", "save"), Hints.back]
    }
    public var help: Help {
        Help(
            "Your strengths",
            [
                "Pick three to five strengths that sound like you on a good day, or write your own with a. They don't need to be things you're best at; just things that are yours.",
                "Each morning one of them takes its turn in the morning reflection, and you remember when you used it lately.",
                "Space picks or unpicks; Enter saves. You can change them any time from keel values (s).",
            ])
    }

    func isPicked(_ id: String) -> Bool { picks.contains { $0.id == id } }

    public mutating func handle(_ key: Key, _ ctx: Context) -> Transition {
        if var editor = own {
            switch key {
            case .escape:
                own = nil
                ctx.clearDraft(StrengthPickerScreen.draftID)
            case .enter:
                let text = editor.trimmed
                guard !text.isEmpty else { own = nil; return .stay }
                if picks.count >= MyStrengths.allowed.upperBound {
                    notice = "Five is the most; unpick one first."
                    return .stay
                }
                let n = (picks.compactMap { $0.isOwn ? Int($0.id.dropFirst(4)) : nil }.max() ?? 0) + 1
                picks.insert(MyStrengths.Pick(id: "own-\(n)", label: text), at: picks.filter(\.isOwn).count)
                own = nil
                selected = 0
                notice = nil
                ctx.clearDraft(StrengthPickerScreen.draftID)
            default:
                editor.handle(key)
                own = editor
            }
            return .stay
        }
        let all = rows
        if moveSelection(&selected, count: all.count, key: key) { return .stay }
        switch key {
        case .char(" "):
            guard all.indices.contains(selected) else { return .stay }
            let row = all[selected]
            if let i = picks.firstIndex(where: { $0.id == row.id }) {
                picks.remove(at: i)
                notice = nil
                if row.isOwn { selected = min(selected, max(0, rows.count - 1)) }
            } else if picks.count >= MyStrengths.allowed.upperBound {
                notice = "Five is the most; unpick one first."
            } else {
                picks.append(row)
                notice = nil
            }
        case .char("a"):
            own = TextEditor(maxLength: 60)
        case .enter:
            guard picks.count >= 3 else {
                notice = "Pick at least three (\(picks.count) so far), or write your own with a."
                return .stay
            }
            var record = ctx.store.singleton(MyStrengths.self)
            record.picks = picks
            record.updated = ctx.now()
            guard ctx.save(record) else { return .stay }
            if let then { return .goInstead(.flow(then.id, name: then.title)) }
            ctx.flash = "Your strengths are saved."
            return .back
        default:
            return .unhandled
        }
        return .stay
    }

    public var draftPlace: String? { own == nil ? nil : StrengthPickerScreen.draftID }

    public func draft() -> DraftContent? {
        guard let own, !own.isEmpty else { return nil }
        return DraftContent(id: StrengthPickerScreen.draftID, title: "A strength of your own", state: .object(["own": .string(own.text)]))
    }

    public func render(into buffer: inout Buffer, in area: Rect, _ ctx: Context) {
        var y = buffer.paragraph("Which strengths sound like you? Pick three to five.", in: area, style: .title)
        let counter = "\(picks.count) picked"
        if area.height >= 10 {
            buffer.write(counter, in: area.row(y), style: .muted)
            y += 2
        }
        let all = rows
        // Each strength's line beside it when there is room, else under the list for the one selected.
        let wide = area.width >= 60
        let detail = !wide && own == nil && all.indices.contains(selected) ? all[selected].detail ?? "your own" : nil
        let detailLines = detail.map { Wrap.lines($0, width: max(1, area.width - 2)) } ?? []
        let footRows =
            (own != nil || notice != nil ? 1 : 0) + (own != nil ? 1 : 0) + (notice != nil ? 1 : 0) + (detailLines.isEmpty ? 0 : detailLines.count + 1)
        let items = all.map { MenuView.Item((isPicked($0.id) ? "[x] " : "[ ] ") + $0.label, detail: wide ? $0.detail ?? "your own" : "") }
        let longest = (all.map { DisplayWidth.of($0.label) }.max() ?? 0) + 5
        // The selected strength is shown whole, its words wrapped under it.
        let menu = MenuView(
            items: items, selected: own == nil ? selected : -1, labelWidth: wide ? min(longest, area.width / 2) : area.width - 2, wrapsSelected: true)
        let listHeight = max(1, min(menu.rowsNeeded(width: area.width), area.height - y - footRows))
        menu.render(into: &buffer, in: Rect(x: area.x, y: area.y + y, width: area.width, height: listHeight))
        y += listHeight + 1
        for line in detailLines where y < area.height {
            buffer.write(line, x: area.x + 2, y: area.y + y, style: .muted, clip: area)
            y += 1
        }
        if let own, y < area.height {
            buffer.write("Your own:", x: area.x + 2, y: area.y + y, style: .strong, clip: area)
            buffer.textField(
                own, in: Rect(x: area.x + 12, y: area.y + y, width: area.width - 12, height: 1), focused: true,
                placeholder: "a strength in a few words")
            y += 1
        }
        if let notice, y < area.height { buffer.write(notice, in: area.row(y), style: .warm) }
    }
}
