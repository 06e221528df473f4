import KeelCoach

/// An honest guess at how the crisis check does on text nobody tuning has
/// seen: for each blind set (written by people who never saw the rules), a
/// model is trained on every other fixture and the shipped check (the rules,
/// then that model behind the safeguards, at the shipped threshold) runs on
/// the set left out. The rules themselves were tuned on the older blind
/// sets, so their figures flatter; the newest sets' figures are the honest ones.
/// Run by `make crisis-loso` and by CrisisLeaveOneOutTests.
public struct CrisisLeaveOneOut: Sendable {
    /// The blind sets, oldest first.
    public static let blindSets = [
        "crisis-blind-dev", "crisis-blind-dev2", "crisis-blind-dev3", "crisis-final-released", "crisis-held2-released",
        "crisis-held3-released", "crisis-blind-dev4", "crisis-blind-dev5", "crisis-blind-dev6", "crisis-blind-dev7",
        "crisis-blind-dev8", "crisis-blind-dev9", "crisis-blind-dev10", "crisis-blind-dev11", "crisis-blind-dev12", "crisis-blind-dev13", "crisis-blind-dev14",
        "crisis-blind-dev15", "crisis-blind-dev16", "crisis-blind-dev17",
    ]

    public struct Figures: Sendable {
        public let set: String
        public let help: Int, calm: Int
        /// Help lines found and calm lines alarmed, by the rules alone.
        public let rulesFound: Int, rulesAlarms: Int
        public let missed: [String], falseAlarms: [String]

        public var recall: Double { Double(help - missed.count) / Double(max(help, 1)) }
        public var falseAlarmRate: Double { Double(falseAlarms.count) / Double(max(calm, 1)) }
        public var rulesRecall: Double { Double(rulesFound) / Double(max(help, 1)) }
        public var rulesFalseAlarmRate: Double { Double(rulesAlarms) / Double(max(calm, 1)) }
    }

    public let words: CrisisWords
    public var trainer = CrisisTrainer()
    public var noDangerMargin = CrisisCheck.shippedNoDangerMargin
    public var overruleBelow = CrisisCheck.shippedOverruleBelow
    public var overruleWords = CrisisCheck.shippedOverruleWords
    public var overruleClauseBelow = CrisisCheck.shippedOverruleClauseBelow

    public init(words: CrisisWords) { self.words = words }

    /// The figures for each blind set among the fixtures, in `blindSets` order.
    /// With `together`, one model is trained without all of `sets` and
    /// scores each: every set is still unseen, for a ninth of the work over
    /// nine sets, so variants of the features or the training can be
    /// compared on a loaded machine (the figures differ a little from one
    /// set at a time, the model having less to learn from). `thresholds`
    /// then scores them at each of these too, each set named "tX set".
    public func run(
        _ fixtures: CrisisFixtures, sets: [String] = CrisisLeaveOneOut.blindSets, together: Bool = false, thresholds: [Float] = []
    )
        -> [Figures]
    {
        let examples = CrisisTrainer.examples(fixtures.lines)
        func lines(_ name: String) -> [CrisisFixtures.Line] { fixtures.lines.filter { $0.set == name } }
        func trainedWithout(_ names: Set<String>) -> CrisisModel {
            trainer.train(fixtures.lines.indices.filter { !names.contains(fixtures.lines[$0].set) }.map { examples[$0] }, fixtures: "")
        }
        guard together else {
            return sets.compactMap { name in
                let held = lines(name)
                guard !held.isEmpty else { return nil }
                return measure(name, held, check(trainedWithout([name])))
            }
        }
        let model = trainedWithout(Set(sets))
        return (thresholds.isEmpty ? [model.threshold] : thresholds).flatMap { t in
            let check = check(model.at(threshold: t))
            return sets.compactMap { name in
                let held = lines(name)
                return held.isEmpty ? nil : measure(thresholds.isEmpty ? name : "t\(t) \(name)", held, check)
            }
        }
    }

    /// The shipped check over this model, with this run's settings.
    func check(_ model: CrisisModel) -> CrisisCheck {
        var check = CrisisCheck(words: words, model: model)
        check.noDangerMargin = noDangerMargin
        check.overruleBelow = overruleBelow
        check.overruleWords = overruleWords
        check.overruleClauseBelow = overruleClauseBelow
        return check
    }

    /// One set under one check.
    public func measure(_ name: String, _ lines: [CrisisFixtures.Line], _ check: CrisisCheck) -> Figures {
        let help = lines.filter(\.help), calm = lines.filter { !$0.help }
        return Figures(
            set: name, help: help.count, calm: calm.count, rulesFound: help.filter { words.matches($0.text) }.count,
            rulesAlarms: calm.filter { words.matches($0.text) }.count, missed: help.filter { !check.matches($0.text) }.map(\.text),
            falseAlarms: calm.filter { check.matches($0.text) }.map(\.text))
    }

    /// Help lines found and calm lines alarmed, added up over the blind dev
    /// sets and over the other sets (the hand-written kinds), for each of
    /// `thresholds` (the "tX " sets of a `together` run) or once.
    public static func totals(_ figures: [Figures], thresholds: [Float] = []) -> [String] {
        (thresholds.isEmpty ? [""] : thresholds.map { "t\($0) " }).map { prefix in
            let group = figures.filter { $0.set.hasPrefix(prefix) }
            func sum(_ blind: Bool) -> (help: Int, found: Int, calm: Int, alarms: Int) {
                let part = group.filter { $0.set.contains("crisis-blind-dev") == blind }
                return (
                    part.map(\.help).reduce(0, +), part.map { $0.help - $0.missed.count }.reduce(0, +), part.map(\.calm).reduce(0, +),
                    part.map(\.falseAlarms.count).reduce(0, +)
                )
            }
            let (blind, other) = (sum(true), sum(false))
            return "\(prefix)blind dev sets: \(blind.found) of \(blind.help) help found, \(blind.alarms) of \(blind.calm) calm alarmed; "
                + "the others: \(other.found) of \(other.help) help found, \(other.alarms) of \(other.calm) calm alarmed"
        }
    }

    /// The figures as lines to print; with `lines`, each miss and false alarm too.
    public static func report(_ figures: [Figures], lines: Bool = false) -> [String] {
        func f(_ x: Double) -> String {
            let n = Int((x * 1000).rounded())
            return "\(n / 1000).\(String(repeating: "0", count: 3 - String(n % 1000).count))\(n % 1000)"
        }
        var out: [String] = []
        for s in figures {
            out.append(
                "\(s.set) (\(s.help) help, \(s.calm) calm): rules alone recall \(f(s.rulesRecall)), false alarms \(f(s.rulesFalseAlarmRate)); "
                    + "rules + model recall \(f(s.recall)), false alarms \(f(s.falseAlarmRate))")
            if lines {
                for m in s.missed { out.append("  missed: \(m)") }
                for a in s.falseAlarms { out.append("  false alarm: \(a)") }
            }
        }
        return out
    }
}
