import KeelStore

/// How keel says spans of days: "yesterday", "3 weeks ago", "every week".
public enum RhythmWords {
    /// The cadences offered in the circle form, shortest first.
    public static let cadences = [1, 3, 7, 14, 30, 60, 90, 182, 365]

    public static func every(_ days: Int) -> String {
        switch days {
        case 1: return "every day"
        case 3: return "every few days"
        case 7: return "every week"
        case 14: return "every two weeks"
        case 30: return "every month"
        case 60: return "every two months"
        case 90: return "every three months"
        case 182: return "twice a year"
        case 365: return "once a year"
        default: return days % 7 == 0 ? "every \(counted(days / 7, "week"))" : "every \(counted(days, "day"))"
        }
    }

    public static func ago(_ days: Int) -> String {
        switch days {
        case ..<0: return "not yet"
        case 0: return "today"
        case 1: return "yesterday"
        case 2..<14: return "\(days) days ago"
        case 14..<61: return counted(inUnits(days, of: 7), "week") + " ago"
        case 61..<730: return counted(inUnits(days, of: 30), "month") + " ago"
        default: return counted(inUnits(days, of: 365), "year") + " ago"
        }
    }

    /// Days in a longer unit, rounded to the nearest (55 days are 8 weeks).
    /// The one rounding rule for spans, so the map's "8 weeks ago" and the
    /// insights' "8 weeks since" never disagree about the same tie.
    static func inUnits(_ days: Int, of unit: Int) -> Int { max(1, Int((Double(days) / Double(unit)).rounded())) }

    /// Two spans in the unit that suits the second: "29 days" and "14" become
    /// ("4 weeks", "2"), so a quiet tie reads "4 weeks since ...; usually within 2".
    public static func spans(_ days: Int, within usual: Int) -> (String, String) {
        if usual < 14 { return (counted(days, "day"), "\(usual)") }
        if usual < 120 { return (counted(inUnits(days, of: 7), "week"), "\(inUnits(usual, of: 7))") }
        return (counted(inUnits(days, of: 30), "month"), "\(inUnits(usual, of: 30))")
    }

    /// "3 days ago", or "not logged yet" when there is no date.
    public static func lastContact(_ day: CivilDate?, today: CivilDate) -> String {
        guard let day else { return "no contact logged yet" }
        return ago(today.days(since: day))
    }
}
