import KeelStore

/// What the numbers say across every step faced: how the discomfort
/// expected compared with what was felt, how often the feared thing came
/// true, and how far up each ladder the person has climbed over time.
public struct ExposureFigures: Equatable, Sendable {
    /// One step faced with both numbers given.
    public struct Pair: Equatable, Sendable {
        public var situation: String
        public var stepID: String
        public var day: CivilDate
        public var expected: Int
        public var actual: Int
        public var gap: Int { expected - actual }
    }

    /// How far up one ladder, after each step faced on it.
    public struct Climb: Equatable, Sendable {
        public var goal: String
        public var total: Int
        /// The highest rung faced so far, after each step faced, with its day.
        public var reached: [(day: CivilDate, rung: Int)]
        public var highest: Int { reached.last?.rung ?? 0 }

        public static func == (a: Climb, b: Climb) -> Bool {
            a.goal == b.goal && a.total == b.total && a.reached.map(\.day) == b.reached.map(\.day) && a.reached.map(\.rung) == b.reached.map(\.rung)
        }
    }

    public var pairs: [Pair] = []
    /// Steps faced with an answer to "did it happen?".
    public var fearAnswered = 0
    /// How many different steps those answers were about (a step may be faced twice).
    public var fearAnsweredSteps = 0
    public var fearYes = 0
    public var fearPartly = 0
    /// The average likelihood given beforehand, for the steps answered.
    public var averageLikelihood: Double?
    public var climbs: [Climb] = []

    public init(_ world: ExposureWorld) {
        pairs = world.attempts.compactMap { a in
            guard let e = a.expected, let f = a.actual else { return nil }
            return Pair(situation: a.situation, stepID: a.stepID, day: a.day, expected: e, actual: f)
        }
        let answered = world.attempts.filter { $0.fearCameTrue != nil }
        fearAnswered = answered.count
        fearAnsweredSteps = Set(answered.map(\.stepID)).count
        fearYes = answered.filter { $0.fearCameTrue == .yes }.count
        fearPartly = answered.filter { $0.fearCameTrue == .partly }.count
        let likelihoods = answered.compactMap(\.likelihood)
        averageLikelihood = likelihoods.isEmpty ? nil : Double(likelihoods.reduce(0, +)) / Double(likelihoods.count)
        for ladder in world.ladders {
            var highest = 0
            var reached: [(day: CivilDate, rung: Int)] = []
            for a in world.attempts where a.ladderID == ladder.id {
                guard let step = world.step(a.stepID) else { continue }
                highest = max(highest, world.rung(of: step))
                reached.append((a.day, highest))
            }
            // Steps done without a reflection still count as climbed.
            for s in world.rungs(of: ladder.id) where s.status == .done && world.attempts(of: s.id).isEmpty {
                let rung = world.rung(of: s)
                if rung > highest, let day = s.doneOn {
                    highest = rung
                    reached.append((day, highest))
                }
            }
            reached.sort { $0.day < $1.day }
            var running = 0
            reached = reached.map {
                running = max(running, $0.rung); return ($0.day, running)
            }
            if !reached.isEmpty { climbs.append(Climb(goal: ladder.goal, total: world.rungs(of: ladder.id).count, reached: reached)) }
        }
    }

    /// Expected minus felt, on average: positive when the fear ran high.
    public var averageGap: Double? {
        pairs.isEmpty ? nil : Double(pairs.map(\.gap).reduce(0, +)) / Double(pairs.count)
    }

    /// "Across 9 steps your predictions ran 2.8 points high: ..."
    public var gapWords: String? {
        guard let gap = averageGap else { return nil }
        let across = pairs.count == 1 ? "On your one step" : "Across " + ExposureFigures.tries(pairs.count, steps: Set(pairs.map(\.stepID)).count)
        let size = ExposureFigures.points(abs(gap))
        if abs(gap) < 0.5 { return "\(across) your predictions were close: within half a point of what you felt, on average." }
        if gap > 0 { return "\(across) your predictions ran \(size) high: it felt easier than you expected." }
        return "\(across) your predictions ran \(size) low: it felt harder than you expected. Worth knowing too: a smaller step in between can help."
    }

    /// "The thing you feared happened in 1 of 8 steps, and partly in 2."
    public var fearWords: String? {
        guard fearAnswered > 0 else { return nil }
        var words: String
        if fearAnswered == 1 {
            words =
                fearYes == 1
                ? "The thing you feared happened on your one step."
                : fearPartly == 1 ? "The thing you feared happened partly on your one step." : "The thing you feared didn't happen on your one step."
        } else {
            let of = ExposureFigures.tries(fearAnswered, steps: fearAnsweredSteps)
            switch (fearYes, fearPartly) {
            case (0, 0): words = "The thing you feared didn't happen in any of \(of)."
            case (0, let p) where p == fearAnswered: words = "The thing you feared happened only partly, in each of \(of)."
            case (0, let p): words = "The thing you feared happened partly in \(p) of \(of), and not at all in the rest."
            case (let y, 0): words = "The thing you feared happened in \(y) of \(of)."
            case (let y, let p): words = "The thing you feared happened in \(y) of \(of), and partly in \(p)."
            }
        }
        if let likely = averageLikelihood {
            words += " Beforehand you thought it about \(Int(likely.rounded()))% likely."
        }
        return words
    }

    /// Times a step was faced, said with how many steps they were: "3 steps"
    /// when each was faced once, "2 tries at one step", "5 tries at 3 steps".
    static func tries(_ attempts: Int, steps: Int) -> String {
        if attempts == steps { return counted(steps, "step") }
        return "\(attempts) tries at " + (steps == 1 ? "one step" : "\(steps) steps")
    }

    /// "2.8 points", "1 point", "half a point"
    static func points(_ v: Double) -> String {
        let r = (v * 10).rounded() / 10
        if r == 1 { return "1 point" }
        if r == 0.5 { return "half a point" }
        return "\(oneDecimal(r)) points"
    }

    /// "Step 4 of 6 so far, up from step 1 on Thu 3 Sep."
    public static func climbWords(_ c: Climb) -> String {
        guard let first = c.reached.first else { return "" }
        let now = "Step \(c.highest) of \(c.total) so far"
        if first.rung == c.highest { return now + "." }
        return now + ", up from step \(first.rung) on \(first.day.short)."
    }
}
