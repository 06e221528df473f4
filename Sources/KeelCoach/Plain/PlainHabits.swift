import KeelStore
import KeelTerminal

/// Today's habits as a numbered list: a number ticks one, or takes the
/// tick back, as the digits do on the full screen's home page.
enum PlainHabits {
    static func run(_ talk: Conversation) {
        let ctx = talk.ctx
        talk.heading("Habits")
        while true {
            let rows = HabitRow.load(ctx)
            guard !rows.isEmpty else {
                talk.say("No habits yet. On the full screen, keel habits adds small daily rituals.")
                return
            }
            for (i, row) in rows.enumerated() { talk.say("  \(i + 1). \(row.habit.name), \(done(row)): \(row.status)") }
            let prompt = "Type a habit's number to tick it for today, or again to take it back; Enter to leave."
            guard let i = talk.numberOrLeave(prompt, count: rows.count) else { return }
            let habit = rows[i].habit
            let log = HabitLog(store: ctx.store, calendar: ctx.calendar, today: ctx.today)
            let mark = HabitTicks.toggle(habit, ctx.today, source: "plain", log: log, ctx)
            PlainRoute.route(talk)
            if ctx.flash == nil { talk.say(mark == nil ? "\(habit.name): taken back." : "\(habit.name): done for today.") }
            talk.sayFlash()
            talk.io.write("")
        }
    }

    static func done(_ row: HabitRow) -> String {
        switch row.mark {
        case .done?, .small?: return "done today"
        case .rest?: return "resting today"
        case nil: return row.due ? "not done yet today" : "not due today"
        }
    }
}
