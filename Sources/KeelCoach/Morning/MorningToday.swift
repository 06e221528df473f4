import KeelStore

/// The morning reflection: done today or not, and the run of days.
enum MorningToday {
    static func notes(_ ctx: Context) -> [TodayNote] {
        let today = ctx.today
        let days = FlowDays(MorningEntry.flowID, store: ctx.store, calendar: ctx.calendar, today: today)
        let done = days.contains(today)
        // A habit standing for the reflection keeps the streak (its rest days included); else the run of days.
        let habit = ctx.store.all(Habit.self).first { $0.practice == "flow:\(MorningEntry.flowID)" }
        let streak = habit.flatMap { h in ctx.installed.habitStreak.map { $0(h, ctx) } } ?? days.streak(today: today)
        let shell = (done ? "morning reflection done" : "morning reflection not yet today") + (streak.words.map { ", \($0)" } ?? "")
        return [TodayNote(home: done ? homeLine : nil, shell: shell)]
    }

    static let homeLine = "You did your morning reflection today."

    /// The home screen's word only: done today or not, no streak to work out.
    static func homeNotes(_ ctx: Context) -> [TodayNote] {
        FlowDays(MorningEntry.flowID, store: ctx.store, calendar: ctx.calendar, today: ctx.today).contains(ctx.today)
            ? [TodayNote(home: homeLine)] : []
    }
}
