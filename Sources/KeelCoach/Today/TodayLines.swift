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
    /// due, and notes for home only (a breathing break taken, a check-in),
    /// whose files `keel today` doesn't read. Words waiting in a draft come
    /// first, and a breathing break already taken last: when the window is
    /// short, what is cut is what matters least.
    static func homeSources() -> [Source] {
        [DraftWords.notes, MorningToday.homeNotes, LetterToday.notes, ExposureToday.notes, CheckInToday.notes, BreatheToday.notes]
    }

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
