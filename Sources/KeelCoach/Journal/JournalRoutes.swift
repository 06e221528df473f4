/// The journal's route.
enum JournalRoutes {
    static func open(_ route: Route, _ ctx: Context) -> (any Screen)? {
        route == .journal ? JournalScreen(ctx) : nil
    }
}
