import KeelStore

/// A place in keel that one practice can send the person to without naming
/// the screen that shows it: home lists the practices by route, the check-in
/// opens what fits a topic, a flow offers the journal after its end. The
/// practice that owns a route installs its opener in `Practices.install`;
/// the app builds the screen when a screen asks for it (`Transition.go`).
public enum Route: Equatable, Sendable {
    case checkIn
    /// The breathing picker.
    case breathe
    /// A paced breath inside another practice, begun at once and without
    /// the calm rating: a pattern's id ("sigh"), its length, and who asked
    /// ("flow:reframe", "exposure"), for the session record.
    case pacedBreath(pattern: String?, minutes: Double, source: String)
    case circles
    /// The step ladders.
    case ladders
    /// The list of guided practices.
    case practices
    /// A guided practice from its start (its strengths first, when it leans
    /// on them and none are picked); `name` is for the page that says why it
    /// can't open when its file is missing.
    case flow(String, name: String)
    case journal
    /// A small win, noted after `source` ("home", "flow:reframe").
    case win(source: String)
    /// Every win so far, by week, to search, change or delete; `selecting`
    /// a win's id to start on.
    case wins(selecting: String?)
    case habits
    case letter
    case values
    /// The person's own values, to read on a hard day after a line of
    /// lead-in; there is no such screen until they are written.
    case valuesCard(lead: String?)
    /// Choosing strengths, then the flow `then` when one is waiting for them.
    case strengths(then: String?)

    /// The practice that installs this route's screen.
    public var practice: Practice {
        switch self {
        case .checkIn: return .checkIn
        case .breathe, .pacedBreath: return .breathe
        case .circles: return .circles
        case .ladders: return .exposure
        case .practices, .flow: return .flow
        case .journal: return .journal
        case .win, .wins: return .wins
        case .habits: return .habits
        case .letter: return .letter
        case .values, .valuesCard: return .values
        case .strengths: return .morning
        }
    }
}

/// The practices that own routes, one per practice folder.
public enum Practice: String, CaseIterable, Sendable {
    case breathe, checkIn, circles, exposure, flow, habits, journal, letter, morning, values, wins
}

/// How a practice builds the screens for its routes; nil when there is no
/// such screen now (no values written yet, a flow that isn't there).
public typealias RouteOpener = (Route, Context) -> (any Screen)?

extension Context {
    /// The screen for a route, from the opener its practice installed.
    public func screen(for route: Route) -> (any Screen)? { installed.openers[route.practice]?(route, self) }

    /// True when the route's practice is installed, without building anything
    /// (home lists an entry only then, so none leads nowhere).
    public func canOpen(_ route: Route) -> Bool { installed.openers[route.practice] != nil }
}

extension Transition {
    /// A route turned into the screen it opens (`.go` as `.open`, `.goInstead`
    /// as `.replace`; `.stay` when no practice opens it); anything else as is.
    /// The app and plain mode both follow transitions through this.
    public func resolved(_ ctx: Context) -> Transition {
        switch self {
        case .go(let route): return ctx.screen(for: route).map { .open($0) } ?? .stay
        case .goInstead(let route): return ctx.screen(for: route).map { .replace($0) } ?? .stay
        default: return self
        }
    }
}
