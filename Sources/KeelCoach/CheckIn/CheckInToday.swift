import KeelStore

/// A check-in made today, for the home screen.
enum CheckInToday {
    static func notes(_ ctx: Context) -> [TodayNote] {
        guard let last = ctx.store.latestCreated(CheckIn.self), ctx.calendar.day(of: last) == ctx.today else { return [] }
        return [TodayNote(home: "You checked in today.")]
    }
}
