import KeelStore

/// The ticked days of every habit, read from the newest month backwards and
/// only as far back as a question needs (see MonthsBackward).
public final class HabitLog {
    let calendar: LocalCalendar
    private let store: Store
    private let today: CivilDate
    private var checks: [String: HabitCheck] = [:]
    private var reader: MonthsBackward<HabitCheck>!
    /// The only days this log reads ticks about, when it was made for a few
    /// (see `init(store:calendar:today:about:)`); nil: every day.
    private(set) var only: [CivilDate]?

    public init(store: Store, calendar: LocalCalendar, today: CivilDate) {
        self.calendar = calendar
        self.store = store
        self.today = today
        startReading()
    }

    /// A log asked only about a few days (home and `keel today`: today and
    /// this week so far), which reads only the ticks about them: the same
    /// month files as a full log, in the same order, but the other ticks in
    /// them are checked, not made into records. Asked about another day, it
    /// reads again as a full log.
    init(store: Store, calendar: LocalCalendar, today: CivilDate, about days: [CivilDate]) {
        self.calendar = calendar
        self.store = store
        self.today = today
        only = days
        startReading()
    }

    private func startReading() {
        checks = [:]
        let visit: (HabitCheck) -> Void = { [unowned self] c in
            if let old = self.checks[c.id], old.updated > c.updated { return }
            self.checks[c.id] = c
        }
        if let only {
            let store = store
            reader = MonthsBackward(
                months: store.months(HabitCheck.self).reversed(), today: today,
                read: { store.habitChecks(month: $0, about: only) }, visit: visit)
        } else {
            reader = MonthsBackward(store: store, today: today, includeDeleted: true, visit: visit)
        }
    }

    /// How far back the ticks have been read so far (every tick about this day or later is known).
    var readBackTo: CivilDate { reader.knownFrom }

    /// The stored tick for a habit's day, deleted ones included (a tick taken back is revived, not duplicated).
    public func check(_ habitID: String, _ day: CivilDate) -> HabitCheck? {
        if let only, !only.contains(day) {
            // A day it was not made for: every tick from now on (those
            // saved meanwhile are in the store's cache, read again).
            self.only = nil
            startReading()
        }
        reader.cover(day)
        return checks[HabitCheck.id(habit: habitID, day: day)]
    }

    public func mark(_ habitID: String, _ day: CivilDate) -> DayMark? {
        guard let c = check(habitID, day), c.deleted == nil else { return nil }
        if c.isRest { return .rest }
        return c.small == true ? .small : .done
    }

    /// Keeps a tick just saved, so later questions see it.
    func remember(_ c: HabitCheck) { checks[c.id] = c }

    /// The first local day a habit counts from.
    public func start(of habit: Habit) -> CivilDate { calendar.day(of: habit.created) }

    public func streak(_ habit: Habit, today: CivilDate) -> Streak.Count {
        Streak.current(habit.plan, today: today, start: start(of: habit)) { mark(habit.id, $0) }
    }

    public func best(_ habit: Habit, today: CivilDate) -> Streak.Count {
        Streak.best(habit.plan, today: today, start: start(of: habit)) { mark(habit.id, $0) }
    }

    /// Whether a habit asks for something today: planned today, or a weekly
    /// habit whose week isn't kept yet. Ticked today counts as asked.
    public func isDue(_ habit: Habit, today: CivilDate) -> Bool {
        if mark(habit.id, today) != nil { return true }
        switch habit.plan {
        case .daily, .weekdays: return habit.plan.isPlanned(today)
        case .perWeek(let n):
            return Streak.weekOutcome(n, Week(containing: today), start: start(of: habit), upTo: today) { mark(habit.id, $0) } == .missed
        }
    }
}

/// Ticking a habit's day, taking a tick back, and resting.
public enum HabitTicks {
    public enum Change: Equatable, Sendable { case done, small, rest, none }

    /// Sets a habit's day to done, the two-minute version, a rest day, or nothing.
    @discardableResult
    public static func set(_ habit: Habit, _ day: CivilDate, to change: Change, source: String, log: HabitLog, _ ctx: Context) -> Bool {
        let now = ctx.now()
        var c = log.check(habit.id, day) ?? HabitCheck(habitID: habit.id, day: day, created: now, source: source, habitName: habit.name)
        if change == .none {
            guard c.deleted == nil, log.check(habit.id, day) != nil else { return true }
            c.deleted = now
        } else {
            c.deleted = nil
            c.rest = change == .rest ? true : nil
            c.small = change == .small ? true : nil
            c.source = source
            c.habitName = habit.name
        }
        c.updated = now
        guard ctx.save(c) else { return false }
        log.remember(c)
        return true
    }

    /// Space on a habit: not done becomes done, done (or rested) becomes not done.
    @discardableResult
    public static func toggle(_ habit: Habit, _ day: CivilDate, source: String, log: HabitLog, _ ctx: Context) -> DayMark? {
        let next: Change = log.mark(habit.id, day) == nil ? .done : .none
        set(habit, day, to: next, source: source, log: log, ctx)
        return log.mark(habit.id, day)
    }

    /// The habits practice's policy: when a practice is done (a flow finished,
    /// the letter saved, a win logged...), the habits it stands for tick
    /// themselves for today (see HabitActions).
    static var policy: Policy {
        Policy("habits tick with their practice") { outcome, ctx in
            switch outcome {
            case .practiceDone(let practice): practiceDone(practice, on: ctx.today, ctx)
            case .practiceDoneFor(let practice, let day): practiceDone(practice, on: min(day, ctx.today), ctx)
            case .deleted(let kind, _): HabitActions.takenBack(kind: kind, ctx)
            default: break
            }
            return nil
        }
    }

    /// Ticks the habits a practice stands for on the day it was done for.
    static func practiceDone(_ practice: String, on day: CivilDate, _ ctx: Context) {
        let linked = ctx.store.all(Habit.self).filter { HabitActions.action(of: $0, ctx) == practice }
        guard !linked.isEmpty, !ctx.isReadOnly else { return }
        let log = HabitLog(store: ctx.store, calendar: ctx.calendar, today: ctx.today)
        for habit in linked where log.mark(habit.id, day) != .done {
            set(habit, day, to: .done, source: practice, log: log, ctx)
        }
    }
}
