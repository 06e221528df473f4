import KeelStore

/// Habits still to tick today (the home screen lists them itself).
enum HabitsToday {
    static func notes(_ ctx: Context) -> [TodayNote] {
        let due = HabitRow.load(ctx).filter(\.due)
        guard !due.isEmpty else { return [] }
        let done = due.filter { $0.mark != nil }.count
        let words =
            done == due.count
            ? "all \(due.count) habit\(due.count == 1 ? "" : "s") ticked"
            : "\(done) of \(due.count) habit\(due.count == 1 ? "" : "s") ticked"
        return [TodayNote(shell: words)]
    }
}
