import KeelStore

extension SampleHistory {
    /// A small win on a few days a week, noted from home or after a reframe.
    func smallWins(_ rng: inout SeededRandom) -> [SmallWin] {
        days.filter { _ in rng.chance(0.4) }.map { day in
            SmallWin(
                id: rng.id(), created: time(day, hour: rng.pick([12, 17, 19, 21]), minute: Int.random(in: 0...59, using: &rng)),
                day: day, text: rng.pick(MorningWords.wins), source: rng.pick(["home", "home", "flow:reframe"]))
        }
    }
}
