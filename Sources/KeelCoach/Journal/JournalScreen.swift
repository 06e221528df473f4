import KeelStore
import KeelTerminal

/// Every finished practice, newest first; `/` searches the words (small
/// wins too), Enter opens one to read whole, `p` shows the patterns.
public struct JournalScreen: Screen {
    /// An entry or a win with its list line and its words for search.
    struct Row {
        let entry: JournalEntry?
        let win: SmallWin?
        let created: Date
        let item: MenuView.Item
        /// Every word of it, as written; folded for search in `folded`.
        let words: String
        var id: String { entry?.id ?? win?.id ?? "" }

        /// The row as a search lists it: the words around the first answer
        /// that holds a match, so the mark can be seen (the title alone in
        /// a narrow window).
        func found(_ words: [String], width: Int) -> MenuView.Item {
            let wide = width >= 60
            guard let entry, let hit = entry.answers.map(\.words).first(where: { !SearchText.ranges(of: words, in: $0).isEmpty }) else {
                return item
            }
            let lead = wide ? entry.title + ": " : ""
            // The room the menu leaves for the detail: its marker, the date column and a space.
            let room = width - 14 - DisplayWidth.of(lead) - (item.badge.isEmpty ? 0 : DisplayWidth.of(item.badge) + 1)
            return MenuView.Item(item.label, detail: lead + SearchText.snippet(hit, around: words, width: room), badge: item.badge)
        }
    }
    var entries: [Row] = []
    /// `entries` then `wins`, folded for search (nil until a search is made).
    var folded: [String]?
    /// Small wins, listed only when a search finds them.
    var wins: [Row] = []
    var shown: [Row] = []
    var selected = 0
    var search = SearchBox()
    /// Journal months that could not be read this run (moved aside or left
    /// untouched), said here too, where their entries are missing.
    var unreadableMonths = 0

    public init(_ ctx: Context) { reload(ctx) }

    mutating func reload(_ ctx: Context) {
        let today = ctx.today
        entries = ctx.store.all(JournalEntry.self).sorted { $0.created > $1.created }.map { e in
            // The entry's own words: not the earlier plan a morning looked back on.
            let first = e.answers.first { $0.recalledText == nil && $0.text.map { !$0.isEmpty } ?? false }?.text ?? ""
            let sting = e.stingBefore.map { b in e.stingAfter.map { "\(b)→\($0)" } ?? "\(b)" } ?? ""
            let item = MenuView.Item(
                JournalScreen.date(ctx.calendar.day(of: e.created), today: today),
                detail: e.title + (first.isEmpty ? "" : ": " + first), badge: sting)
            let words = ([e.title] + e.answers.map(\.words)).joined(separator: " ")
            return Row(entry: e, win: nil, created: e.created, item: item, words: words)
        }
        wins = SmallWins.all(ctx).reversed().map { w in
            let item = MenuView.Item(JournalScreen.date(w.day, today: today), detail: "Small win: " + w.text)
            return Row(entry: nil, win: w, created: w.created, item: item, words: w.text)
        }
        folded = nil
        unreadableMonths = ctx.store.problems.filter { $0.file.hasPrefix(JournalEntry.kind.name + "/") }.count
        filter()
    }

    /// Lists what the search finds, keeping the selected row selected
    /// when it is still listed (clearing a search goes back to it).
    mutating func filter() {
        let keep = shown.indices.contains(selected) ? shown[selected].id : nil
        let words = search.words
        if words.isEmpty {
            shown = entries
        } else {
            let rows = entries + wins
            // Folded the first time a search asks, then kept until the journal
            // is read again: opening it costs nothing, and no key re-reads years.
            if folded == nil { folded = rows.map { SearchText.fold($0.words) } }
            shown = zip(rows, folded ?? []).filter { SearchText.matches(words, in: $1) }.map(\.0).sorted { $0.created > $1.created }
        }
        selected = keep.flatMap { id in shown.firstIndex { $0.id == id } } ?? min(selected, max(0, shown.count - 1))
    }

    public var title: String { "Journal" }
    public var isMenu: Bool { !search.typing }
    public var capturesText: Bool { search.typing }
    public var hints: [KeyHint] {
        if search.typing { return SearchBox.typingHints }
        return [Hints.move, KeyHint("Enter", "read"), KeyHint("/", "search"), KeyHint("p", "patterns"), Hints.back]
    }
    public var help: Help {
        Help(
            "Journal",
            [
                "Every practice you finished, newest first. Enter opens one to read it whole.",
                "/ searches your entries and your small wins: type a word or two and everything holding them all is listed, the words marked. Capitals and accents don't matter. Enter keeps the search; Esc clears it.",
                "p shows the patterns: thinking traps by month, the sting before and after, and which circles the stings came from.",
            ])
    }

    public mutating func resume(_ ctx: Context) { reload(ctx) }

