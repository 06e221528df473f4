import KeelStore

/// The facts behind `keel today`'s line, as numbers and yes-or-no, for
/// `keel today --json` (status bars and scripts). Worked out the same way
/// as the line (the same month files, no content), so the two never disagree.
public struct TodayFacts: Equatable, Sendable {
    public var date: CivilDate
    public var morningDone: Bool
    /// Days (or weeks, for a habit counted weekly) in a row; 0 or 1 is no streak yet.
    public var morningStreak: Int
    public var habitsDue: Int
    public var habitsTicked: Int
    /// No letter yet this week ("due" says when: the week's last day, or today on that day).
    public var letterDue: Bool
    public var letterDueToday: Bool
    public var ladderStepsDue: Int
    public var line: String

    public static func gather(_ ctx: Context) -> TodayFacts {
        let today = ctx.today
        let days = FlowDays(MorningEntry.flowID, store: ctx.store, calendar: ctx.calendar, today: today)
        let habit = ctx.store.all(Habit.self).first { $0.practice == "flow:\(MorningEntry.flowID)" }
        let streak =
            habit.map { HabitLog(store: ctx.store, calendar: ctx.calendar, today: today).streak($0, today: today) }
            ?? days.streak(today: today)
        let due = DueHabit.load(ctx)
        let letter = Letters.due(ctx)
        return TodayFacts(
            date: today, morningDone: days.contains(today), morningStreak: streak.length,
            habitsDue: due.count, habitsTicked: due.filter { $0.mark != nil }.count,
            letterDue: letter != nil, letterDueToday: letter != nil && today == Week(containing: today).last,
            ladderStepsDue: ExposureSummary.dueWorld(ctx.store).due(today: today).count,
            line: TodayLines.shellLine(ctx))
    }
}
