import KeelStore

/// Habits still to tick today (the home screen lists them itself).
enum HabitsToday {
    static func notes(_ ctx: Context) -> [TodayNote] {
        let due = DueHabit.load(ctx)
        guard !due.isEmpty else { return [] }
        let done = due.filter { $0.mark != nil }.count
        let words =
            due.count == 1
            ? (done == 1 ? "today's habit ticked" : "1 habit to tick")
            : done == due.count ? "all \(due.count) habits ticked" : "\(done) of \(due.count) habits ticked"
        return [TodayNote(shell: words)]
    }
}
