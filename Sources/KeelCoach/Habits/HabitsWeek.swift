import KeelStore

extension HabitLog {
    /// The habits' part of a week's facts: each habit's days done and rest
    /// days taken, up to today, oldest habit first.
    static func weekFacts(_ ctx: Context, _ week: Week, _ facts: inout WeekFacts) {
        let log = HabitLog(store: ctx.store, calendar: ctx.calendar, today: ctx.today)
        facts.habits += ctx.store.all(Habit.self).sorted { $0.created < $1.created }.map { h in
            let tally = Streak.tally(week, start: log.start(of: h), upTo: min(week.last, ctx.today)) { log.mark(h.id, $0) }
            return WeekFacts.HabitWeek(name: h.name, done: tally.done, rest: tally.rest)
        }
    }

    /// A habit's streak as the habits count it, for another practice's note
    /// (the morning reflection's run, when a habit stands for it).
    static func streak(_ habit: Habit, _ ctx: Context) -> Streak.Count {
        HabitLog(store: ctx.store, calendar: ctx.calendar, today: ctx.today).streak(habit, today: ctx.today)
    }
}
