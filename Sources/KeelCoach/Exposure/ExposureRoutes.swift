/// The step ladders' route.
enum ExposureRoutes {
    static func open(_ route: Route, _ ctx: Context) -> (any Screen)? {
        route == .ladders ? ExposeScreen(ctx) : nil
    }
}
