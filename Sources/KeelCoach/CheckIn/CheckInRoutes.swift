import KeelStore

/// Where each answer to "what is going on?" leads, by the route of the
/// practice that fits (`Route`). A practice that fits a topic better (the
/// circle map for feeling disconnected, say) replaces its line here when it
/// exists; a topic with no line just saves the check-in.
public enum CheckInRoutes {
    /// What each topic opens: "flow:ID" for a flow, "breathe" for the pacer,
    /// "expose" for the step ladders, "circles" for the circle map (a self-compassion break while it is empty), "values" for the person's own values (a self-compassion break until they are written).
    public static let destinations: [String: String] = [
        "rejected": "flow:reframe",
        "disconnected": "circles",
        "doubt": "values",
        "dread": "expose",
        "criticism": "flow:criticism-sorter",
        "say-no": "flow:boundary-script",
    ]

    /// The screen a topic opens, asked of the practice that owns it, and what
    /// the check-in records it opened ("flow:reframe", "breathe").
    public static func screen(for topic: String, _ ctx: Context) -> (name: String, screen: any Screen)? {
        guard let name = destinations[topic] else { return nil }
        if name == "breathe" { return ctx.screen(for: .breathe).map { (name, $0) } }
        if name == "expose" { return ctx.screen(for: .ladders).map { (name, $0) } }
        // Feeling disconnected meets the people already there, once the map has a circle; until then, kindness first.
        if name == "circles" {
            if !ctx.store.all(BelongingCircle.self).isEmpty, let map = ctx.screen(for: .circles) {
                ctx.flash = disconnectedLead
                return (name, map)
            }
            return screen(to: "flow:self-compassion", ctx)
        }
        // Doubt meets the person's own words when they have written them, else a self-compassion break.
        if name == "values" {
            if let card = ctx.screen(for: .valuesCard(lead: doubtLead)) { return (name, card) }
            return screen(to: "flow:self-compassion", ctx)
        }
        return screen(to: name, ctx)
    }

    /// The check-in's own route.
    static func open(_ route: Route, _ ctx: Context) -> (any Screen)? { route == .checkIn ? CheckInScreen(ctx) : nil }

    static let disconnectedLead = "Here are the people around you."
    static let doubtLead = "You wrote this on a steadier day. It is still true today."

    static func screen(to name: String, _ ctx: Context) -> (name: String, screen: any Screen)? {
        guard name.hasPrefix("flow:") else { return nil }
        let id = String(name.dropFirst(5))
        guard let flow = ctx.content.flow(id) else { return nil }
        return ctx.screen(for: .flow(id, name: flow.title)).map { (name, $0) }
    }
}

/// What a low check-in offers besides crisis help, which always comes
/// first. Each practice that helps on a hard day adds its line here.
enum LowMoodOffers {
    static func entries(_ ctx: Context) -> [CheckInScreen.Offer] {
        var out: [CheckInScreen.Offer] = []
        if let card = ctx.screen(for: .valuesCard(lead: CheckInRoutes.doubtLead)) {
            out.append(CheckInScreen.Offer(label: "Your own words", detail: "Read this when you doubt yourself", name: "Your own words", open: { _ in card }))
        }
        if ctx.canOpen(.breathe) {
            out.append(
                CheckInScreen.Offer(
                    label: "A breathing break", detail: "A few slow minutes to settle your body", name: "A breathing break", open: { $0.screen(for: .breathe) })
            )
        }
        return out
    }
}
