/// Content files keel had to skip, named on the home screen.
enum ContentToday {
    static func notes(_ ctx: Context) -> [TodayNote] {
        let skipped = Set(ctx.content.notices.map(\.file)).count
        guard skipped > 0 else { return [] }
        return [TodayNote(home: "keel skipped \(skipped == 1 ? "a content file" : "\(skipped) content files") it couldn't use; Practices names them.")]
    }
}
