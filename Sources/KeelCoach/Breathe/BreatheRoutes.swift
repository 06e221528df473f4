/// The breathing practice's routes: the picker, and a paced breath that
/// another practice asks for in the middle of its own steps.
enum BreatheRoutes {
    static func open(_ route: Route, _ ctx: Context) -> (any Screen)? {
        switch route {
        case .breathe:
            return BreathePickerScreen(ctx)
        case .pacedBreath(let id, let minutes, let source):
            let pattern = BreathPattern.builtIn.first { $0.id == id } ?? .sigh
            return BreatheSessionScreen(plan: PacerPlan(pattern: pattern, minutes: minutes), ctx: ctx, source: source, askCalm: false)
        default:
            return nil
        }
    }
}
