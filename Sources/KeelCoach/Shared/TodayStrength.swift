import KeelStore

/// Whose turn it is: the picked strengths take turns, one a day, in the
/// order they were picked, whether or not the reflection was done.
enum TodayStrength {
    static func inTurn(_ picks: [MyStrengths.Pick], on day: CivilDate) -> [MyStrengths.Pick] {
        guard !picks.isEmpty else { return [] }
        let first = (day.daysSinceEpoch % picks.count + picks.count) % picks.count
        return Array(picks[first...] + picks[..<first])
    }
}
