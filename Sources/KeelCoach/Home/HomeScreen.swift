import KeelStore
import KeelTerminal

/// Where keel opens: the practices, a word about today, and anything the
/// person should know about their data.
public struct HomeScreen: Screen {
    var selected = 0
    var entries: [HomeEntry] = []
    var today: [String] = []
    /// Practices' strips under the notes (today's habits, see `HomePanel`).
    var panels: [any HomePanel] = []

    public init(_ ctx: Context) { refresh(ctx) }

    public var title: String { "Home" }
    public var isMenu: Bool { true }
    public var hints: [KeyHint] { hints(panelHints: panels.compactMap { $0.hint(in: nil) }) }
    /// The footer names only the keys of what is drawn at this size (the habit numbers shown).
    public func hints(in area: Rect, _ ctx: Context) -> [KeyHint] {
        let strips = layout(in: area, ctx).strips
        return hints(panelHints: zip(panels, strips).compactMap { $0.hint(in: $1) })
    }
    func hints(panelHints: [KeyHint]) -> [KeyHint] { [Hints.move, Hints.choose] + panelHints + [Hints.help, Hints.quit, Hints.crisis] }
    public var help: Help {
        Help(
            "Home",
            [
                "Each line is a practice. Move with the arrows or j and k and press Enter, or press the letter beside it.",
                "Today's habits are listed under the practices, numbered: press a habit's number to tick it, and again to take it back.",
                "Your entries stay on this computer, in \(dataHint).",
            ])
    }
    var dataHint = "your data folder"

    mutating func refresh(_ ctx: Context) {
        entries = HomeMenu.entries(ctx)
        today = HomeMenu.todayLines(ctx)
        panels = ctx.installed.homePanels.map { $0(ctx) }
        dataHint = ctx.store.root
        selected = min(selected, max(0, entries.count - 1))
    }

    public mutating func resume(_ ctx: Context) {
        ctx.pickUpSideFiles()
        // Today's notes as the files are now: another device's sync may have replaced some meanwhile.
        ctx.store.forgetChangedFiles()
        refresh(ctx)
    }

    public mutating func handle(_ key: Key, _ ctx: Context) -> Transition {
        if moveSelection(&selected, count: entries.count, key: key) { return .stay }
        let strips = layout(in: ctx.bodyArea, ctx).strips
        if zip(panels, strips).contains(where: { $0.handle(key, in: $1, ctx) }) {
            refresh(ctx)
            return .stay
        }
        switch key {
        case .escape:
            return .stay  // nothing lies behind home; q leaves
        case .enter:
            guard entries.indices.contains(selected), let screen = entries[selected].open(ctx) else { return .stay }
            return .open(screen)
        case .char(let c):
            if let i = entries.firstIndex(where: { $0.shortcut == c }) {
                selected = i
                return entries[i].open(ctx).map { .open($0) } ?? .stay
            }
            return .unhandled
        default:
            return .unhandled
        }
    }

    /// Where everything goes in an area: the practices come first, then what
    /// the person must know about their data and today's notes, then the
    /// habits to tick. Rendering, the footer and the digit keys all read
    /// this, so a digit ticks only a habit that was drawn with its number.
    struct Layout {
        var greeting = false
        var list: Rect
        var notes: [(String, Style)]
        var notesY: Int
        /// Where each of `panels` is drawn (empty when it has no room).
        var strips: [Rect]
    }

    func layout(in area: Rect, _ ctx: Context) -> Layout {
        var notes: [(String, Style)] = []
        if ctx.store.isWaitingForLock {
            notes.append(("Another keel is open on this data. What you save here is kept in a side file and joins the rest when that keel closes.", .warm))
        } else if case .readOnly(let why) = ctx.store.access {
            notes.append(("Read-only: \(why). Nothing you do here will be saved.", .warm))
        }
        for p in ctx.store.problems { notes.append(("Couldn't read " + p.description, .warm)) }
        // Before today's notes, so a full screen never hides it.
        let skipped = Set(ctx.content.notices.map(\.file)).count
        if skipped > 0 {
            notes.append(("keel skipped \(skipped == 1 ? "a content file" : "\(skipped) content files") it couldn't use; Practices names them.", .warm))
        }
        notes += today.map { ($0, .muted) }
        let wrappedNotes = notes.map { text, style in Wrap.lines(text, width: area.width).map { ($0, style) } }
        let allNoteLines = wrappedNotes.flatMap { $0 }
        let stripRows = panels.map { $0.height(width: area.width) }
        let below = (allNoteLines.isEmpty ? 0 : allNoteLines.count + 1) + stripRows.filter { $0 > 0 }.map { $0 + 1 }.reduce(0, +)
        var y = area.y
        // The greeting only when there is room for everything.
        let greeting = area.height >= entries.count + 3 + below
        if greeting { y += Wrap.lines(HomeScreen.greeting(hour: ctx.calendar.hour(of: ctx.now())), width: area.width).count + 1 }
        let listHeight = min(entries.count, max(1, area.maxY - y))
        let list = Rect(x: area.x, y: y, width: area.width, height: listHeight)
        y += listHeight + 1
        let notesY = y
        // Notes go whole or not at all, first ones first: half a sentence
        // cut off at the window's edge says less than the next note whole.
        var noteLines: [(String, Style)] = []
        for note in wrappedNotes where noteLines.count + note.count <= area.maxY - y { noteLines += note }
        y += noteLines.count
        if !noteLines.isEmpty { y += 1 }
        var strips: [Rect] = []
        for rows in stripRows {
            strips.append(Rect(x: area.x, y: y, width: area.width, height: min(rows, max(0, area.maxY - y))))
            if rows > 0 { y += rows + 1 }
        }
        return Layout(greeting: greeting, list: list, notes: noteLines, notesY: notesY, strips: strips)
    }

    public func render(into buffer: inout Buffer, in area: Rect, _ ctx: Context) {
        let layout = layout(in: area, ctx)
        if layout.greeting {
            buffer.paragraph(HomeScreen.greeting(hour: ctx.calendar.hour(of: ctx.now())), in: area, style: .calm)
        }
        let items = entries.map { MenuView.Item("\($0.shortcut)  \($0.label)", detail: $0.detail) }
        MenuView(items: items, selected: selected, labelWidth: 17).render(into: &buffer, in: layout.list)
        var y = layout.notesY
        for (line, style) in layout.notes where y < area.maxY {
            buffer.write(line, x: area.x, y: y, style: style, clip: area)
            y += 1
        }
        for (panel, strip) in zip(panels, layout.strips) where strip.height > 0 { panel.render(into: &buffer, in: strip) }
    }

    static func greeting(hour: Int) -> String {
        switch hour {
        case 5..<12: return "Good morning. What would help right now?"
        case 12..<18: return "Good afternoon. What would help right now?"
        case 18..<23: return "Good evening. What would help right now?"
        default: return "Still up? Take whatever helps, slowly."
        }
    }
}
