/// When a habit is meant to happen.
public enum HabitSchedule: Hashable, Sendable, CustomStringConvertible {
    case daily
    /// Monday to Friday; the weekend neither counts against it nor breaks a streak.
    case weekdays
    /// Any N days in a week (from the week's first day to its last).
    case perWeek(Int)

    public static let perWeekRange = 1...6

    /// Whether a day is one the habit is planned for (per-week habits have no set days).
    public func isPlanned(_ day: CivilDate) -> Bool {
        switch self {
        case .daily: return true
        case .weekdays: return day.weekday <= 5
        case .perWeek: return false
        }
    }

    /// "every day", "weekdays", "3 times a week"
    public var description: String {
        switch self {
        case .daily: return "every day"
        case .weekdays: return "weekdays"
        case .perWeek(1): return "once a week"
        case .perWeek(2): return "twice a week"
        case .perWeek(let n): return "\(n) times a week"
        }
    }

    /// As stored: "daily", "weekdays", "3-a-week".
    public var code: String {
        switch self {
        case .daily: return "daily"
        case .weekdays: return "weekdays"
        case .perWeek(let n): return "\(n)-a-week"
        }
    }

    public init?(code: String) {
        switch code {
        case "daily": self = .daily
        case "weekdays": self = .weekdays
        default:
            guard code.hasSuffix("-a-week"), let n = Int(code.dropLast(7)), HabitSchedule.perWeekRange.contains(n) else { return nil }
            self = .perWeek(n)
        }
    }
}

/// A micro-habit: a small ritual with a schedule and a two-minute version
/// for the days when the whole thing is too much.
public struct Habit: KeelRecord {
    public static let kind = RecordKind(name: "habits", title: "Micro-habits", one: "micro-habit", many: "micro-habits", layout: .single)

    public var id: String
    public var created: Date
    public var updated: Date
    public var deleted: Date?
    public var name: String
    /// "daily", "weekdays" or "N-a-week" (see HabitSchedule).
    public var schedule: String
    /// The smallest version that still counts.
    public var twoMinute: String
    /// The catalog item it was picked from, if it was.
    public var catalogItem: String?
    /// A practice that ticks the habit when it is done: "flow:morning", "letter".
    public var practice: String?
    /// The widening step it came from, if it did.
    public var wideningStepID: String?
    /// Its place in the person's own order (lower first); habits without one
    /// follow, oldest first. The order sets the home screen's numbers.
    public var order: Int?

    public init(
        id: String, created: Date, name: String, schedule: HabitSchedule, twoMinute: String = "",
        catalogItem: String? = nil, practice: String? = nil
    ) {
        self.id = id
        self.created = created
        self.updated = created
        self.name = name
        self.schedule = schedule.code
        self.twoMinute = twoMinute
        self.catalogItem = catalogItem
        self.practice = practice
    }

    /// The schedule; a code this keel doesn't know reads as daily (problems() names it).
    public var plan: HabitSchedule {
        get { HabitSchedule(code: schedule) ?? .daily }
        set { schedule = newValue.code }
    }

    public func problems() -> [String] {
        var out = Check.nonEmpty(name, "name")
        if HabitSchedule(code: schedule) == nil {
            out.append("schedule: \"\(schedule)\" is not daily, weekdays or 1-a-week to 6-a-week")
        }
        return out
    }

    public func markdown(calendar: LocalCalendar) -> String {
        var line = "- **\(MarkdownText.line(name))**, \(plan)"
        if !twoMinute.isEmpty { line += "; two-minute version: \(MarkdownText.text(twoMinute))" }
        return line
    }
}

/// One day of one habit: done (perhaps only the two-minute version), or a
/// rest day, which neither counts nor breaks a streak. The id is the habit's
/// and the day's, so a day ticked on two devices merges into one.
public struct HabitCheck: KeelRecord {
    public static let kind = RecordKind(name: "habit-days", title: "Habit days", one: "habit day", many: "habit days", layout: .monthly)

    public var id: String
    public var created: Date
    public var updated: Date
    public var deleted: Date?
    public var habitID: String
    /// The person's local day it counts for.
    public var day: CivilDate
    /// A rest day rather than a done one.
    public var rest: Bool?
    /// Only the two-minute version was done.
    public var small: Bool?
    /// Where it was ticked: "home", "habits", or the practice that ticked it ("flow:morning", "letter").
    public var source: String?
    /// The habit's name when it was ticked, so the export reads well on its own.
    public var habitName: String?

    public static func id(habit: String, day: CivilDate) -> String { "\(habit)@\(day)" }

    public init(
        habitID: String, day: CivilDate, created: Date, rest: Bool = false, small: Bool = false, source: String? = nil,
        habitName: String? = nil
    ) {
        self.id = HabitCheck.id(habit: habitID, day: day)
        self.created = created
        self.updated = created
        self.habitID = habitID
        self.day = day
        self.rest = rest ? true : nil
        self.small = small ? true : nil
        self.source = source
        self.habitName = habitName
    }

    public var isRest: Bool { rest == true }

    public func problems() -> [String] {
        var out = Check.nonEmpty(habitID, "habitID")
        if rest == true, small == true { out.append("small: a rest day is not a done day") }
        return out
    }

    public func markdown(calendar: LocalCalendar) -> String {
        "- \(day): \(MarkdownText.line(habitName ?? habitID)), \(isRest ? "rest day" : small == true ? "the two-minute version" : "done")"
    }
}