    public mutating func handle(_ key: Key, _ ctx: Context) -> Transition {
        if let changed = search.handle(key, selected: &selected, count: shown.count) {
            if changed { filter() }
            return .stay
        }
        if moveSelection(&selected, count: shown.count, key: key) { return .stay }
        switch key {
        case .enter:
            guard shown.indices.contains(selected) else { return .stay }
            if let win = shown[selected].win { return .go(.wins(selecting: win.id)) }
            return shown[selected].entry.map { .open(EntryScreen(entry: $0, ctx: ctx, marks: search.words)) } ?? .stay
        case .char("p"):
            return .open(PatternsScreen(ctx))
        default:
            return .unhandled
        }
    }

    static func date(_ day: CivilDate, today: CivilDate) -> String {
        day.year == today.year ? day.short : day.dayMonthYear
    }

    public func render(into buffer: inout Buffer, in area: Rect, _ ctx: Context) {
        var y = search.render(into: &buffer, row: area.row(0)) * 2
        if unreadableMonths > 0 {
            let said =
                unreadableMonths == 1
                ? "One month of entries couldn't be read, so it is missing here; the home screen names its file."
                : "\(unreadableMonths) months of entries couldn't be read, so they are missing here; the home screen names their files."
            y += buffer.paragraph(said, in: area.droppingTop(y), style: .warm) + 1
        }
        if entries.isEmpty, !search.isShown {
            buffer.paragraph(
                "Nothing here yet. Finish a reframe or another guided practice and it will be kept here, by date.", in: area.droppingTop(y), style: .muted)
            return
        }
        buffer.write(countLine, in: area.row(y), style: .muted)
        y += 1
        if shown.isEmpty {
            buffer.write("Nothing matches.", in: area.row(y + 1), style: .plain)
            return
        }
        let list = area.droppingTop(y)
        let words = search.words
        var items = shown.map(\.item)
        if !words.isEmpty {
            // Only the rows on screen look for their match: years of entries stay cheap.
            let first = MenuView.firstVisible(selected: selected, count: items.count, rows: list.height)
            for i in first..<min(items.count, first + list.height) { items[i] = shown[i].found(words, width: list.width) }
        }
        MenuView(items: items, selected: selected, labelWidth: 11).render(into: &buffer, in: list)
        for row in list.y..<list.maxY { buffer.highlight(words, row: row, in: list) }
    }

    /// "12 entries", or what a search found: "2 entries and 1 win match".
    var countLine: String {
        let total = counted(entries.count, "entry", "entries")
        guard !search.words.isEmpty else { return total }
        let found = shown.filter { $0.entry != nil }.count, winsFound = shown.count - found
        if shown.isEmpty, entries.isEmpty { return "" }  // "Nothing matches." says it
        if winsFound == 0 { return "\(found) of \(total)" }
        let parts = (found == 0 ? [] : [counted(found, "entry", "entries")]) + [counted(winsFound, "win")]
        return parts.joined(separator: " and ") + (shown.count == 1 ? " matches" : " match")
    }
}

/// One entry, read whole.
struct EntryScreen: Screen {
    let entry: JournalEntry
    let lines: [(String, Style)]
    var scroll = ScrollState()
    /// The words of the search it was opened from, marked where they appear.
    let marks: [String]

    init(entry: JournalEntry, ctx: Context, marks: [String] = []) {
        self.entry = entry
        self.marks = marks
        let day = ctx.calendar.day(of: entry.created)
        var lines: [(String, Style)] = [
            (entry.title, .title),
            ("\(day.longWithYear), \(ctx.calendar.clock(of: entry.created))", .muted),
        ]
        if let b = entry.stingBefore, let a = entry.stingAfter { lines.append(("The sting went from \(b) to \(a).", .plain)) }
        if let c = entry.circleID, let circle = ctx.store.all(BelongingCircle.self).first(where: { $0.id == c }) {
            lines.append(("It happened in \(circle.name).", .plain))
        }
        for a in entry.answers where a.hasContent {
            lines.append(("", .plain))
            if let plan = a.recalledText {
                // The plan looked back on, with its own day, then the answer about it.
                let made = EntryPlans.madeOn(a, in: entry, ctx)
                lines.append((made.map { "Your plan from \($0.short)" } ?? "Your last plan", .strong))
                lines.append(("“\(plan)”", .plain))
                lines.append(("\(a.prompt) \(a.words)", .plain))
                continue
            }
            lines.append((a.prompt, .strong))
            lines.append((a.words, .plain))
            if let later = EntryPlans.lookedBack(a, in: entry, ctx) {
                lines.append(("Looked back on \(later.day.short): \(later.words)", .muted))
            }
        }
        self.lines = lines
    }

    var title: String { "Journal · Entry" }
    var hints: [KeyHint] { [KeyHint("↑↓", "scroll"), Hints.back, Hints.crisis] }
    var help: Help { Help("An entry", ["The whole entry, every answer with its question. ↑ and ↓ scroll; Esc goes back to the list."]) }

    mutating func handle(_ key: Key, _ ctx: Context) -> Transition {
        return scroll.handle(key) ? .stay : .unhandled
    }

    func render(into buffer: inout Buffer, in area: Rect, _ ctx: Context) {
        ScrollText(lines: ScrollText.wrap(lines, width: area.width), scroll: scroll).render(into: &buffer, in: area)
        for row in area.y..<area.maxY { buffer.highlight(marks, row: row, in: area) }
    }
}
