import KeelStore
import KeelTerminal

/// Each habit as today sees it: ticked or not, due or not, its streak.
/// Shared by the habits screen, the home screen and `keel today`.
public struct HabitRow: Equatable {
    public var habit: Habit
    public var mark: DayMark?
    public var due: Bool
    public var streak: Streak.Count
    /// Done days this week (for "N times a week" habits).
    public var weekDone: Int

    /// "[x]", "[-]" for a rest day, "[ ]".
    public var box: String { HabitRow.box(mark) }

    static func box(_ mark: DayMark?) -> String {
        switch mark {
        case .done?, .small?: return "[x]"
        case .rest?: return "[-]"
        case nil: return "[ ]"
        }
    }

    /// What the row says beside the name: when, how it is going.
    public var status: String { status(compact: false) }

    /// The status in `width` columns if it can be: the full words first,
    /// then shorter ones ("2 of 3" for "2 of 3 this week"), so a row's streak
    /// isn't the part that gets cut.
    public func status(fitting width: Int) -> String {
        let full = status(compact: false)
        return DisplayWidth.of(full) <= width ? full : status(compact: true)
    }

    private func status(compact: Bool) -> String {
        var parts = [habit.plan.description]
        switch mark {
        case .small?: parts.append(compact ? "2-min today" : "two-minute version today")
        case .rest?: parts.append(compact ? "rest day" : "resting today")
        default: break
        }
        if case .perWeek(let n) = habit.plan {
            parts.append("\(min(weekDone, n)) of \(n)" + (compact ? "" : " this week"))
        } else if !due {
            parts.append("not today")
        }
        if let s = streak.words { parts.append(s) }
        return parts.joined(separator: " · ")
    }

    /// Every live habit, in the person's order (see `ordered`).
    public static func load(_ ctx: Context, log: HabitLog) -> [HabitRow] {
        let today = ctx.today
        return ordered(ctx.store.all(Habit.self)).map { h in
            let start = log.start(of: h)
            let tally = Streak.tally(Week(containing: today), start: start, upTo: today) { log.mark(h.id, $0) }
            return HabitRow(
                habit: h, mark: log.mark(h.id, today), due: log.isDue(h, today: today),
                streak: log.streak(h, today: today), weekDone: tally.done)
        }
    }

    /// The person's order first; habits never moved after them, oldest first.
    public static func ordered(_ habits: [Habit]) -> [Habit] {
        habits.sorted { ($0.order ?? Int.max, $0.created, $0.id) < ($1.order ?? Int.max, $1.created, $1.id) }
    }

    public static func load(_ ctx: Context) -> [HabitRow] {
        load(ctx, log: HabitLog(store: ctx.store, calendar: ctx.calendar, today: ctx.today))
    }
}

/// A habit due today, ticked or not: all that home's strip and `keel today`
/// show. No streak is worked out, as each reads the ticks back as far as it
/// runs: months of files at start for a number neither shows.
public struct DueHabit: Equatable {
    public var habit: Habit
    public var mark: DayMark?

    /// "[x]", "[-]" for a rest day, "[ ]", as on the habits screen.
    public var box: String { HabitRow.box(mark) }

    /// The habits due today, in the person's order (the same as `HabitRow`'s `due`).
    public static func load(_ ctx: Context) -> [DueHabit] {
        let today = ctx.today
        // Whether a habit is due asks about today and this week's days so far, no other.
        let log = HabitLog(store: ctx.store, calendar: ctx.calendar, today: today, about: DueHabit.days(today: today))
        return HabitRow.ordered(ctx.store.all(Habit.self)).compactMap { h in
            log.isDue(h, today: today) ? DueHabit(habit: h, mark: log.mark(h.id, today)) : nil
        }
    }

    /// The days `HabitLog.isDue` looks at: today, and this week's days up to it.
    static func days(today: CivilDate) -> [CivilDate] {
        var days = Week(containing: today).days.filter { $0 <= today }
        if !days.contains(today) { days.append(today) }
        return days
    }
}
