import KeelStore

extension SampleHistory {
    /// The statement written in the first week, changed once or twice as the months go on.
    func sampleValues(_ rng: inout SeededRandom) -> [ValuesStatement] {
        let versions: [(String, [String])] = [
            ("I want to be someone people can count on, and keep learning.", ["Be honest", "Be kind", "Keep learning"]),
            (
                "I want to be a steady, kind presence for the people around me, keep learning, and make things with my hands.",
                ["Be honest, kindly", "Show up for my people", "Keep learning", "Make things"]
            ),
            (
                "I want to be a steady, warm presence for the people around me, be curious about the world, and treat myself as well as I treat my friends.",
                ["Be honest, kindly", "Show up for my people", "Stay curious", "Make things with my hands", "Rest without guilt"]
            ),
        ]
        let span = max(1, endDay.days(since: startDay))
        let count = span > 200 ? 3 : span > 60 ? 2 : 1
        return (0..<count).map { i in
            let day = startDay.adding(days: 4 + i * span / count)
            return ValuesStatement(id: rng.id(), created: time(day, hour: 21, minute: 5 + i), mission: versions[i].0, values: versions[i].1)
        }
    }
}
