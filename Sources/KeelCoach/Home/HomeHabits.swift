import KeelStore
import KeelTerminal

/// Today's habits on the home screen, numbered: a digit ticks one without
/// leaving home.
struct HomeHabits: Equatable {
    var rows: [HabitRow] = []

    static let most = 9

    init() {}

    init(_ ctx: Context) {
        rows = Array(HabitRow.load(ctx).filter(\.due).prefix(HomeHabits.most))
    }

    var hint: KeyHint? { rows.isEmpty ? nil : KeyHint(rows.count == 1 ? "1" : "1-\(rows.count)", "tick a habit") }

    /// A digit key: ticks (or unticks) that habit for today and says so.
    func handle(_ key: Key, _ ctx: Context) -> Bool {
        guard let d = key.digit, d >= 1, d <= rows.count else { return false }
        let habit = rows[d - 1].habit
        let log = HabitLog(store: ctx.store, calendar: ctx.calendar, today: ctx.today)
        let mark = HabitTicks.toggle(habit, ctx.today, source: "home", log: log, ctx)
        if ctx.flash == nil {
            let streak = log.streak(habit, today: ctx.today).words.map { " \($0.prefix(1).uppercased() + $0.dropFirst())." } ?? ""
            ctx.flash = mark == nil ? "\(habit.name): taken back." : "\(habit.name): done.\(streak)"
        }
        return true
    }

    /// "Today  1 [x] Stretch   2 [ ] Walk", wrapped; returns the rows used.
    func render(into buffer: inout Buffer, in area: Rect) -> Int {
        guard !rows.isEmpty, area.height > 0 else { return 0 }
        let label = "Today "
        var x = area.x + DisplayWidth.of(label)
        var y = area.y
        buffer.write(label, x: area.x, y: y, style: .strong, clip: area)
        for (i, row) in rows.enumerated() {
            let item = "\(i + 1) \(row.box) \(row.habit.name)"
            let w = DisplayWidth.of(item)
            if x + w > area.maxX, x > area.x + DisplayWidth.of(label) {
                y += 1
                x = area.x + DisplayWidth.of(label)
                guard y < area.maxY else { return y - area.y }
            }
            buffer.write("\(i + 1)", x: x, y: y, style: .key, clip: area)
            buffer.write(String(item.dropFirst(String(i + 1).count)), x: x + String(i + 1).count, y: y,
                         style: row.mark == nil ? .plain : .muted, clip: area)
            x += w + 3
        }
        return y - area.y + 1
    }
}
