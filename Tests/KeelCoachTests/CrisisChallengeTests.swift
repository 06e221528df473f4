import Testing
@testable import KeelCoach

/// The nearest thing here to the hidden set: 240 sentences written on
/// 1 December 2026 by someone who had not seen the rules or the other
/// fixtures. It is not tuned on (write a fresh set to tune), so its figure
/// is the honest one: recall 0.750 and false alarms 0.025 before the wide
/// net, 0.800 and 0.058 after, 0.833 and 0.025 after the rules were widened
/// by kind from a second blind set (crisis-blind-dev.tsv), with only this
/// set's two figures looked at. In round crisis-5 it was released for
/// tuning with the others and its misses read (the rules were widened by the
/// kinds of them): 1.000 and 0.000 since, so it no longer stands for unseen
/// text; the fresh blind sets' figures on arrival do (CrisisReleasedSetsTests).
extension CrisisCorpusTests {
    @Test func theUnseenChallengeSetDoesNotGetWorse() throws {
        try measure("crisis-challenge.tsv", helpAtLeast: 120, calmAtLeast: 120, recallAtLeast: 0.99, falseAlarmsAtMost: 0.01)
    }
}
