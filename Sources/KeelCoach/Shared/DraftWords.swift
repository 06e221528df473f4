import KeelStore

/// How keel speaks of words left unfinished: when they were started, that
/// they wait on the home screen, and what was kept when keel closed.
enum DraftWords {
    /// "earlier today", "yesterday", "on Tue 1 Dec".
    static func started(_ day: CivilDate, today: CivilDate) -> String {
        switch today.days(since: day) {
        case ...0: return "earlier today"
        case 1: return "yesterday"
        default: return "on \(day.short)"
        }
    }

    /// The home screen's word on drafts waiting, newest first.
    static func notes(_ ctx: Context) -> [TodayNote] {
        let drafts = ctx.store.records(Draft.self).sorted { $0.updated > $1.updated }
        guard let newest = drafts.first else { return [] }
        if drafts.count == 1 {
            let when = started(ctx.calendar.day(of: newest.created), today: ctx.today)
            return [TodayNote(home: "Waiting for you: “\(newest.title)”, started \(when).")]
        }
        let titles = ListWords.and(drafts.map { "“\($0.title)”" })
        return [TodayNote(home: "\(drafts.count) drafts are waiting for you: \(titles).")]
    }

    /// The line printed once the terminal is back, naming what was kept.
    static func farewell(_ titles: [String]) -> [String] {
        guard !titles.isEmpty else { return [] }
        if titles.count == 1 { return ["Kept as a draft: “\(titles[0])”. Run keel again: it waits on home."] }
        return ["Kept as drafts: \(ListWords.and(titles.map { "“\($0)”" })). Run keel again: they wait on home."]
    }
}
