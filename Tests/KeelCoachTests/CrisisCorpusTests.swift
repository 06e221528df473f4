import Foundation
import Testing
import KeelContent
@testable import KeelCoach

/// The crisis check measured on labelled sentences: `help` lines must bring
/// help up, `calm` lines must not. The corpus was written with the rules;
/// the held-out set was written after them, to see how the rules carry over.
@Suite struct CrisisCorpusTests {
    /// What ships: the rules, and the learned layer over what they pass.
    let check = CrisisCheck.load(Harness.content)
    var words: CrisisWords { check.words }

    struct Line { let help: Bool; let text: String }

    static func read(_ name: String) throws -> [Line] {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/\(name)")
        return try String(contentsOf: url, encoding: .utf8).split(separator: "\n").compactMap { line in
            if line.hasPrefix("#") || line.isEmpty { return nil }
            let parts = line.split(separator: "\t", maxSplits: 1)
            // Older fixtures say help/calm, newer ones 1/0.
            guard parts.count == 2, ["help", "calm", "1", "0"].contains(parts[0]) else {
                Issue.record("\(name): not \"help\"/\"1\" or \"calm\"/\"0\", a tab, a sentence: \(line)")
                return nil
            }
            return Line(help: parts[0] == "help" || parts[0] == "1", text: String(parts[1]))
        }
    }

    /// Recall and false alarms, printed; the misses named.
    func measure(
        _ name: String, helpAtLeast: Int, calmAtLeast: Int, recallAtLeast: Double = 0.95,
        falseAlarmsAtMost: Double = 0.05
    ) throws {
        let lines = try CrisisCorpusTests.read(name)
        let help = lines.filter(\.help), calm = lines.filter { !$0.help }
        #expect(help.count >= helpAtLeast && calm.count >= calmAtLeast, "\(name): \(help.count) help, \(calm.count) calm lines")
        let missed = help.filter { !check.matches($0.text) }
        let alarms = calm.filter { check.matches($0.text) }
        let recall = Double(help.count - missed.count) / Double(max(help.count, 1))
        let falseAlarms = Double(alarms.count) / Double(max(calm.count, 1))
        print(
            "crisis check on \(name): recall \(String(format: "%.3f", recall)) (\(help.count - missed.count) of \(help.count)), "
                + "false alarms \(String(format: "%.3f", falseAlarms)) (\(alarms.count) of \(calm.count))")
        for m in missed { print("  missed: \(m.text)") }
        for a in alarms { print("  false alarm: \(a.text) (\(words.matchingRule(a.text) ?? "the learned layer"))") }
        #expect(recall >= recallAtLeast, "\(name): recall \(recall)")
        #expect(falseAlarms <= falseAlarmsAtMost, "\(name): false alarms \(falseAlarms)")
    }

    @Test func theCorpusIsCaughtWithFewFalseAlarms() throws {
        try measure("crisis-corpus.tsv", helpAtLeast: 150, calmAtLeast: 150)
    }

    @Test func theHeldOutSentencesAreCaughtToo() throws {
        try measure("crisis-heldout.tsv", helpAtLeast: 30, calmAtLeast: 30)
        try measure("crisis-heldout-2.tsv", helpAtLeast: 20, calmAtLeast: 20)
        try measure("crisis-heldout-3.tsv", helpAtLeast: 20, calmAtLeast: 20)
        try measure("crisis-heldout-4.tsv", helpAtLeast: 20, calmAtLeast: 20)
        try measure("crisis-heldout-5.tsv", helpAtLeast: 20, calmAtLeast: 20)
        try measure("crisis-heldout-6.tsv", helpAtLeast: 20, calmAtLeast: 20)
        try measure("crisis-heldout-7.tsv", helpAtLeast: 20, calmAtLeast: 20)
        try measure("crisis-heldout-8.tsv", helpAtLeast: 20, calmAtLeast: 20)
        try measure("crisis-heldout-9.tsv", helpAtLeast: 20, calmAtLeast: 20)
    }

    /// Rounds ten to twelve: written in styles the earlier rounds had few of
    /// (indirect plans, passive wishes, self-harm, slang, other languages, long
    /// messages), before their writer read the rules.
    @Test func theUnderRepresentedStylesAreCaughtToo() throws {
        try measure("crisis-heldout-10.tsv", helpAtLeast: 40, calmAtLeast: 40)
        try measure("crisis-heldout-11.tsv", helpAtLeast: 40, calmAtLeast: 40)
        try measure("crisis-heldout-12.tsv", helpAtLeast: 40, calmAtLeast: 40)
        try measure("crisis-heldout-13.tsv", helpAtLeast: 30, calmAtLeast: 30)
    }

    /// Rounds fourteen and fifteen: written before the wide net was built
    /// (fourteen) and after it (fifteen), to see how far it reaches.
    @Test func theWideNetCarriesOverToFreshRounds() throws {
        try measure("crisis-heldout-14.tsv", helpAtLeast: 40, calmAtLeast: 40)
        try measure("crisis-heldout-15.tsv", helpAtLeast: 30, calmAtLeast: 30)
    }
}
