import KeelCrisisTraining
import Testing
@testable import KeelCoach

/// The honest guess at unseen text (`make crisis-loso` prints the same):
/// each blind set scored by the shipped rules and a model trained without
/// it. The rules were tuned on the older sets, so their figures flatter; the
/// floors below hold the newest sets where they were measured, so a change
/// that generalises worse shows here first.
@Suite struct CrisisLeaveOneOutTests {
    /// Recall at least and false alarms at most, per set, left out.
    static let floors: [String: (recall: Double, falseAlarms: Double)] = [
        "crisis-held2-released": (0.99, 0.01),
        "crisis-held3-released": (0.98, 0.01),
        // One help line fewer since calm ladder fears joined the fixtures (0.970 -> 0.965).
        "crisis-blind-dev4": (0.965, 0.025),
        // Ten sets from ten new writers (1 December 2026), the rules never
        // tuned on them: the honest figures, far under the 0.95 / 0.05 bar.
        // Where they stand since the model may overrule a rule in a long
        // calm entry and the threshold is 1.25 (dev14, keel's own words,
        // lost two calm lines to the lower threshold: 0.033 -> 0.040).
        // With dev25 (a texting voice) in the fixtures, dev6 takes one calm line and dev11 loses one help line left out;
        // with all of this round's sets and rules merged, dev7 one calm line (0.040 -> 0.045).
        "crisis-blind-dev5": (0.565, 0.07), "crisis-blind-dev6": (0.71, 0.055), "crisis-blind-dev7": (0.795, 0.045),
        "crisis-blind-dev8": (0.885, 0.09), "crisis-blind-dev9": (0.835, 0.085), "crisis-blind-dev10": (0.90, 0.13),
        "crisis-blind-dev11": (0.71, 0.10), "crisis-blind-dev12": (0.795, 0.075), "crisis-blind-dev13": (0.845, 0.015),
        "crisis-blind-dev14": (0.91, 0.04),
        // Quiet arrangements beside ordinary ones, long entries with danger
        // buried in them beside dark days told as over, and slang, typos and
        // many varieties of English (1 December 2026); on arrival, before
        // they joined the fixtures, the shipped check gave 0.370 / 0.030,
        // 0.855 / 0.130 and 0.780 / 0.095. Since dev18-dev22 joined the fixtures,
        // dev10 lost a help line and dev13 and dev15 one and two calm ones.
        "crisis-blind-dev15": (0.385, 0.025), "crisis-blind-dev16": (0.895, 0.13), "crisis-blind-dev17": (0.81, 0.085),
    ]

    @Test func eachBlindSetLeftOutIsStillCaught() throws {
        let fixtures = try CrisisFixtures(directory: CrisisFixtures.sourceDirectory)
        let figures = CrisisLeaveOneOut(words: CrisisCheck.load(Harness.content).words).run(fixtures)
        for line in CrisisLeaveOneOut.report(figures) { print("crisis check, left out: " + line) }
        #expect(figures.count == CrisisLeaveOneOut.blindSets.count, "every blind set is a fixture")
        for s in figures {
            guard let floor = Self.floors[s.set] else { continue }
            #expect(s.recall >= floor.recall, "\(s.set): recall \(s.recall)")
            #expect(s.falseAlarmRate <= floor.falseAlarms, "\(s.set): false alarms \(s.falseAlarmRate)")
        }
    }
}
