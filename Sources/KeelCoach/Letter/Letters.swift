import KeelStore

/// Finding the letters: by week, and whether this week's is written.
public enum Letters {
    /// The letter for a week, looking only in the months it can be in (written during the week or soon after).
    public static func letter(for week: Week, _ ctx: Context) -> WeeklyLetter? {
        let latest = max(week.last.adding(days: 7), ctx.today)
        return ctx.records(WeeklyLetter.self, madeOn: week.first...latest).filter { week.contains($0.week) }.max { $0.updated < $1.updated }
    }

    /// Every letter, newest week first (one per week: the latest edit).
    public static func all(_ ctx: Context) -> [WeeklyLetter] {
        let byWeek = Dictionary(grouping: ctx.store.all(WeeklyLetter.self), by: \.week)
        return byWeek.values.compactMap { $0.max { $0.updated < $1.updated } }.sorted { $0.week > $1.week }
    }

    /// "letter due Sunday" (the week's last day), "letter due today", or nil once it is written.
    public static func due(_ ctx: Context) -> String? {
        let week = Week(containing: ctx.today)
        guard letter(for: week, ctx) == nil else { return nil }
        return ctx.today == week.last ? "letter due today" : "letter due \(week.last.weekdayName)"
    }
}
