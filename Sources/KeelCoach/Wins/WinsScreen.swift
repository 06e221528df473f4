import KeelStore
import KeelTerminal

/// Every small win, newest week first: `/` searches them, Enter changes
/// one, `d` deletes it and `u` brings it back, `a` notes a new one.
public struct WinsScreen: Screen {
    var all: [SmallWin] = []
    var shown: [SmallWin] = []
    var selected = 0
    var search = SearchBox()
    /// Wins deleted here, the last first back with `u`.
    var deleted: [SmallWin] = []
    var justAdded: String?
    let today: CivilDate

    public init(_ ctx: Context, selecting id: String? = nil) {
        today = ctx.today
        reload(ctx)
        if let id, let i = shown.firstIndex(where: { $0.id == id }) { selected = i }
    }

    mutating func reload(_ ctx: Context) {
        let keep = shown.indices.contains(selected) ? shown[selected].id : nil
        all = SmallWins.all(ctx).reversed()
        filter(keeping: keep)
    }

    /// Lists what the search finds, the selected win kept when it still is.
    mutating func filter(keeping id: String? = nil) {
        let keep = id ?? (shown.indices.contains(selected) ? shown[selected].id : nil)
        let words = search.words
        shown = words.isEmpty ? all : all.filter { SearchText.matches(words, in: SearchText.fold($0.text)) }
        selected = keep.flatMap { id in shown.firstIndex { $0.id == id } } ?? min(selected, max(0, shown.count - 1))
    }

    var current: SmallWin? { shown.indices.contains(selected) ? shown[selected] : nil }

    public var title: String { "Small wins" }
    public var isMenu: Bool { !search.typing }
    public var capturesText: Bool { search.typing }
    public var hints: [KeyHint] {
        if search.typing { return SearchBox.typingHints }
        // In the order they matter, so a narrow footer keeps the first ones;
        // Enter changes a win too (the help says so), `e` is the shorter hint.
        var keys: [KeyHint] = shown.isEmpty ? [] : [KeyHint("e", "edit")]
        if !all.isEmpty { keys.append(KeyHint("/", "search")) }
        if !shown.isEmpty { keys.append(KeyHint("d", "delete")) }
        if !deleted.isEmpty { keys.append(KeyHint("u", "undo")) }
        keys.append(KeyHint("a", "add"))
        return keys + [Hints.back]
    }
    public var help: Help {
        Help(
            "Your small wins",
            [
                "Every win you noted, by week, the newest first. Each is something you did, whatever came of it.",
                "/ searches: type a word or two; capitals and accents don't matter. Enter keeps the search, Esc clears it.",
                "Enter or e changes the selected win; d deletes it and u brings it back. a notes a new one.",
                "Your wins go into the weekly letter, and the journal's search finds them too.",
            ])
    }

    public mutating func resume(_ ctx: Context) {
        reload(ctx)
        if let id = justAdded, let i = shown.firstIndex(where: { $0.id == id }) { selected = i }
        justAdded = nil
    }

    /// A win noted on the screen above (`a`), to select when it closes.
    public mutating func picked(_ id: String, _ ctx: Context) { justAdded = id }

    public mutating func handle(_ key: Key, _ ctx: Context) -> Transition {
        if let changed = search.handle(key, selected: &selected, count: shown.count, canStart: !all.isEmpty) {
            if changed { filter() }
            return .stay
        }
        if moveSelection(&selected, count: shown.count, key: key) { return .stay }
        switch key {
        case .char("a"), .char("w"):
            return .open(WinScreen(ctx, source: "wins"))
        case .enter, .char("e"):
            guard let win = current else { return .stay }
            return .open(WinScreen(ctx, editing: win))
        case .char("d"), .delete:
            guard let win = current, ctx.tombstone(SmallWin.self, win.id) else { return .stay }
            deleted.append(win)
            ctx.flash = "Deleted: \(endingSentence(win.text)) u brings it back."
            reload(ctx)
        case .char("u"):
            guard let win = deleted.last else { return .unhandled }
            guard ctx.restore(SmallWin.self, win.id) else { return .stay }
            deleted.removeLast()
            if win.day == ctx.today { ctx.report(.practiceDone(WinScreen.logged)) }  // its habit ticks again
            ctx.flash = "Back: \(endingSentence(win.text))"
            reload(ctx)
            if let i = shown.firstIndex(where: { $0.id == win.id }) { selected = i }
        default:
            return .unhandled
        }
        return .stay
    }

    // MARK: - Drawing

