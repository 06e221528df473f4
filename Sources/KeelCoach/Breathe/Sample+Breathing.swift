import KeelStore

extension SampleHistory {
    /// Breathing on most days at first, tailing off to a few times a week;
    /// calm usually a little higher after than before.
    func breathingSessions(_ rng: inout SeededRandom) -> [BreathSession] {
        var out: [BreathSession] = []
        let all = days
        for (n, day) in all.enumerated() {
            let progress = Double(n) / Double(max(1, all.count))
            guard rng.chance(0.7 - 0.35 * progress) else { continue }
            let pattern = rng.pick(BreathPattern.builtIn)
            let minutes = rng.pick([1.0, 2, 3, 3, 5])
            let plan = PacerPlan(pattern: pattern, minutes: minutes)
            let completed = rng.chance(0.85)
            let actual = completed ? plan.totalSeconds : (plan.totalSeconds * Double.random(in: 0.2...0.9, using: &rng)).rounded()
            let before = rng.chance(0.8) ? Int.random(in: 1...7, using: &rng) : nil
            let after = before.map { min(10, $0 + Int.random(in: -1...4, using: &rng)) }
            let hour = rng.pick([7, 8, 12, 13, 18, 21, 22])
            out.append(
                BreathSession(
                    id: rng.id(), created: time(day, hour: hour, minute: Int.random(in: 0...59, using: &rng)),
                    pattern: pattern.id, timing: pattern.timing, plannedSeconds: plan.totalSeconds,
                    actualSeconds: actual, completed: completed, calmBefore: before, calmAfter: after,
                    source: "breathe"))
        }
        return out
    }
}
