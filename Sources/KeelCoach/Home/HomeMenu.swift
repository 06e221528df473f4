import KeelStore
import KeelTerminal

/// One practice on the home screen. An entry is listed only when its screen
/// exists: nothing on the home screen leads nowhere.
public struct HomeEntry {
    public var shortcut: Character
    public var label: String
    public var detail: String
    public var open: (Context) -> any Screen

    public init(_ shortcut: Character, _ label: String, _ detail: String, open: @escaping (Context) -> any Screen) {
        self.shortcut = shortcut
        self.label = label
        self.detail = detail
        self.open = open
    }
}

/// The home screen's practices, in the order a person meets them. Each
/// feature adds its line here.
public enum HomeMenu {
    public static func entries(_ ctx: Context) -> [HomeEntry] {
        [
            HomeEntry("b", "Breathe", "A paced breath to settle your body") { BreathePickerScreen($0) },
            HomeEntry("c", "Circles", "Where you belong, and who to get back in touch with") { CirclesScreen($0) },
        ]
    }

    /// Short lines about today (things due, streaks) shown under the menu.
    public static func todayLines(_ ctx: Context) -> [String] {
        var lines: [String] = []
        if let last = ctx.store.recent(BreathSession.self, limit: 1).last,
           ctx.calendar.day(of: last.created) == ctx.today {
            lines.append("You took a breathing break today.")
        }
        return lines
    }
}

