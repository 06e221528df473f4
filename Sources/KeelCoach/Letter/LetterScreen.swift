import KeelStore
import KeelTerminal

/// `keel letter`: this week's letter (drafted by keel from the week, then
/// yours to change), and every past letter by week.
public struct LetterScreen: Screen {
    struct Row {
        var week: Week
        var letter: WeeklyLetter?
        /// The list line, made when the letters are read, not per frame.
        var item = MenuView.Item("")
    }

    var rows: [Row] = []
    var selected = 0

    public init(_ ctx: Context) { resume(ctx) }

    public var title: String { "Weekly letter" }
    public var isMenu: Bool { true }
    public var hints: [KeyHint] {
        [Hints.move, KeyHint("Enter", rows.indices.contains(selected) && rows[selected].letter != nil ? "read" : "write"), Hints.back]
    }
    public var help: Help {
        Help(
            "The weekly letter",
            [
                "Once a week, a letter to yourself. keel drafts it from the week: your small wins, the strengths you leaned on, what you were grateful for, the stings you took a second look at, your habits.",
                "Change anything, add what keel couldn't know, and save it with Ctrl-S. It's due on \(Week.lastDayName), the week's last day; any day of the week is fine.",
                "Past letters are listed by week: Enter reads one, e in the letter changes it.",
            ])
    }

    public mutating func resume(_ ctx: Context) {
        let thisWeek = Week(containing: ctx.today)
        let letters = Letters.all(ctx)
        var rows = [Row(week: thisWeek, letter: letters.first { thisWeek.contains($0.week) })]
        let lastWeek = thisWeek.adding(weeks: -1)
        // Last week is offered only if keel was there for some of it (with nothing saved yet, it wasn't).
        let keelThen = FirstDay.of(ctx).map { !thisWeek.contains($0) } ?? false
        if keelThen, !letters.contains(where: { lastWeek.contains($0.week) }) { rows.append(Row(week: lastWeek, letter: nil)) }
        rows += letters.filter { $0.week < thisWeek.first }.map { Row(week: Week(containing: $0.week), letter: $0) }
        self.rows = rows.sorted { $0.week > $1.week }.map { row in
            var row = row
            let (name, detail) = label(row, ctx)
            row.item = MenuView.Item(name, detail: detail)
            return row
        }
        selected = min(selected, self.rows.count - 1)
    }

    public mutating func handle(_ key: Key, _ ctx: Context) -> Transition {
        if moveSelection(&selected, count: rows.count, key: key) { return .stay }
        guard key == .enter, rows.indices.contains(selected) else { return .unhandled }
        let row = rows[selected]
        if let letter = row.letter { return .open(LetterReadScreen(letter)) }
        return .open(LetterEditorScreen(week: row.week, ctx))
    }

    func label(_ row: Row, _ ctx: Context) -> (String, String) {
        let thisWeek = Week(containing: ctx.today)
        let name = row.week == thisWeek ? "This week" : row.week == thisWeek.adding(weeks: -1) ? "Last week" : row.week.description
        let draft = ctx.store.draft(LetterEditorScreen.draftID(row.week))
        guard let letter = row.letter else {
            if let draft {
                let when = DraftWords.started(ctx.calendar.day(of: draft.updated), today: ctx.today)
                return (name, "your draft from \(when) is waiting")
            }
            return (name, row.week == thisWeek ? "not written yet · \(Letters.due(ctx) ?? "")" : "not written · there's still time")
        }
        let written = ctx.calendar.day(of: letter.created)
        let words = letter.text.split { $0 == " " || $0 == "\n" }.count
        return (name, "written \(written.short) · \(counted(words, "word"))" + (draft == nil ? "" : " · changes waiting"))
    }

    public func render(into buffer: inout Buffer, in area: Rect, _ ctx: Context) {
        var y = buffer.paragraph("A letter to yourself, once a week.", in: area, style: .title)
        if area.height >= 10 { y += 1 }
        MenuView(items: rows.map(\.item), selected: selected, labelWidth: min(20, area.width / 2)).render(into: &buffer, in: area.droppingTop(y))
    }
}

/// A saved letter, to read; e changes it.
struct LetterReadScreen: Screen {
    var letter: WeeklyLetter
    var scroll = ScrollState()

    init(_ letter: WeeklyLetter) { self.letter = letter }

    var title: String { "Letter · \(Week(containing: letter.week))" }
    var isMenu: Bool { true }
    var hints: [KeyHint] { [KeyHint("↑↓", "scroll"), KeyHint("e", "edit"), Hints.back] }
    var help: Help { Help("A letter", ["Your letter for this week, as you saved it. e opens it to change; Esc goes back to the list."]) }

    mutating func handle(_ key: Key, _ ctx: Context) -> Transition {
        if scroll.handle(key) { return .stay }
        if key == .char("e") { return .replace(LetterEditorScreen(week: Week(containing: letter.week), ctx, existing: letter)) }
        return .unhandled
    }

    func render(into buffer: inout Buffer, in area: Rect, _ ctx: Context) {
        let column = area.centered(width: 72, height: area.height)
        let paragraphs = letter.text.split(separator: "\n", omittingEmptySubsequences: false).map { (String($0), Style.plain) }
        ScrollText(lines: ScrollText.wrap(paragraphs, width: column.width), scroll: scroll).render(into: &buffer, in: column)
    }
}
