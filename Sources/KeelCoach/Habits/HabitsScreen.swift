import KeelStore
import KeelTerminal

/// Today's micro-habits: tick them, rest, or open one for its calendar.
public struct HabitsScreen: Screen {
    var rows: [HabitRow] = []
    var selected = 0
    /// The habit deleted last, for `u`.
    var deleted: Habit?

    public init(_ ctx: Context) { resume(ctx) }

    public var title: String { "Habits" }
    public var isMenu: Bool { true }
    public var hints: [KeyHint] {
        // The arrows move as on every list; the footer keeps its room for this screen's own keys.
        var keys: [KeyHint] = rows.isEmpty ? [] : [KeyHint("Space", "done"), KeyHint("t", "2-min"), KeyHint("r", "rest"), KeyHint("Enter", "days")]
        keys.append(KeyHint("a", "add"))
        if !rows.isEmpty { keys += [KeyHint("e", "edit"), KeyHint("d", "delete")] }
        if rows.count > 1 { keys.append(KeyHint("+-", "move")) }
        if deleted != nil { keys.append(KeyHint("u", "undo")) }
        return keys + [Hints.back]
    }

    public var help: Help {
        Help(
            "Micro-habits",
            [
                "Small rituals that remind you of what you're worth on your own terms. Space ticks today's; t ticks just the two-minute version, which counts in full.",
                "r makes today a rest day: it doesn't count, and it doesn't break your streak. Be as kind to yourself as you would be to a friend.",
                "Every day and weekday habits count a streak in days; \"N times a week\" habits count weeks. Today, not yet done, never breaks a streak.",
                "Enter opens a habit's calendar, where you can change the last seven days. a adds a habit from a list or your own; e edits; d deletes and u brings it back.",
                "+ and - move a habit down and up the list. The home screen numbers today's habits in this order.",
                "A habit can tick itself when you do what it stands for: finish the morning reflection, save the weekly letter, log a small win, take a breathing break, note on your circles that you were in touch, or read your values.",
            ])
    }

    public mutating func resume(_ ctx: Context) {
        let before = rows.map(\.habit.id)
        let kept = current?.id
        rows = HabitRow.load(ctx)
        // The cursor stays on its habit; a habit just added takes it, so
        // the next Space or r acts on the one the person is looking at.
        let added = rows.firstIndex { !before.isEmpty && !before.contains($0.habit.id) }
        if let i = added ?? rows.firstIndex(where: { $0.habit.id == kept }) {
            selected = i
        } else {
            selected = min(selected, max(0, rows.count - 1))
        }
    }

    var current: Habit? { rows.indices.contains(selected) ? rows[selected].habit : nil }

    public mutating func handle(_ key: Key, _ ctx: Context) -> Transition {
        if moveSelection(&selected, count: rows.count, key: key) { return .stay }
        switch key {
        case .char("a"):
            return .open(HabitCatalogScreen(ctx))
        case .char("u"):
            guard var h = deleted else { return .unhandled }
            h.deleted = nil
            h.updated = ctx.now()
            if ctx.save(h) { deleted = nil; ctx.flash = "\(h.name) is back." }
            resume(ctx)
            return .stay
        default:
            break
        }
        guard let habit = current else { return .unhandled }
        let log = HabitLog(store: ctx.store, calendar: ctx.calendar, today: ctx.today)
        switch key {
        case .char(" "):
            HabitTicks.toggle(habit, ctx.today, source: "habits", log: log, ctx)
        case .char("t"):
            let next: HabitTicks.Change = rows[selected].mark == .small ? .none : .small
            HabitTicks.set(habit, ctx.today, to: next, source: "habits", log: log, ctx)
        case .char("r"):
            let next: HabitTicks.Change = rows[selected].mark == .rest ? .none : .rest
            HabitTicks.set(habit, ctx.today, to: next, source: "habits", log: log, ctx)
        case .enter:
            return .open(HabitDetailScreen(habit, ctx))
        case .char("+"), .char("="), .char("-"):
            let step = key == .char("-") ? -1 : 1
            HabitOrder.move(habit.id, by: step, ctx)  // resume keeps the cursor on the habit moved
        case .char("e"):
            return .open(FormScreen(HabitEditor(original: habit), ctx))
        case .char("d"):
            do { try ctx.store.delete(Habit.self, id: habit.id) } catch {
                ctx.flash = error.description
                return .stay
            }
            deleted = ctx.store.find(Habit.self, id: habit.id)
            ctx.flash = "\(habit.name) deleted; its days are kept. u brings it back."
        default:
            return .unhandled
        }
        resume(ctx)
        return .stay
    }

    public func render(into buffer: inout Buffer, in area: Rect, _ ctx: Context) {
        let day = ctx.today
        var y = buffer.paragraph("Today, \(day.long)", in: area, style: .title)
        if area.height >= 10 { y += 1 }
        guard !rows.isEmpty else {
            let text = "No habits yet. a adds one: pick from a list of small rituals, or write your own."
            buffer.paragraph(text, in: area.droppingTop(y), style: .muted)
            return
        }
        // Names and how each is going side by side when there is room; in a
        // narrow window the names alone, and the selected one's status below.
        let wide = area.width >= 60
        let below = area.height >= 10 ? 3 : (wide ? 0 : 2)
        let listHeight = max(1, min(rows.count, area.height - y - below))
        let longest = rows.map { DisplayWidth.of($0.habit.name) + 4 }.max() ?? 0
        let listArea = Rect(x: area.x, y: area.y + y, width: area.width, height: listHeight)
        var menu = MenuView(items: [], selected: selected, labelWidth: wide ? min(longest + 1, area.width / 2 - 4) : area.width - 2)
        let room = menu.detailWidth(in: listArea)
        menu.items = rows.map { MenuView.Item("\($0.box) \($0.habit.name)", detail: wide ? $0.status(fitting: room) : "") }
        menu.render(into: &buffer, in: listArea)
        guard below > 0, let row = rows.indices.contains(selected) ? rows[selected] : nil else { return }
        var notes: [String] = wide ? [] : [row.status]
        if !row.habit.twoMinute.isEmpty { notes.append("Two-minute version: \(row.habit.twoMinute)") }
        let rest = Rect(x: area.x + 2, y: area.y + y + listHeight + 1, width: area.width - 2, height: max(0, area.maxY - area.y - y - listHeight - 1))
        var used = 0
        for note in notes where used < rest.height {
            used += buffer.paragraph(note, in: rest.droppingTop(used), style: .muted)
        }
    }
}
