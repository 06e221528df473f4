import KeelStore
import KeelTerminal

/// A small win in a line, logged in seconds: what you did, not how it
/// turned out. This week's wins are listed under the field; Tab opens them
/// all. The same screen changes a win already kept.
public struct WinScreen: Screen {
    var editor = TextEditor(maxLength: 200)
    var notice: String?
    /// Where it is logged from: "home", "flow:reframe"...
    let source: String
    let week: [SmallWin]
    /// The win being changed, when it is one already kept.
    let editing: SmallWin?

    static let draftID = "win"
    /// Reported when a new win is kept (a habit may stand for it).
    public static let logged = PracticeActions.win

    public init(_ ctx: Context, source: String = "home") {
        self.source = source
        editing = nil
        if let d = ctx.store.draft(WinScreen.draftID), let text = d.state["text"]?.string { editor.set(text) }
        let thisWeek = Week(containing: ctx.today)
        week = SmallWins.recent(ctx).filter { thisWeek.contains($0.day) }
    }

    /// Changing a win already kept; words left unsaved here come back next time.
    init(_ ctx: Context, editing win: SmallWin) {
        source = win.source ?? "home"
        editing = win
        week = []
        let draft = ctx.store.draft(WinScreen.draftID(editing: win.id))?.state["text"]?.string
        editor.set(draft ?? win.text)
    }

    static func draftID(editing id: String) -> String { "win:\(id)" }
    var draftKey: String { editing.map { WinScreen.draftID(editing: $0.id) } ?? WinScreen.draftID }

    public var title: String { editing == nil ? "Small win" : "Small win · change" }
    public var capturesText: Bool { true }
    public var hints: [KeyHint] {
        editing == nil ? [KeyHint("Enter", "keep"), KeyHint("Tab", "all wins"), Hints.back] : [KeyHint("Enter", "save"), Hints.back]
    }
    public var help: Help {
        Help(
            "Small wins",
            [
                "A win here is something you did, whatever came of it: started a conversation, kept a boundary, asked a question, went at all.",
                "One line is plenty. Enter keeps it with today's date; Esc goes back and keeps what you typed.",
                "Your wins go into the weekly letter (keel letter). Tab lists them all, by week, to search, change or delete.",
            ])
    }

    static let examples = "Started a conversation · kept a boundary · asked a clarifying question · went, even though I was nervous"

    public mutating func handle(_ key: Key, _ ctx: Context) -> Transition {
        switch key {
        case .escape:
            if let d = draft() { ctx.keepDraft(d) } else { ctx.clearDraft(draftKey) }
            return .back
        case .tab where editing == nil:
            return .open(WinsScreen(ctx))
        case .enter:
            let text = editor.trimmed
            guard !text.isEmpty else {
                notice =
                    editing == nil
                    ? "One line about something you did; Esc if not now."
                    : "A win needs a few words; d on the list deletes it."
                return .stay
            }
            if let old = editing { return save(old, text: text, ctx) }
            let win = SmallWin(id: ctx.newID(), created: ctx.now(), day: ctx.today, text: text, source: source)
            guard ctx.save(win) else { return .stay }
            ctx.clearDraft(WinScreen.draftID)
            ctx.report(.practiceDone(WinScreen.logged))
            ctx.report(.picked(win.id))  // the list of wins below, if it is there, selects it
            let count = week.count + 1
            ctx.flash = "Kept: \(endingSentence(text)) \(count == 1 ? "Your first win this week." : "\(count) wins this week.")"
            return .back
        default:
            if editor.handle(key) { notice = nil }
            return .stay
        }
    }

    public var draftPlace: String? { draftKey }

    /// The changed words written over the win kept (one atomic save).
    func save(_ old: SmallWin, text: String, _ ctx: Context) -> Transition {
        var win = ctx.store.find(SmallWin.self, id: old.id, near: old.created) ?? old
        guard text != win.text else {
            ctx.clearDraft(draftKey)
            return .back
        }
        win.text = text
        win.updated = ctx.now()
        guard ctx.save(win) else { return .stay }
        ctx.clearDraft(draftKey)
        ctx.flash = "Changed: \(endingSentence(text))"
        return .back
    }

    public func draft() -> DraftContent? {
        // A change is worth keeping only when it differs from the win as kept.
        if let editing, editor.trimmed == editing.text { return nil }
        return editor.trimmed.isEmpty
            ? nil : DraftContent(id: draftKey, title: editing == nil ? "A small win" : "A change to a win", state: .object(["text": .string(editor.text)]))
    }

    public func render(into buffer: inout Buffer, in area: Rect, _ ctx: Context) {
        let question =
            editing.map { "Your win on \($0.day.weekdayName) \($0.day.day) \($0.day.monthName)" } ?? "What did you do that took a little courage or care?"
        var y = buffer.paragraph(question, in: area, style: .title)
        if area.height >= 12 { y += 1 }
        let width = max(1, area.width - 2)
        let rows = max(1, min(3, editor.layout(width: width).rows.count))
        buffer.write("›", x: area.x, y: area.y + y, style: .key, clip: area)
        buffer.textField(
            editor, in: Rect(x: area.x + 2, y: area.y + y, width: width, height: min(rows, area.height - y)),
            focused: true, placeholder: "A few words")
        y += rows + 1
        var lines: [(String, Style)] = []
        if let notice { lines.append((notice, .warm)) }
        if let limit = editor.limitNote { lines.append((limit, .warm)) }
        if editing == nil { lines.append((WinScreen.examples, .muted)) }
        if !week.isEmpty {
            lines.append(("", .plain))
            lines.append(("This week", .strong))
            lines += week.reversed().map { ("\($0.day.short)  \($0.text)", .plain) }
        }
        // Whatever fits under the field; the field has the keys, so nothing here scrolls.
        var row = area.y + y
        for (text, style) in ScrollText.wrap(lines, width: max(1, area.width - 2)) where row < area.maxY {
            buffer.write(text, x: area.x + 2, y: row, style: style, clip: area)
            row += 1
        }
    }
}
