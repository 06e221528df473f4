import KeelStore

/// What practices offer one another, installed by `Practices.install`, so
/// that one practice uses another's screens and facts without naming its
/// types: how each opens its routes, the strips on the home screen, the
/// facts about a week, and a habit's streak as the habits count it.
public struct Installed {
    /// How each practice opens its routes (see `Route`).
    public var openers = Openers()
    /// The strips at the foot of the home screen (see `HomePanel`).
    public var homePanels: [(Context) -> any HomePanel] = []
    /// What practices tell about a week, for the weekly letter (see `WeekFacts`).
    public var weekFacts: [(Context, Week, inout WeekFacts) -> Void] = []
    /// A habit's streak as the habits practice counts it (rest days kept);
    /// nil until that practice is installed.
    public var habitStreak: ((Habit, Context) -> Streak.Count)?
    /// A week's facts while a letter is put together (`Context.holdingWeekFacts`),
    /// so its parts don't each gather them again.
    var heldWeekFacts: (week: Week, facts: WeekFacts)?

    public init() {}
}

/// Each practice's opener, in an array by the practice's place among them
/// all: the first dictionary keyed by one of keel's own types costs the
/// runtime a search of every conformance in the binary (0.3 million
/// instructions at start), and there are only eleven practices.
public struct Openers {
    private var byPractice = [RouteOpener?](repeating: nil, count: Practice.allCases.count)

    public subscript(_ practice: Practice) -> RouteOpener? {
        get { byPractice[Openers.place(practice)] }
        set { byPractice[Openers.place(practice)] = newValue }
    }

    private static func place(_ practice: Practice) -> Int {
        Practice.allCases.firstIndex { $0 == practice } ?? 0
    }
}

extension Context {
    /// What the installed practices tell about this week.
    public func weekFacts(_ week: Week) -> WeekFacts {
        if let held = installed.heldWeekFacts, held.week == week { return held.facts }
        var facts = WeekFacts()
        for provide in installed.weekFacts { provide(self, week, &facts) }
        return facts
    }

    /// Runs `body` with this week's facts gathered once, for every part that asks.
    public func holdingWeekFacts<T>(_ week: Week, _ body: () -> T) -> T {
        let before = installed.heldWeekFacts
        installed.heldWeekFacts = (week, weekFacts(week))
        defer { installed.heldWeekFacts = before }
        return body()
    }
}
