/// The habits' route.
enum HabitsRoutes {
    static func open(_ route: Route, _ ctx: Context) -> (any Screen)? {
        route == .habits ? HabitsScreen(ctx) : nil
    }
}
