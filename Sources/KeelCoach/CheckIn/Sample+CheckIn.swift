import KeelStore

extension SampleHistory {
    /// A check-in every couple of days, feeling a little better as the months pass.
    func checkIns(_ rng: inout SeededRandom) -> [CheckIn] {
        var out: [CheckIn] = []
        let topics = ["rejected", "disconnected", "doubt", "dread", "criticism", "say-no", "checking-in"]
        let all = days
        for (n, day) in all.enumerated() where rng.chance(0.45) {
            let progress = Double(n) / Double(max(1, all.count))
            let mood = max(1, min(10, Int((4 + 3 * progress).rounded()) + Int.random(in: -2...2, using: &rng)))
            let topic = rng.pick(topics)
            out.append(
                CheckIn(
                    id: rng.id(), created: time(day, hour: rng.pick([8, 9, 13, 18, 21]), minute: Int.random(in: 0...59, using: &rng)),
                    mood: mood, topic: topic, opened: CheckInRoutes.destinations[topic]))
        }
        return out
    }
}
