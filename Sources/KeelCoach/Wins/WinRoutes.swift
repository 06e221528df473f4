/// The small win's routes: noting one, and the list of them all.
enum WinRoutes {
    static func open(_ route: Route, _ ctx: Context) -> (any Screen)? {
        switch route {
        case .win(let source): return WinScreen(ctx, source: source)
        case .wins(let id): return WinsScreen(ctx, selecting: id)
        default: return nil
        }
    }
}
