import KeelStore

/// Reading wins back: the recent ones for the log screen, a week's for the letter.
enum SmallWins {
    /// Every win kept, oldest first (for the list of wins and the journal's search).
    static func all(_ ctx: Context) -> [SmallWin] {
        ctx.store.all(SmallWin.self).sorted { ($0.day, $0.created) < ($1.day, $1.created) }
    }

    /// Wins from the last two months of files, oldest first.
    static func recent(_ ctx: Context) -> [SmallWin] {
        ctx.store.months(SmallWin.self).suffix(2).flatMap { ctx.store.records(SmallWin.self, month: $0) }
            .sorted { ($0.day, $0.created) < ($1.day, $1.created) }
    }
}
