/// The names practices report when they are done (`Outcome.practiceDone`),
/// which habits tie themselves to: one place, so the practice that reports a
/// name and the habits that listen for it never drift apart.
enum PracticeActions {
    /// A small win kept.
    static let win = "win"
    /// Someone marked in touch today on the circle map.
    static let reachOut = "reach-out"
    /// The person's values read.
    static let readValues = "values"
}
