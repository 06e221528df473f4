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

    public static func route(for topic: String, _ ctx: Context) -> Route? {
        switch topic {
        case "rejected": return flow("reframe", ctx)
        case "disconnected", "doubt": return flow("self-compassion", ctx)
        case "dread": return Route(name: "breathe") { BreathePickerScreen($0) }
        case "criticism": return flow("criticism-sorter", ctx)
        case "say-no": return flow("boundary-script", ctx)
        default: return nil
        }
    }

    static func flow(_ id: String, _ ctx: Context) -> Route? {
        guard let flow = ctx.content.flow(id) else { return nil }
        return Route(name: "flow:\(id)") { FlowScreen(flow: flow, ctx: $0) }
    }
}

/// What a low check-in offers besides crisis help, which always comes
/// first. Each practice that helps on a hard day adds its line here.
public enum LowMoodOffers {
    public static func entries(_ ctx: Context) -> [HomeEntry] {
        [
            HomeEntry("b", "A breathing break", "A few slow minutes to settle your body") { BreathePickerScreen($0) },
        ]
    }
}
