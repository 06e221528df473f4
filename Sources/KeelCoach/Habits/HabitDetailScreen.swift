import KeelStore
import KeelTerminal

/// One habit's calendar: a heatmap of the last months, its streak and best
/// streak, and the last seven days to change with a cursor.
struct HabitDetailScreen: Screen {
    var habit: Habit
    var cursor: CivilDate
    /// The ticks, read once (not per frame) and kept up to date by each change.
    private(set) var log: HabitLog
    /// "Every day · 6-day streak · best 31-day streak": the best streak walks
    /// every day since the habit began, so it is worked out when a day
    /// changes, not on every frame.
    private(set) var summary = ""
    /// How far back days can be changed.
    static let editableDays = 7

    init(_ habit: Habit, _ ctx: Context) {
        self.habit = habit
        cursor = ctx.today
        log = HabitLog(store: ctx.store, calendar: ctx.calendar, today: ctx.today)
        summarize(ctx)
    }

    private mutating func summarize(_ ctx: Context) {
        var words = [habit.plan.description.prefix(1).uppercased() + habit.plan.description.dropFirst()]
        let streak = log.streak(habit, today: ctx.today)
        let best = log.best(habit, today: ctx.today)
        words.append(
            streak.words ?? (streak.length == 1 ? "1 \(streak.weekly ? "week" : "day") so far" : best.length > 0 ? "no streak right now" : "no streak yet"))
        if best.length > streak.length, let b = best.words { words.append("best \(b)") }
        summary = words.joined(separator: " · ")
    }

    var title: String { "Habits · \(habit.name)" }
    var isMenu: Bool { true }
    var hints: [KeyHint] {
        [KeyHint("←→↑↓", "day"), KeyHint("Space", "done"), KeyHint("t", "2-min"), KeyHint("r", "rest"), KeyHint("e", "edit"), Hints.back]
    }
    var help: Help {
        Help(
            "A habit's calendar",
            [
                "Each column is a week, \(Week.firstDayName) at the top; the newest week is on the right. ■ done, ▪ the two-minute version, ○ a rest day, · a planned day missed. A habit kept a few times a week has no set days, so none of its days can be missed.",
                "The arrows move the cursor: ← → a week, ↑ ↓ a day. Within the last seven days, Space, t and r change that day, in case you forgot to tick it or want to call it a rest day after all.",
            ])
    }

    func editable(_ ctx: Context) -> ClosedRange<CivilDate> { ctx.today.adding(days: 1 - HabitDetailScreen.editableDays)...ctx.today }

    private static let moves: [Key: Int] = [.left: -7, .char("h"): -7, .right: 7, .char("l"): 7, .up: -1, .char("k"): -1, .down: 1, .char("j"): 1]
    private static let changes: [Key: HabitTicks.Change] = [.char(" "): .done, .char("t"): .small, .char("r"): .rest]

    mutating func handle(_ key: Key, _ ctx: Context) -> Transition {
        if let step = HabitDetailScreen.moves[key] {
            cursor = min(ctx.today, cursor.adding(days: step))
            return .stay
        }
        if key == .char("e") { return .open(FormScreen(HabitEditor(original: habit), ctx)) }
        guard let wanted = HabitDetailScreen.changes[key] else { return .unhandled }
        guard editable(ctx).contains(cursor), cursor >= ctx.calendar.day(of: habit.created) else {
            ctx.flash = "Days can be changed for the last week, from the day the habit began."
            return .stay
        }
        let now = log.mark(habit.id, cursor)
        let same = (wanted == .done && now == .done) || (wanted == .small && now == .small) || (wanted == .rest && now == .rest)
        HabitTicks.set(habit, cursor, to: same ? .none : wanted, source: "habits", log: log, ctx)
        summarize(ctx)
        return .stay
    }

    mutating func resume(_ ctx: Context) {
        habit = ctx.store.find(Habit.self, id: habit.id) ?? habit
        log = HabitLog(store: ctx.store, calendar: ctx.calendar, today: ctx.today)
        summarize(ctx)
    }

    func cursorWords(_ mark: DayMark?, _ ctx: Context) -> String {
        let when = cursor == ctx.today ? "Today" : cursor == ctx.today.adding(days: -1) ? "Yesterday" : cursor.short
        let what: String
        switch mark {
        case .done?: what = "done"
        case .small?: what = "the two-minute version"
        case .rest?: what = "a rest day"
        case nil: what = cursor < ctx.calendar.day(of: habit.created) ? "before this habit began" : "not ticked"
        }
        return "\(when): \(what)"
    }

    func render(into buffer: inout Buffer, in area: Rect, _ ctx: Context) {
        let today = ctx.today
        let start = log.start(of: habit)
        let map = Heatmap(
            schedule: habit.plan, today: today, start: start, weeks: Heatmap.weeks(fitting: area.width, today: today, start: start),
            cursor: cursor, mark: { log.mark(habit.id, $0) })
        let roomy = area.height >= 15
        var y = area.y
        if area.height >= 9 {
            y += buffer.paragraph(summary, in: Rect(x: area.x, y: y, width: area.width, height: 2), style: .strong)
            if roomy { y += 1 }
        }
        y += map.render(into: &buffer, at: area.x, y: y, rows: area.maxY - y, months: area.height >= 10, clip: area)
        guard area.maxY - y >= 2 else { return }
        y += 1
        buffer.write(cursorWords(log.mark(habit.id, cursor), ctx), in: Rect(x: area.x, y: y, width: area.width, height: 1), style: .plain)
        y += 1
        if roomy {
            map.renderLegend(into: &buffer, at: area.x, y: y, clip: area)
            y += 2
            if !habit.twoMinute.isEmpty {
                buffer.paragraph("Two-minute version: \(habit.twoMinute)", in: Rect(x: area.x, y: y, width: area.width, height: area.maxY - y), style: .muted)
            }
        }
    }
}
