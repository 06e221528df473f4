/// The guided practices' routes: their list, and one practice from its start.
enum FlowRoutes {
    static func open(_ route: Route, _ ctx: Context) -> (any Screen)? {
        switch route {
        case .practices: return FlowListScreen(ctx)
        case .flow(let id, let name): return FlowStart.open(id, name: name, ctx)
        default: return nil
        }
    }
}
