/// The circle map's route.
enum CirclesRoutes {
    static func open(_ route: Route, _ ctx: Context) -> (any Screen)? {
        route == .circles ? CirclesScreen(ctx) : nil
    }
}
