import KeelStore

/// What practices tell one another about a week, as plain facts: the weekly
/// letter reads the mornings and the habits from here and says them in its
/// own words, without naming the morning's or the habits' types. Each
/// practice fills in its part (`Installed.weekFacts`).
public struct WeekFacts: Equatable {
    /// A morning reflection on a day of the week.
    public struct Morning: Equatable {
        public var day: CivilDate
        public var strength: String?
        /// When the strength was used, in the person's words.
        public var evidence: String?
        /// How the last plan went: "yes", "partly" or "no".
        public var planKept: String?
        public var gratitudes: [String]

        public init(day: CivilDate, strength: String?, evidence: String?, planKept: String?, gratitudes: [String]) {
            self.day = day
            self.strength = strength
            self.evidence = evidence
            self.planKept = planKept
            self.gratitudes = gratitudes
        }
    }

    /// A habit's week, up to today: days done and rest days taken.
    public struct HabitWeek: Equatable {
        public var name: String
        public var done: Int
        public var rest: Int

        public init(name: String, done: Int, rest: Int) {
            self.name = name
            self.done = done
            self.rest = rest
        }
    }

    /// The week's morning reflections, oldest first.
    public var mornings: [Morning] = []
    /// Every habit, oldest first.
    public var habits: [HabitWeek] = []
    /// Flows whose journal entries belong to another practice (the morning
    /// reflection's), so the guided practices' paragraph leaves them out.
    public var ownFlows: Set<String> = []
    /// Paragraphs a practice writes about its own week (the steps faced on a
    /// ladder), in the order the practices were installed.
    public var paragraphs: [String] = []

    public init() {}
}
