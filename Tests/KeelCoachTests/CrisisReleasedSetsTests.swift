import Testing
@testable import KeelCoach

/// Three sets of 400 sentences (200 help, 200 calm) written by people who
/// had never seen keel, measured on arrival before a line was read, then
/// tuned on by kind (the rules name word classes, not these sentences):
/// - crisis-final-released.tsv, the last held-out set, released for tuning:
///   0.925 recall and 0.075 false alarms on arrival;
/// - crisis-blind-dev2.tsv, teen and young-adult chat: 0.720 and 0.060
///   on arrival;
/// - crisis-blind-dev3.tsv, adult, formal, non-native and euphemistic:
///   0.580 and 0.100 on arrival.
/// Being tuned on, their figures now flatter; the floors only stop them
/// getting worse.
extension CrisisCorpusTests {
    @Test func theReleasedHeldOutSetIsCaught() throws {
        try measure("crisis-final-released.tsv", helpAtLeast: 200, calmAtLeast: 200, recallAtLeast: 0.93, falseAlarmsAtMost: 0.065)
    }

    @Test func theChatStyleSetIsCaught() throws {
        try measure("crisis-blind-dev2.tsv", helpAtLeast: 200, calmAtLeast: 200, recallAtLeast: 0.72, falseAlarmsAtMost: 0.06)
    }

    @Test func theFormalAndEuphemisticSetIsCaught() throws {
        try measure("crisis-blind-dev3.tsv", helpAtLeast: 200, calmAtLeast: 200, recallAtLeast: 0.58, falseAlarmsAtMost: 0.10)
    }
}
