import KeelStore
import KeelTerminal

/// The person's own safety plan: six short parts, filled in and changed
/// here. Each part is saved the moment its editing ends.
struct SafetyPlanScreen: CrisisHelpScreen {
    typealias Section = SafetyPlan.Section
    var plan: SafetyPlan
    var selected = 0
    var editor: TextEditor?

    init(_ ctx: Context) { plan = ctx.store.singleton(SafetyPlan.self) }

    var section: Section { Section.allCases[selected] }
    var title: String { "Safety plan" }
    var capturesText: Bool { editor != nil }
    var hints: [KeyHint] {
        if editor != nil { return [KeyHint("Enter", "save"), KeyHint("Tab", "save, next part"), EditorKey.hint, KeyHint("Esc", "done")] }
        return [Hints.move, KeyHint("Enter", "write"), Hints.back]
    }
    var help: Help {
        Help(
            "Your safety plan",
            [
                "A plan for a very hard moment, written while things are calmer. Fill in what you can; every part is optional and you can change it any time.",
                "Move to a part and press Enter to write. Enter saves it; Tab saves it and goes to the next part; Esc stops writing and keeps what you typed. Ctrl-O opens the part in your own editor.",
                "The plan is shown on the Help now page (! from any list) and goes into your exports.",
            ])
    }

    mutating func handle(_ key: Key, _ ctx: Context) -> Transition {
        if var editing = editor {
            switch key {
            case .enter, .escape:
                commit(editing.text, ctx)
                editor = nil
            case EditorKey.key:
                return .editExternally(editing.text)
            case .tab, .backTab:
                commit(editing.text, ctx)
                selected = (selected + (key == .tab ? 1 : Section.allCases.count - 1)) % Section.allCases.count
                editor = TextEditor(plan[section], maxLength: 2000)
            default:
                editing.handle(key)
                editor = editing
            }
            return .stay
        }
        if moveSelection(&selected, count: Section.allCases.count, key: key) { return .stay }
        switch key {
        case .tab: selected = min(Section.allCases.count - 1, selected + 1)
        case .backTab: selected = max(0, selected - 1)
        case .enter: editor = TextEditor(plan[section], maxLength: 2000)
        default: return .unhandled
        }
        return .stay
    }

    mutating func commit(_ text: String, _ ctx: Context) {
        let trimmed = TextEditor(text).trimmed
        guard trimmed != plan[section] else { return }
        plan[section] = trimmed
        plan.updated = ctx.now()
        ctx.save(plan)
    }

    /// The part came back from the person's own editor, still open here to save.
    mutating func edited(_ text: String, _ ctx: Context) {
        editor?.set(text)
    }

    /// Closing keel while writing keeps the words in the plan itself.
    mutating func closing(_ ctx: Context) {
        if let editor { commit(editor.text, ctx) }
    }

    func render(into buffer: inout Buffer, in area: Rect, _ ctx: Context) {
        var rows: [(String, Style)] = []
        var headerRow: [Int] = []
        var fieldRow = 0
        let inner = max(1, area.width - 4)
        for (i, s) in Section.allCases.enumerated() {
            headerRow.append(rows.count)
            rows.append(((i == selected ? "› " : "  ") + s.title, i == selected ? .selected : .strong))
            if i == selected, let editor {
                fieldRow = rows.count
                let height = max(1, min(4, editor.layout(width: inner).rows.count))
                rows += Array(repeating: ("", Style.plain), count: height)
            } else if plan[s].isEmpty {
                rows += Wrap.lines(s.hint, width: inner).map { ("    " + $0, Style.muted) }
            } else {
                rows += Wrap.lines(plan[s], width: inner).map { ("    " + $0, Style.plain) }
            }
        }
        // Keep the selected part, and the field under it, in view.
        let wanted = editor != nil ? fieldRow + 3 : (selected + 1 < headerRow.count ? headerRow[selected + 1] : rows.count)
        let offset = min(headerRow[selected], max(0, wanted - area.height))
        for (n, (text, style)) in rows.dropFirst(offset).prefix(area.height).enumerated() {
            let width = style == .selected ? DisplayWidth.of(text) : area.width
            buffer.write(text, in: Rect(x: area.x, y: area.y + n, width: min(width, area.width), height: 1), style: style)
        }
        if let editor {
            let y = area.y + fieldRow - offset
            let height = max(1, min(4, editor.layout(width: inner).rows.count))
            let field = Rect(x: area.x + 4, y: y, width: inner, height: min(height, area.maxY - y))
            buffer.textField(editor, in: field, focused: true, placeholder: section.hint)
        }
    }
}
