import KeelStore
import KeelTerminal

/// Today's habits on the home screen, numbered: a digit ticks one without
/// leaving home. The habits' panel there (see `HomePanel`).
struct HomeHabits: HomePanel, Equatable {
    var rows: [DueHabit] = []

    static let most = 9

    init() {}

    init(_ ctx: Context) {
        rows = Array(DueHabit.load(ctx).prefix(HomeHabits.most))
    }

    func hint(in area: Rect?) -> KeyHint? { hint(drawing: area.map(drawn(in:)) ?? rows.count) }
    func handle(_ key: Key, in area: Rect, _ ctx: Context) -> Bool { handle(key, drawn: drawn(in: area), ctx) }

    /// "1-4 tick a habit", for the first `n` habits, the ones drawn.
    func hint(drawing n: Int) -> KeyHint? {
        let n = min(n, rows.count)
        return n == 0 ? nil : KeyHint(n == 1 ? "1" : "1-\(n)", "tick a habit")
    }

    /// A digit key: ticks (or unticks) that habit for today and says so;
    /// only the first `drawn` habits, so a number never acts on a habit out of sight.
    func handle(_ key: Key, drawn: Int, _ ctx: Context) -> Bool {
        guard let d = key.digit, d >= 1, d <= min(drawn, rows.count) else { return false }
        let habit = rows[d - 1].habit
        let log = HabitLog(store: ctx.store, calendar: ctx.calendar, today: ctx.today)
        let mark = HabitTicks.toggle(habit, ctx.today, source: "home", log: log, ctx)
        if ctx.flash == nil {
            let streak = log.streak(habit, today: ctx.today).words.map { " \($0.prefix(1).uppercased() + $0.dropFirst())." } ?? ""
            ctx.flash = mark == nil ? "\(habit.name): taken back." : "\(habit.name): done.\(streak)"
        }
        return true
    }

    static let label = "Today "

    /// Where each numbered habit goes: (row, column) from the strip's corner.
    func layout(width: Int) -> [(row: Int, column: Int, text: String)] {
        let indent = DisplayWidth.of(HomeHabits.label)
        var out: [(Int, Int, String)] = []
        var row = 0, x = indent
        for (i, r) in rows.enumerated() {
            let item = "\(i + 1) \(r.box) \(r.habit.name)"
            let w = DisplayWidth.of(item)
            if x + w > width, x > indent {
                row += 1
                x = indent
            }
            out.append((row, x, item))
            x += w + 3
        }
        return out
    }

    /// How many habits, with their numbers, fit in the strip's area.
    func drawn(in area: Rect) -> Int { fit(in: area).drawn }

    /// The habits drawn and, when some have no room, where "+2 more (h)"
    /// goes to say they are there: after the last one drawn, or in its place.
    func fit(in area: Rect) -> (drawn: Int, more: (row: Int, column: Int, text: String)?) {
        guard area.height > 0 else { return (0, nil) }
        let placed = layout(width: area.width)
        var k = placed.filter { $0.row < area.height && $0.column < area.width }.count
        guard k < rows.count else { return (k, nil) }
        func more(_ k: Int) -> String { "+\(rows.count - k) more (h)" }
        if k > 0 {
            let last = placed[k - 1]
            let x = last.column + DisplayWidth.of(last.text) + 3
            if x + DisplayWidth.of(more(k)) <= area.width { return (k, (last.row, x, more(k))) }
        }
        while k > 0 {
            k -= 1
            let slot = placed[k]
            if slot.column + DisplayWidth.of(more(k)) <= area.width { return (k, (slot.row, slot.column, more(k))) }
        }
        return (0, nil)
    }

    /// Rows the strip takes at this width.
    func height(width: Int) -> Int { (layout(width: width).last?.row).map { $0 + 1 } ?? 0 }

    /// "Today 1 [x] Stretch   2 [ ] Walk", wrapped; the number in the key's style.
    func render(into buffer: inout Buffer, in area: Rect) {
        guard !rows.isEmpty, area.height > 0 else { return }
        buffer.write(HomeHabits.label, x: area.x, y: area.y, style: .strong, clip: area)
        for (i, (row, column, item)) in layout(width: area.width).prefix(fit(in: area).drawn).enumerated() {
            let number = String(i + 1)
            buffer.write(number, x: area.x + column, y: area.y + row, style: .key, clip: area)
            buffer.write(
                String(item.dropFirst(number.count)), x: area.x + column + number.count, y: area.y + row,
                style: rows[i].mark == nil ? .plain : .muted, clip: area)
        }
        if let more = fit(in: area).more {
            buffer.write(more.text, x: area.x + more.column, y: area.y + more.row, style: .muted, clip: area)
        }
    }
}
