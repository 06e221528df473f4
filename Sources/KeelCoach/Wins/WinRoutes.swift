/// The small win's route.
enum WinRoutes {
    static func open(_ route: Route, _ ctx: Context) -> (any Screen)? {
        guard case .win(let source) = route else { return nil }
        return WinScreen(ctx, source: source)
    }
}
