import KeelStore
import KeelTerminal

/// Every finished practice, newest first; `/` searches the words, Enter
/// opens one to read whole, `p` shows the patterns.
public struct JournalScreen: Screen {
    /// An entry with its list line and its words for search, made once
    /// when the journal is read: years of entries are not re-read per key.
    struct Row {
        let entry: JournalEntry
        let item: MenuView.Item
        let text: String
    }
    var entries: [Row] = []
    var shown: [Row] = []
    var selected = 0
    var search = TextEditor(maxLength: 200)
    var searching = false
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
            return Row(entry: e, item: item, text: ([e.title] + e.answers.map(\.words)).joined(separator: " ").lowercased())
        }
        unreadableMonths = ctx.store.problems.filter { $0.file.hasPrefix(JournalEntry.kind.name + "/") }.count
        filter()
    }

    mutating func filter() {
        let words = search.trimmed.lowercased().split(separator: " ").map(String.init)
        shown = words.isEmpty ? entries : entries.filter { row in words.allSatisfy { row.text.contains($0) } }
        selected = min(selected, max(0, shown.count - 1))
    }

    public var title: String { "Journal" }
    public var isMenu: Bool { !searching }
    public var capturesText: Bool { searching }
    public var hints: [KeyHint] {
        if searching { return [KeyHint("Enter", "done"), KeyHint("Esc", "clear")] }
        return [Hints.move, KeyHint("Enter", "read"), KeyHint("/", "search"), KeyHint("p", "patterns"), Hints.back]
    }
    public var help: Help {
        Help(
            "Journal",
            [
                "Every practice you finished, newest first. Enter opens one to read it whole.",
                "/ searches: type a word or two and every entry holding them all stays listed. Enter keeps the search; Esc clears it.",
                "p shows the patterns: thinking traps by month, the sting before and after, and which circles the stings came from.",
            ])
    }

    public mutating func resume(_ ctx: Context) { reload(ctx) }

    public mutating func handle(_ key: Key, _ ctx: Context) -> Transition {
        if searching {
            switch key {
            case .enter: searching = false
            case .escape:
                search.set("")
                searching = false
                filter()
            case .up, .down:
                _ = moveSelection(&selected, count: shown.count, key: key)
            default:
                search.handle(key)
                selected = 0
                filter()
            }
            return .stay
        }
        if moveSelection(&selected, count: shown.count, key: key) { return .stay }
        switch key {
        case .enter:
            return shown.isEmpty ? .stay : .open(EntryScreen(entry: shown[selected].entry, ctx: ctx))
        case .char("/"):
            searching = true
        case .char("p"):
            return .open(PatternsScreen(ctx))
        case .escape where !search.isEmpty:
            search.set("")
            filter()
        default:
            return .unhandled
        }
        return .stay
    }

    static func date(_ day: CivilDate, today: CivilDate) -> String {
        day.year == today.year ? day.short : day.dayMonthYear
    }

    public func render(into buffer: inout Buffer, in area: Rect, _ ctx: Context) {
        var y = 0
        if searching || !search.isEmpty {
            buffer.write("Search:", x: area.x, y: area.y, style: .muted, clip: area)
            buffer.textField(search, in: Rect(x: area.x + 8, y: area.y, width: area.width - 8, height: 1), focused: searching)
            y = 2
        }
        if unreadableMonths > 0 {
            let said =
                unreadableMonths == 1
                ? "One month of entries couldn't be read, so it is missing here; the home screen names its file."
                : "\(unreadableMonths) months of entries couldn't be read, so they are missing here; the home screen names their files."
            y += buffer.paragraph(said, in: area.droppingTop(y), style: .warm) + 1
        }
        if entries.isEmpty {
            buffer.paragraph(
                "Nothing here yet. Finish a reframe or another guided practice and it will be kept here, by date.", in: area.droppingTop(y), style: .muted)
            return
        }
        let total = counted(entries.count, "entry", "entries")
        let count = shown.count == entries.count ? total : "\(shown.count) of \(total)"
        buffer.write(count, in: area.row(y), style: .muted)
        y += 1
        if shown.isEmpty {
            buffer.write("Nothing matches.", in: area.row(y + 1), style: .plain)
            return
        }
        MenuView(items: shown.map(\.item), selected: selected, labelWidth: 11).render(into: &buffer, in: area.droppingTop(y))
    }
}

/// One entry, read whole.
struct EntryScreen: Screen {
    let entry: JournalEntry
    let lines: [(String, Style)]
    var scroll = ScrollState()

    init(entry: JournalEntry, ctx: Context) {
        self.entry = entry
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
    }
}
