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
    public var hints: [KeyHint] { [Hints.move, Hints.choose] + panels.compactMap(\.hint) + [Hints.help, Hints.quit, Hints.crisis] }
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
        refresh(ctx)
    }

    public mutating func handle(_ key: Key, _ ctx: Context) -> Transition {
        if moveSelection(&selected, count: entries.count, key: key) { return .stay }
        if panels.contains(where: { $0.handle(key, ctx) }) {
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

    public func render(into buffer: inout Buffer, in area: Rect, _ ctx: Context) {
        // Under the practices: what the person must know about their data,
        // then today's notes, then today's habits to tick.
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
        let noteLines = notes.flatMap { text, style in Wrap.lines(text, width: area.width).map { ($0, style) } }
        let stripRows = panels.map { $0.height(width: area.width) }
        let below = (noteLines.isEmpty ? 0 : noteLines.count + 1) + stripRows.filter { $0 > 0 }.map { $0 + 1 }.reduce(0, +)
        var y = area.y
        // The practices come first: the greeting only when there is room for everything.
        if area.height >= entries.count + 3 + below {
            let greeting = HomeScreen.greeting(hour: ctx.calendar.hour(of: ctx.now()))
            y += buffer.paragraph(greeting, in: area, style: .calm) + 1
        }
        let items = entries.map { MenuView.Item("\($0.shortcut)  \($0.label)", detail: $0.detail) }
        let listHeight = min(items.count, max(1, area.maxY - y))
        MenuView(items: items, selected: selected, labelWidth: 17)
            .render(into: &buffer, in: Rect(x: area.x, y: y, width: area.width, height: listHeight))
        y += listHeight + 1
        for (line, style) in noteLines where y < area.maxY {
            buffer.write(line, x: area.x, y: y, style: style, clip: area)
            y += 1
        }
        if !noteLines.isEmpty { y += 1 }
        for (panel, rows) in zip(panels, stripRows) where rows > 0 && y < area.maxY {
            panel.render(into: &buffer, in: Rect(x: area.x, y: y, width: area.width, height: area.maxY - y))
            y += rows + 1
        }
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
