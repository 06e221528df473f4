/// The values' routes: the page to write and read them, and the card to
/// read on a hard day, once there is something written to show.
enum ValuesRoutes {
    static func open(_ route: Route, _ ctx: Context) -> (any Screen)? {
        switch route {
        case .values: return ValuesScreen(ctx)
        case .valuesCard(let lead): return ValuesCardScreen.ifWritten(ctx, after: lead)
        default: return nil
        }
    }
}
