import KeelStore
import KeelTerminal

/// One practice on the home screen. An entry is listed only when its screen
/// exists: nothing on the home screen leads nowhere.
public struct HomeEntry {
    public var shortcut: Character
    public var label: String
    public var detail: String
    /// The entry's screen; nil when its practice has none to show now.
    public var open: (Context) -> (any Screen)?

    public init(_ shortcut: Character, _ label: String, _ detail: String, open: @escaping (Context) -> (any Screen)?) {
        self.shortcut = shortcut
        self.label = label
        self.detail = detail
        self.open = open
    }

    /// A practice opened by its route (see `Route`).
    public init(_ shortcut: Character, _ label: String, _ detail: String, _ route: Route) {
        self.init(shortcut, label, detail) { $0.screen(for: route) }
    }
}

/// The home screen's practices, in the order a person meets them, each
/// opened by its route, so home names no practice's screen. Each feature
/// adds its line here.
public enum HomeMenu {
    public static func entries(_ ctx: Context) -> [HomeEntry] {
        var entries: [HomeEntry] = []
        func add(_ shortcut: Character, _ label: String, _ detail: String, _ route: Route) {
            if ctx.canOpen(route) { entries.append(HomeEntry(shortcut, label, detail, route)) }
        }
        if ctx.content.hasFlow("reframe") {
            add("r", "Reframe", "Pause, breathe and take a second look at a sting", .flow("reframe", name: "Reframe"))
        }
        if ctx.content.hasCatalog("check-in-topics") {
            add("i", "Check in", "How are you? Find the practice that fits", .checkIn)
        }
        add("b", "Breathe", "A paced breath to settle your body", .breathe)
        add("c", "Circles", "Where you belong, and who to get back in touch with", .circles)
        add("e", "Step ladder", "Face what you dread in small planned steps", .ladders)
        if ctx.content.hasFlows {
            add("p", "Practices", "Self-compassion, setbacks, criticism, boundaries", .practices)
        }
        add("l", "Journal", "Your entries and the patterns in them", .journal)
        if ctx.content.hasFlow("morning") {
            add("m", "Morning", "Today's strength, a small plan, a few thanks", .flow("morning", name: "Morning"))
        }
        add("w", "Small win", "Note something you did, in a line", .win(source: "home"))
        add("y", "Your wins", "Every win so far, by week: search, change, delete", .wins(selecting: nil))
        add("h", "Habits", "Small rituals, streaks and rest days", .habits)
        add("t", "Letter", "This week's letter to yourself", .letter)
        add("v", "Values", "What you stand for, to read when you doubt yourself", .values)
        if let crisis = ctx.crisisScreen {
            entries.append(HomeEntry("!", "Help now", "Crisis lines and your safety plan") { crisis($0) })
        }
        return entries
    }

    /// Short lines about today (things due, streaks) shown under the menu (see TodayLines).
    public static func todayLines(_ ctx: Context) -> [String] { TodayLines.home(ctx) }
}
