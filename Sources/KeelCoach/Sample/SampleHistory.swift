import KeelContent
import KeelStore

/// `keel sample`: a realistic, seeded history of everything keel keeps,
/// for exploring and for benchmarks. Each practice adds its own part in a
/// `Sample+Practice.swift` file in its own folder and a line in `generate`.
public struct SampleHistory {
    public var years: Double
    public var seed: UInt64
    public var end: Date
    public var calendar: LocalCalendar
    /// The flows and catalogs the journal sample walks; without them there are no journal entries.
    public var content: ContentLibrary = .empty

    public init(years: Double = 0.5, seed: UInt64 = 7, end: Date, calendar: LocalCalendar = .system) {
        self.years = years
        self.seed = seed
        self.end = end
        self.calendar = calendar
    }

    public var startDay: CivilDate { calendar.day(of: end).adding(days: -Int((years * 365.25).rounded())) }
    public var endDay: CivilDate { calendar.day(of: end) }

    /// Every day of the sample, oldest first.
    public var days: [CivilDate] {
        let first = startDay, last = endDay
        return (0...max(0, last.days(since: first))).map { first.adding(days: $0) }
    }

    /// A moment on a local day at hour:minute.
    public func time(_ day: CivilDate, hour: Int, minute: Int) -> Date {
        Timestamp.rounded(calendar.start(of: day).addingTimeInterval(Double(hour * 3600 + minute * 60)))
    }

    /// Writes the history into `store` (`keel sample` then counts what is there).
    public func generate(into store: Store) throws(StoreError) {
        var rng = SeededRandom(seed: seed)
        var settings = Settings.fresh(at: time(startDay, hour: 9, minute: 0))
        settings.welcomeSeen = true
        settings.lastPattern = "box"
        settings.lastMinutes = 3
        try store.save(settings)
        try store.save(breathingSessions(&rng))
        let circles = circleSample(&rng)
        try store.save(circles.circles)
        try store.save(circles.people)
        try store.save(circles.contacts)
        try store.save(circles.steps)
        // The journal's part draws from its own generator, so other parts added above don't change it.
        var journalRNG = SeededRandom(seed: seed &+ 3)
        try store.save(journalEntries(&journalRNG, circles: store.all(BelongingCircle.self), people: store.all(Person.self)))
        try store.save(checkIns(&journalRNG))
        try store.save(safetyPlan())
        // The ladders draw from their own generator too.
        var exposureRNG = SeededRandom(seed: seed &+ 5)
        let exposure = exposureSample(&exposureRNG, people: store.all(Person.self))
        try store.save(exposure.ladders)
        try store.save(exposure.steps)
        try store.save(exposure.attempts)
        // Inner worth draws from its own generator too, and comes last: the letters are drafted from everything above.
        var innerRNG = SeededRandom(seed: seed &+ 11)
        try innerWorth(into: store, &innerRNG)
        if let draft = unfinishedPractice() { try store.save(draft) }
    }
}
