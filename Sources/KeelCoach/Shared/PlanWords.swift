import KeelStore

/// How keel says a planned day: "today", "tomorrow", "in 3 days", and for a
/// day already gone, "yesterday" or "4 days ago".
public enum PlanWords {
    public static func day(_ day: CivilDate, today: CivilDate) -> String {
        let n = day.days(since: today)
        switch n {
        case ..<0: return RhythmWords.ago(-n)
        case 0: return "today"
        case 1: return "tomorrow"
        case 2..<14: return "in \(n) days"
        case 14..<61: return "in " + counted(RhythmWords.inUnits(n, of: 7), "week")
        default: return "in " + counted(RhythmWords.inUnits(n, of: 30), "month")
        }
    }

    /// When a planned step falls: "due today", "since yesterday", "since Mon 23 Nov", "Sat 28 Nov".
    public static func due(_ day: CivilDate, today: CivilDate) -> String {
        let n = day.days(since: today)
        switch n {
        case -1: return "since yesterday"
        case ..<(-1): return "since \(day.short)"
        case 0: return "due today"
        case 1: return "tomorrow"
        default: return day.short
        }
    }
}
