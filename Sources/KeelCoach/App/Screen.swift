import KeelStore
import KeelTerminal

/// Where a screen asks the app to go after handling a key or a tick. What
/// else happened it reports as an `Outcome`.
public enum Transition {
    /// Stay here (the screen may have changed itself).
    case stay
    /// The screen doesn't use this key; the app applies the shared contract
    /// (Esc goes back, q quits from a menu).
    case unhandled
    /// Close this screen and go back to the one below.
    case back
    /// Open another screen on top of this one.
    case open(any Screen)
    /// Put another screen in this one's place.
    case replace(any Screen)
    /// Open another practice's screen by its route, on top of this one; the
    /// app asks the practice that owns the route (stay when there is none).
    case go(Route)
    /// The same, in this screen's place.
    case goInstead(Route)
    /// Back to the home screen (or out, when keel was opened on this screen).
    case home
    case quit
    /// Open the person's own editor on this text; what they save comes back
    /// through `edited` (see ExternalEditor).
    case editExternally(String)
}

/// Words a screen would lose if keel closed now, to be kept as a draft.
public struct DraftContent {
    public var id: String
    public var title: String
    public var state: JSONValue
    public init(id: String, title: String, state: JSONValue) {
        self.id = id
        self.title = title
        self.state = state
    }
}

/// A help page: what the screen is for and its keys.
public struct Help {
    public var title: String
    public var lines: [String]
    public init(_ title: String, _ lines: [String]) {
        self.title = title
        self.lines = lines
    }
}

/// One screen of keel: its state, how keys change it, and how it draws.
/// Screens never touch the terminal; they render into a Buffer and read
/// Key values, so each can be driven and checked in memory.
public protocol Screen {
    /// Shown in the title bar.
    var title: String { get }
    /// The keys that work here, for the footer.
    var hints: [KeyHint] { get }
    /// The keys for the area the screen is drawn in: `hints`, unless what
    /// fits changes them (the home screen numbers only the habits it draws).
    /// A requirement, not a protocol to cast to: the first cast to a
    /// protocol searches every conformance in the binary.
    func hints(in area: Rect, _ ctx: Context) -> [KeyHint]
    /// One of crisis help's own pages (see `CrisisHelpScreen`).
    var isCrisisHelp: Bool { get }
    var help: Help { get }
    /// True while a text field has focus: then q, ? and ! are letters, not commands.
    var capturesText: Bool { get }
    /// True for menus, where q quits.
    var isMenu: Bool { get }

    mutating func handle(_ key: Key, _ ctx: Context) -> Transition
    /// Time has passed (the screen asked to be woken).
    mutating func tick(_ ctx: Context) -> Transition
    /// The screen is on top again after the one above it closed.
    mutating func resume(_ ctx: Context)
    func render(into buffer: inout Buffer, in area: Rect, _ ctx: Context)
    /// When to wake this screen, or nil to wait for a key (no CPU while idle).
    func wake(_ ctx: Context) -> Moment?
    /// Unfinished words to keep if keel closes now.
    func draft() -> DraftContent?
    /// The draft this screen writes, even while `draft()` has nothing (the
    /// words match what is saved), so a stale one can be let go; nil when
    /// the screen keeps none just now (a draft waiting to be picked up).
    var draftPlace: String? { get }
    /// keel is closing (Ctrl-C, a signal, q): save what would be lost.
    mutating func closing(_ ctx: Context)
    /// The text saved in the person's editor, after `.editExternally`.
    mutating func edited(_ text: String, _ ctx: Context)
    /// The screen above reported `.picked` (what was chosen or made there), before it closes.
    mutating func picked(_ id: String, _ ctx: Context)
}

extension Screen {
    public func hints(in area: Rect, _ ctx: Context) -> [KeyHint] { hints }
    public var isCrisisHelp: Bool { false }
    public var capturesText: Bool { false }
    public var isMenu: Bool { false }
    public mutating func tick(_ ctx: Context) -> Transition { .stay }
    public mutating func resume(_ ctx: Context) {}
    public func wake(_ ctx: Context) -> Moment? { nil }
    public func draft() -> DraftContent? { nil }
    public var draftPlace: String? { nil }
    public mutating func edited(_ text: String, _ ctx: Context) {}
    public mutating func picked(_ id: String, _ ctx: Context) {}
    public mutating func closing(_ ctx: Context) { settleDraft(ctx) }

    /// Keeps what would be lost, or lets this screen's draft go when
    /// nothing in it differs from what is saved.
    public func settleDraft(_ ctx: Context) {
        if let d = draft() { ctx.keepDraft(d) } else if let place = draftPlace { ctx.clearDraft(place) }
    }
}

/// Footer hints most screens share.
public enum Hints {
    public static let move = KeyHint("↑↓", "move")
    public static let choose = KeyHint("Enter", "choose")
    public static let next = KeyHint("Enter", "continue")
    public static let back = KeyHint("Esc", "back")
    public static let help = KeyHint("?", "help")
    public static let quit = KeyHint("q", "quit")
    public static let crisis = KeyHint("!", "help now")
    public static let crisisWhileTyping = KeyHint("F2", "help now")
}