    /// One line of the list: a week's heading, or a row of a win (a selected
    /// win is shown whole, over as many rows as it needs).
    struct Line {
        var text: String
        var style: Style
        var win: Int?
        /// The first row of a win (the one the selection marker goes on).
        var starts = true
    }

    func lines(width: Int) -> [Line] {
        var out: [Line] = []
        var week: Week?
        let perWeek = Dictionary(grouping: shown) { Week(containing: $0.day) }.mapValues(\.count)
        for (i, win) in shown.enumerated() {
            let w = Week(containing: win.day)
            if w != week {
                week = w
                let count = perWeek[w] ?? 0
                out.append(Line(text: "\(WinsScreen.weekName(w, today: today)) · \(count == 1 ? "1 win" : "\(count) wins")", style: .strong, win: nil))
            }
            let day = "\(win.day.weekdayName.prefix(3)) \(win.day.day)"
            let lead = DisplayWidth.pad(day, to: 6) + "  "
            let room = max(1, width - 2 - DisplayWidth.of(lead))
            if i == selected {
                for (n, part) in Wrap.lines(win.text, width: room).enumerated() {
                    let prefix = n == 0 ? lead : String(repeating: " ", count: DisplayWidth.of(lead))
                    out.append(Line(text: prefix + part, style: .selected, win: i, starts: n == 0))
                }
            } else {
                out.append(Line(text: lead + DisplayWidth.truncate(win.text, to: room), style: .plain, win: i))
            }
        }
        return out
    }

    /// "This week", "Last week", or "Week of 9 Nov" (with the year when it isn't this one).
    static func weekName(_ week: Week, today: CivilDate) -> String {
        let now = Week(containing: today)
        if week == now { return "This week" }
        if week == now.adding(weeks: -1) { return "Last week" }
        let first = week.first
        return "Week of " + (first.year == today.year ? first.dayAndMonth : first.dayMonthYear)
    }

    public func render(into buffer: inout Buffer, in area: Rect, _ ctx: Context) {
        var y = area.y + search.render(into: &buffer, row: area.row(0))
        guard !all.isEmpty else {
            let text = "No wins yet. a notes one: something you did that took a little courage or care, whatever came of it."
            buffer.paragraph(text, in: Rect(x: area.x, y: y, width: area.width, height: area.maxY - y), style: .muted)
            return
        }
        let total = all.count == 1 ? "1 win" : "\(all.count) wins"
        buffer.write(shown.count == all.count ? total : "\(shown.count) of \(total)", in: Rect(x: area.x, y: y, width: area.width, height: 1), style: .muted)
        y += 1
        guard !shown.isEmpty else {
            buffer.write("Nothing matches.", in: Rect(x: area.x, y: y + 1, width: area.width, height: 1), style: .plain)
            return
        }
        let list = Rect(x: area.x, y: y, width: area.width, height: max(0, area.maxY - y))
        let rows = lines(width: list.width - 2)  // the last columns are kept for the arrows that say there is more
        let first = WinsScreen.firstVisible(rows, selected: selected, rows: list.height)
        let words = search.words
        for (n, line) in rows.dropFirst(first).prefix(list.height).enumerated() {
            let rowY = list.y + n
            guard line.win != nil else {
                buffer.write(line.text, x: list.x, y: rowY, style: line.style, clip: list)
                continue
            }
            if line.win == selected, line.starts { buffer.write("›", x: list.x, y: rowY, style: .key, clip: list) }
            buffer.write(line.text, x: list.x + 2, y: rowY, style: line.style, clip: list)
            buffer.highlight(words, row: rowY, in: list)
        }
        // Quiet arrows at the right say there is more above or below.
        if first > 0 { buffer.write("↑", x: list.maxX - 1, y: list.y, style: .muted) }
        if first + list.height < rows.count { buffer.write("↓", x: list.maxX - 1, y: list.maxY - 1, style: .muted) }
    }

    /// The first line shown: the selected win whole, with its week's heading
    /// when it fits, and a line of what follows below when there is room.
    static func firstVisible(_ lines: [Line], selected: Int, rows: Int) -> Int {
        guard rows > 0, lines.count > rows else { return 0 }
        guard let top = lines.firstIndex(where: { $0.win == selected }),
            let bottom = lines.lastIndex(where: { $0.win == selected })
        else { return 0 }
        let heading = top > 0 && lines[top - 1].win == nil ? top - 1 : top
        let after = bottom + 1 < lines.count && rows > bottom - heading + 2 ? 1 : 0
        var first = max(0, bottom + after - rows + 1)
        if heading < first, bottom - heading < rows { first = heading }
        return min(first, lines.count - rows)
    }
}
