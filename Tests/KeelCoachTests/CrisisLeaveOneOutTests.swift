import Foundation
import KeelStore
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
        // This round (2 December: five more sets with their rules, crisis-17's hedges and the
        // model counting on what a guard leaves) raised recall left out on every one of these
        // (dev5 0.565 -> 0.655, dev11 0.71 -> 0.77, dev8 0.885 -> 0.94) and took one calm line
        // more each in dev8 and dev12 (0.09 -> 0.095, 0.075 -> 0.08). The second review's mends and
        // calm "nobody wants me there" lines then cost dev6 one help line (0.77 -> 0.765) and dev7 one
        // calm line (0.03 -> 0.035) left out.
        "crisis-blind-dev5": (0.655, 0.065), "crisis-blind-dev6": (0.765, 0.035), "crisis-blind-dev7": (0.805, 0.035),
        "crisis-blind-dev8": (0.94, 0.095), "crisis-blind-dev9": (0.865, 0.065), "crisis-blind-dev10": (0.915, 0.13),
        "crisis-blind-dev11": (0.77, 0.10), "crisis-blind-dev12": (0.82, 0.08), "crisis-blind-dev13": (0.89, 0.005),
        "crisis-blind-dev14": (0.92, 0.034),
        // Quiet arrangements beside ordinary ones, long entries with danger
        // buried in them beside dark days told as over, and slang, typos and
        // many varieties of English (1 December 2026); on arrival, before
        // they joined the fixtures, the shipped check gave 0.370 / 0.030,
        // 0.855 / 0.130 and 0.780 / 0.095. Since dev18-dev22 joined the fixtures,
        // dev10 lost a help line and dev13 and dev15 one and two calm ones.
        "crisis-blind-dev15": (0.465, 0.025), "crisis-blind-dev16": (0.95, 0.125), "crisis-blind-dev17": (0.83, 0.085),
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

    /// `--together` trains one model without every set it scores: a made-up
    /// word only two sets teach is unknown to it, while one set at a time
    /// each learns it from the other. `--thresholds` scores the one model at each.
    @Test func togetherLeavesEverySetOutOfTheOneModel() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("keel-loso-\(UUID().uuidString)").path
        try Posix.makeDirectory(dir)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        func write(_ name: String, _ label: String, _ words: String) throws {
            let rows = (1...30).map { "\(label)\t\(words) \($0)\n" }.joined()
            try Posix.writeAtomically(Array(rows.utf8), to: dir + "/crisis-\(name).tsv")
        }
        try write("a", "help", "zorblax quimp")
        try write("b", "help", "zorblax quimp")
        try write("c", "calm", "florp wendle")
        let fixtures = try CrisisFixtures(directory: dir)
        let loso = CrisisLeaveOneOut(words: CrisisCheck.load(Harness.content).words)
        let apart = loso.run(fixtures, sets: ["crisis-a", "crisis-b"])
        #expect(apart.map(\.recall) == [1, 1], "one at a time, each set is taught by the other")
        let together = loso.run(fixtures, sets: ["crisis-a", "crisis-b"], together: true)
        #expect(together.map(\.set) == ["crisis-a", "crisis-b"])
        #expect(together.map(\.recall) == [0, 0], "left out together, neither teaches the model")
        let swept = loso.run(fixtures, sets: ["crisis-a", "crisis-c"], together: true, thresholds: [-99, 99])
        #expect(swept.map(\.set) == ["t-99.0 crisis-a", "t-99.0 crisis-c", "t99.0 crisis-a", "t99.0 crisis-c"])
        #expect(swept.map(\.recall) == [1, 0, 0, 0] && swept.map(\.falseAlarmRate) == [0, 1, 0, 0])
        let totals = CrisisLeaveOneOut.totals(swept, thresholds: [-99, 99])
        #expect(totals.first == "t-99.0 blind dev sets: 0 of 0 help found, 0 of 0 calm alarmed; the others: 30 of 30 help found, 30 of 30 calm alarmed")
    }
}
