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
        var entries: [HomeEntry] = []
        if ctx.content.hasFlow("reframe") {
            entries.append(HomeEntry("r", "Reframe", "Pause, breathe and take a second look at a sting") { FlowStart.open("reframe", name: "Reframe", $0) })
        }
        if ctx.content.hasCatalog("check-in-topics") {
            entries.append(HomeEntry("i", "Check in", "How are you? Find the practice that fits") { CheckInScreen($0) })
        }
        entries.append(HomeEntry("b", "Breathe", "A paced breath to settle your body") { BreathePickerScreen($0) })
        entries.append(HomeEntry("c", "Circles", "Where you belong, and who to get back in touch with") { CirclesScreen($0) })
        entries.append(HomeEntry("e", "Step ladder", "Face what you dread in small planned steps") { ExposeScreen($0) })
        if ctx.content.hasFlows {
            entries.append(HomeEntry("p", "Practices", "Self-compassion, setbacks, criticism, boundaries") { FlowListScreen($0) })
        }
        entries.append(HomeEntry("l", "Journal", "Your entries and the patterns in them") { JournalScreen($0) })
        if ctx.content.hasFlow(MorningEntry.flowID) {
            entries.append(
                HomeEntry("m", "Morning", "Today's strength, a small plan, a few thanks") { FlowStart.open(MorningEntry.flowID, name: "Morning", $0) })
        }
        entries.append(HomeEntry("w", "Small win", "Note something you did, in a line") { WinScreen($0) })
        entries.append(HomeEntry("y", "Your wins", "Every win so far, by week: search, change, delete") { WinsScreen($0) })
        entries.append(HomeEntry("h", "Habits", "Small rituals, streaks and rest days") { HabitsScreen($0) })
        entries.append(HomeEntry("t", "Letter", "This week's letter to yourself") { LetterScreen($0) })
        entries.append(HomeEntry("v", "Values", "What you stand for, to read when you doubt yourself") { ValuesScreen($0) })
        if let crisis = ctx.crisisScreen {
            entries.append(HomeEntry("!", "Help now", "Crisis lines and your safety plan", open: crisis))
        }
        return entries
    }

    /// Short lines about today (things due, streaks) shown under the menu (see TodayLines).
    public static func todayLines(_ ctx: Context) -> [String] { TodayLines.home(ctx) }
}
