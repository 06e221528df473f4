import KeelStore
import KeelTerminal

/// Where keel opens: the practices, a word about today, and anything the
/// person should know about their data.
public struct HomeScreen: Screen {
    var selected = 0
    var entries: [HomeEntry] = []
    var today: [String] = []
    var habits = HomeHabits()

    public init(_ ctx: Context) { refresh(ctx) }

    public var title: String { "Home" }
    public var isMenu: Bool { true }
    public var hints: [KeyHint] { [Hints.move, Hints.choose] + (habits.hint.map { [$0] } ?? []) + [Hints.help, Hints.quit, Hints.crisis] }
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
        habits = HomeHabits(ctx)
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
        if habits.handle(key, ctx) {
            refresh(ctx)
            return .stay
        }
        switch key {
        case .escape:
            return .stay  // nothing lies behind home; q leaves
        case .enter:
            return entries.isEmpty ? .stay : .open(entries[selected].open(ctx))
        case .char(let c):
            if let i = entries.firstIndex(where: { $0.shortcut == c }) {
                selected = i
                return .open(entries[i].open(ctx))
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
        let stripRows = habits.height(width: area.width)
        let below = (noteLines.isEmpty ? 0 : noteLines.count + 1) + (stripRows == 0 ? 0 : stripRows + 1)
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
        if y < area.maxY { habits.render(into: &buffer, in: Rect(x: area.x, y: y, width: area.width, height: area.maxY - y)) }
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
