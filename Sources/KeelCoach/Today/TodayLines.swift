import KeelStore

/// Something to know about today: a sentence under the home menu, a few
/// words for `keel today`'s one line, or both.
public struct TodayNote: Equatable, Sendable {
    public var home: String?
    public var shell: String?
    public init(home: String? = nil, shell: String? = nil) {
        self.home = home
        self.shell = shell
    }
}

/// Every practice's word about today, for the home screen and for
/// `keel today` alike. A practice adds its function here (the exposure
/// ladder: steps due). `keel today` runs them without a terminal and
/// without content loaded (`ctx.content` is empty), on a store opened only
/// to read; each should read only the recent month files it needs.
public enum TodayLines {
    public typealias Source = (Context) -> [TodayNote]

    public static func sources() -> [Source] {
        [MorningToday.notes, HabitsToday.notes, LetterToday.notes, ExposureToday.notes]
    }

    /// What the home screen says (it lists today's habits itself, and needs
    /// no streak): the morning reflection done or not, the letter, steps
    /// due, and notes for home only (a breathing break taken, content
    /// skipped), whose files `keel today` doesn't read.
    static func homeSources() -> [Source] { [MorningToday.homeNotes, LetterToday.notes, ExposureToday.notes, PracticesToday.notes] }

    public static func notes(_ ctx: Context, sources: [Source] = TodayLines.sources()) -> [TodayNote] {
        sources.flatMap { $0(ctx) }
    }

    /// The sentences under the home menu.
    public static func home(_ ctx: Context) -> [String] { notes(ctx, sources: homeSources()).compactMap(\.home) }

    /// One line for a shell start-up file: "Morning reflection not yet today, 4-day streak, letter due Sunday".
    public static func shellLine(_ ctx: Context, sources: [Source] = TodayLines.sources()) -> String {
        let parts = notes(ctx, sources: sources).compactMap(\.shell)
        guard let first = parts.first else { return "" }
        return ([first.prefix(1).uppercased() + first.dropFirst()] + parts.dropFirst()).joined(separator: ", ")
    }
}

/// The morning reflection: done today or not, and the run of days.
enum MorningToday {
    static func notes(_ ctx: Context) -> [TodayNote] {
        let today = ctx.today
        let days = FlowDays(MorningEntry.flowID, store: ctx.store, calendar: ctx.calendar, today: today)
        let done = days.contains(today)
        // A habit standing for the reflection keeps the streak (its rest days included); else the run of days.
        let habit = ctx.store.all(Habit.self).first { $0.practice == "flow:\(MorningEntry.flowID)" }
        let streak = habit.map { HabitLog(store: ctx.store, calendar: ctx.calendar, today: today).streak($0, today: today) }
            ?? days.streak(today: today)
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

/// Habits still to tick today (the home screen lists them itself).
enum HabitsToday {
    static func notes(_ ctx: Context) -> [TodayNote] {
        let due = HabitRow.load(ctx).filter(\.due)
        guard !due.isEmpty else { return [] }
        let done = due.filter { $0.mark != nil }.count
        let words = done == due.count ? "all \(due.count) habit\(due.count == 1 ? "" : "s") ticked"
            : "\(done) of \(due.count) habit\(due.count == 1 ? "" : "s") ticked"
        return [TodayNote(shell: words)]
    }
}

enum LetterToday {
    static func notes(_ ctx: Context) -> [TodayNote] {
        guard let due = Letters.due(ctx) else { return [] }
        let home = ctx.today == Week(containing: ctx.today).sunday ? "Your weekly letter is due today." : nil
        return [TodayNote(home: home, shell: due)]
    }
}

/// What the home screen said before: a breathing break or a check-in today.
enum PracticesToday {
    static func notes(_ ctx: Context) -> [TodayNote] {
        var out: [TodayNote] = []
        if let last = ctx.store.latestCreated(BreathSession.self), ctx.calendar.day(of: last) == ctx.today {
            out.append(TodayNote(home: "You took a breathing break today."))
        }
        if let last = ctx.store.latestCreated(CheckIn.self), ctx.calendar.day(of: last) == ctx.today {
            out.append(TodayNote(home: "You checked in today."))
        }
        return out
    }
}
