/// The morning's route: choosing the strengths it gives a turn each day,
/// then the flow that was waiting for them.
enum MorningRoutes {
    static func open(_ route: Route, _ ctx: Context) -> (any Screen)? {
        guard case .strengths(let then) = route else { return nil }
        return StrengthPickerScreen(ctx, then: then.flatMap(ctx.content.flow))
    }
}
