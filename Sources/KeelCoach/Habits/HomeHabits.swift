import KeelStore
import KeelTerminal

/// Today's habits on the home screen, numbered: a digit ticks one without
/// leaving home. The habits' panel there (see `HomePanel`).
struct HomeHabits: HomePanel, Equatable {
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

    /// Rows the strip takes at this width.
    func height(width: Int) -> Int { (layout(width: width).last?.row).map { $0 + 1 } ?? 0 }

    /// "Today 1 [x] Stretch   2 [ ] Walk", wrapped; the number in the key's style.
    func render(into buffer: inout Buffer, in area: Rect) {
        guard !rows.isEmpty, area.height > 0 else { return }
        buffer.write(HomeHabits.label, x: area.x, y: area.y, style: .strong, clip: area)
        for (i, (row, column, item)) in layout(width: area.width).enumerated() where row < area.height {
            let number = String(i + 1)
            buffer.write(number, x: area.x + column, y: area.y + row, style: .key, clip: area)
            buffer.write(
                String(item.dropFirst(number.count)), x: area.x + column + number.count, y: area.y + row,
                style: rows[i].mark == nil ? .plain : .muted, clip: area)
        }
    }
}
