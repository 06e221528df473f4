import KeelStore
import KeelTerminal

/// A small win in a line, logged in seconds: what you did, not how it
/// turned out. This week's wins are listed under the field.
public struct WinScreen: Screen {
    var editor = TextEditor(maxLength: 200)
    var notice: String?
    /// Where it is logged from: "home", "flow:reframe"...
    let source: String
    let week: [SmallWin]

    static let draftID = "win"

    public init(_ ctx: Context, source: String = "home") {
        self.source = source
        if let d = ctx.store.draft(WinScreen.draftID), let text = d.state["text"]?.string { editor.set(text) }
        let thisWeek = Week(containing: ctx.today)
        week = SmallWins.recent(ctx).filter { thisWeek.contains($0.day) }
    }

    public var title: String { "Small win" }
    public var capturesText: Bool { true }
    public var hints: [KeyHint] { [KeyHint("Enter", "keep it"), Hints.back] }
    public var help: Help {
        Help(
            "Small wins",
            [
                "A win here is something you did, whatever came of it: started a conversation, kept a boundary, asked a question, went at all.",
                "One line is plenty. Enter keeps it with today's date; Esc goes back and keeps what you typed.",
                "Your wins go into the weekly letter (keel letter).",
            ])
    }

    static let examples = "Started a conversation · kept a boundary · asked a clarifying question · went, even though I was nervous"

    public mutating func handle(_ key: Key, _ ctx: Context) -> Transition {
        switch key {
        case .escape:
            if let d = draft() { ctx.keepDraft(d) } else { ctx.clearDraft(WinScreen.draftID) }
            return .back
        case .enter:
            let text = editor.trimmed
            guard !text.isEmpty else {
                notice = "One line about something you did; Esc if not now."
                return .stay
            }
            let win = SmallWin(id: ctx.newID(), created: ctx.now(), day: ctx.today, text: text, source: source)
            guard ctx.save(win) else { return .stay }
            ctx.clearDraft(WinScreen.draftID)
            let count = week.count + 1
            ctx.flash = "Kept: \(endingSentence(text)) \(count == 1 ? "Your first win this week." : "\(count) wins this week.")"
            return .back
        default:
            if editor.handle(key) { notice = nil }
            return .stay
        }
    }

    public var draftPlace: String? { WinScreen.draftID }

    public func draft() -> DraftContent? {
        editor.trimmed.isEmpty ? nil : DraftContent(id: WinScreen.draftID, title: "A small win", state: .object(["text": .string(editor.text)]))
    }

    public func render(into buffer: inout Buffer, in area: Rect, _ ctx: Context) {
        var y = buffer.paragraph("What did you do that took a little courage or care?", in: area, style: .title)
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
        lines.append((WinScreen.examples, .muted))
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

/// Reading wins back: the recent ones for the log screen, a week's for the letter.
enum SmallWins {
    /// Wins from the last two months of files, oldest first.
    static func recent(_ ctx: Context) -> [SmallWin] {
        ctx.store.months(SmallWin.self).suffix(2).flatMap { ctx.store.records(SmallWin.self, month: $0) }
            .sorted { ($0.day, $0.created) < ($1.day, $1.created) }
    }
}
