import KeelStore

/// The first day keel was used on this data, so nothing speaks of a week
/// before it: the earliest of the saved settings, habits, circles, ladders
/// and values, and the oldest journal entry, win, check-in, breath, habit
/// tick or letter. Reads one month file per kind, the oldest; nil when
/// nothing is saved yet. A stamp after now (a clock set back) is no beginning.
enum FirstDay {
    static func of(_ ctx: Context) -> CivilDate? {
        let store = ctx.store
        var earliest: [Date] = store.records(Settings.self).map(\.created)
        func first<R: KeelRecord>(_ type: R.Type) { if let d = store.records(type, includeDeleted: true).map(\.created).min() { earliest.append(d) } }
        first(Habit.self)
        first(BelongingCircle.self)
        first(ExposureLadder.self)
        first(ValuesStatement.self)
        func oldest<R: KeelRecord>(_ type: R.Type) {
            guard let month = store.months(type).first else { return }
            if let first = store.records(type, month: month, includeDeleted: true).map(\.created).min() { earliest.append(first) }
        }
        oldest(JournalEntry.self)
        oldest(SmallWin.self)
        oldest(CheckIn.self)
        oldest(BreathSession.self)
        oldest(HabitCheck.self)
        oldest(WeeklyLetter.self)
        let now = ctx.now()
        return earliest.filter { $0 <= now }.min().map(ctx.calendar.day(of:))
    }
}
