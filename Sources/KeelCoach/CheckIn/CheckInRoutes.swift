import KeelStore

/// Where each answer to "what is going on?" leads. A practice that fits a
/// topic better (the circle map for feeling disconnected, say) replaces its
/// line here when it exists; a topic with no line just saves the check-in.
public enum CheckInRoutes {
    public struct Route {
        /// What the check-in records it opened: "flow:reframe", "breathe".
        public var name: String
        public var open: (Context) -> any Screen
        public init(name: String, open: @escaping (Context) -> any Screen) {
            self.name = name
            self.open = open
        }
    }

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

    public static func route(for topic: String, _ ctx: Context) -> Route? {
        guard let name = destinations[topic] else { return nil }
        if name == "breathe" { return Route(name: name) { BreathePickerScreen($0) } }
        if name == "expose" { return Route(name: name) { ExposeScreen($0) } }
        // Feeling disconnected meets the people already there, once the map has a circle; until then, kindness first.
        if name == "circles" {
            if !ctx.store.all(BelongingCircle.self).isEmpty {
                return Route(name: name) { ctx in
                    ctx.flash = disconnectedLead
                    return CirclesScreen(ctx)
                }
            }
            return route(to: "flow:self-compassion", ctx)
        }
        // Doubt meets the person's own words when they have written them, else a self-compassion break.
        if name == "values" {
            if let card = ValuesCardScreen.ifWritten(ctx, after: doubtLead) { return Route(name: name) { _ in card } }
            return route(to: "flow:self-compassion", ctx)
        }
        return route(to: name, ctx)
    }

    static let disconnectedLead = "Here are the people around you."
    static let doubtLead = "You wrote this on a steadier day. It is still true today."

    static func route(to name: String, _ ctx: Context) -> Route? {
        guard name.hasPrefix("flow:"), let flow = ctx.content.flow(String(name.dropFirst(5))) else { return nil }
        return Route(name: name) { FlowScreen(flow: flow, ctx: $0) }
    }
}

/// What a low check-in offers besides crisis help, which always comes
/// first. Each practice that helps on a hard day adds its line here.
public enum LowMoodOffers {
    public static func entries(_ ctx: Context) -> [HomeEntry] {
        var out: [HomeEntry] = []
        if let card = ValuesCardScreen.ifWritten(ctx, after: CheckInRoutes.doubtLead) {
            out.append(HomeEntry("v", "Your own words", "Read this when you doubt yourself") { _ in card })
        }
        out.append(HomeEntry("b", "A breathing break", "A few slow minutes to settle your body") { BreathePickerScreen($0) })
        return out
    }
}
