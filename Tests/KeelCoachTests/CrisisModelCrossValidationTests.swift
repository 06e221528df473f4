import Foundation
import KeelCrisisTraining
import Testing
@testable import KeelCoach

/// Leave one set out: for each blind set (written by people who never saw
/// the rules), a model trained on every other fixture scores it, with its
/// threshold chosen on the other blind sets' own held-out scores, never on
/// the set being scored. Prints rules alone against rules and model.
@Suite struct CrisisModelCrossValidationTests {
    static let blind = ["crisis-blind-dev", "crisis-challenge", "crisis-final-released", "crisis-blind-dev2", "crisis-blind-dev3"]

    struct Scored {
        let help: Bool
        let text: String
        let rules: Bool
        let covered: Bool
        let score: Float
    }

    static func rate(_ rows: [Scored], _ fires: (Scored) -> Bool) -> (recall: Double, falseAlarms: Double) {
        let help = rows.filter(\.help), calm = rows.filter { !$0.help }
        return (Double(help.filter(fires).count) / Double(max(help.count, 1)), Double(calm.filter(fires).count) / Double(max(calm.count, 1)))
    }

    /// The model may add at most this share of false alarms to the rules'.
    static let extraFalseAlarms = 0.02

    /// The threshold that finds the most help lines while adding at most
    /// `extraFalseAlarms` to the rules' false alarms over these sets, taken together.
    static func threshold(_ rows: [Scored], vetoed: Bool) -> Float {
        let floor = rate(rows) { $0.rules }.falseAlarms
        var best: Float = 3, bestRecall = -1.0
        for t in stride(from: Float(-1), through: 3, by: 0.1) {
            let r = rate(rows) { $0.rules || ((!vetoed || !$0.covered) && $0.score > t) }
            if r.falseAlarms <= floor + extraFalseAlarms, r.recall > bestRecall { (best, bestRecall) = (t, r.recall) }
        }
        return best
    }

    @Test func aModelTrainedWithoutASetLiftsRecallOnItWithoutFalseAlarms() throws {
        let fixtures = try CrisisFixtures(directory: CrisisFixtures.sourceDirectory)
        let check = CrisisCheck.load(Harness.content)
        let examples = CrisisTrainer.examples(fixtures.lines)
        let held = Self.blind.filter { name in fixtures.lines.contains { $0.set == name } }
        #expect(held.count >= 4, "the blind sets are fixtures: \(held)")
        var scored: [String: [Scored]] = [:]
        for name in held {
            let model = CrisisTrainer().train(fixtures.lines.indices.filter { fixtures.lines[$0].set != name }.map { examples[$0] }, fixtures: "")
            scored[name] = fixtures.lines.filter { $0.set == name }.map { line in
                Scored(
                    help: line.help, text: line.text, rules: check.words.matches(line.text), covered: check.words.danger(in: line.text) == .covered,
                    score: model.score(line.text))
            }
        }
        func f(_ r: (recall: Double, falseAlarms: Double)) -> String { String(format: "recall %.3f, false alarms %.3f", r.recall, r.falseAlarms) }
        var lifted = 0
        for name in held {
            let rows = scored[name]!
            let others = held.filter { $0 != name }.flatMap { scored[$0]! }
            let t = Self.threshold(others, vetoed: true), tOpen = Self.threshold(others, vetoed: false)
            let rules = Self.rate(rows) { $0.rules }
            let open = Self.rate(rows) { $0.rules || $0.score > tOpen }
            let shipped = Self.rate(rows) { $0.rules || (!$0.covered && $0.score > t) }
            print("crisis model, \(name) unseen: rules alone \(f(rules))")
            print("  rules + model, no veto (threshold \(String(format: "%.1f", tOpen))): \(f(open))")
            print("  rules + model, vetoed by the safeguards as shipped (threshold \(String(format: "%.1f", t))): \(f(shipped))")
            // KEEL_CRISIS_SWEEP=1 prints fixed thresholds and the false alarms the model adds.
            let sweep = ProcessInfo.processInfo.environment["KEEL_CRISIS_SWEEP"] != nil
            for r in rows where sweep && !r.help && !r.rules && !r.covered && r.score > t { print("    added false alarm: \(r.text)") }
            for t in [Float(0), 0.5, 1, 1.5] where sweep {
                print(
                    "    at \(t): no veto \(f(Self.rate(rows) { $0.rules || $0.score > t })), vetoed \(f(Self.rate(rows) { $0.rules || (!$0.covered && $0.score > t) }))"
                )
            }
            // A set the rules were tuned on leaves nothing to lift.
            if shipped.recall > rules.recall || rules.recall >= 0.99 { lifted += 1 }
            // 0.055 on dev3 at the 0.8 this test picks for it since the nine newest sets (0.010 at the shipped 1.5).
            #expect(shipped.falseAlarms <= rules.falseAlarms + 0.06, "\(name): the model adds few false alarms")
        }
        let all = held.flatMap { scored[$0]! }
        print(
            "  threshold over all the blind sets' held-out scores: \(String(format: "%.1f", Self.threshold(all, vetoed: true))) (shipped: \(CrisisTrainer().threshold))"
        )
        #expect(lifted >= held.count - 1, "the model finds more help lines on nearly every unseen set the rules still miss lines of")
    }
}
