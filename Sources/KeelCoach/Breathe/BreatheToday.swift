import KeelStore

/// A breathing break taken today, for the home screen.
enum BreatheToday {
    static func notes(_ ctx: Context) -> [TodayNote] {
        guard let last = ctx.store.latestCreated(BreathSession.self), ctx.calendar.day(of: last) == ctx.today else { return [] }
        return [TodayNote(home: "You took a breathing break today.")]
    }
}
