import KeelStore

/// The weekly letter: due this week, and on Sunday a word on the home screen.
enum LetterToday {
    static func notes(_ ctx: Context) -> [TodayNote] {
        guard let due = Letters.due(ctx) else { return [] }
        let home = ctx.today == Week(containing: ctx.today).last ? "Your weekly letter is due today." : nil
        return [TodayNote(home: home, shell: due)]
    }
}
