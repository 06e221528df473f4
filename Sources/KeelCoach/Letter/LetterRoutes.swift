/// The weekly letter's route.
enum LetterRoutes {
    static func open(_ route: Route, _ ctx: Context) -> (any Screen)? {
        route == .letter ? LetterScreen(ctx) : nil
    }
}
