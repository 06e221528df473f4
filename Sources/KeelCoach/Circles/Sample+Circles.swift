import KeelStore

extension SampleHistory {
    /// A lopsided map: a bouldering gym carries more than half the support,
    /// the other circles are thinner. Contacts follow each person's usual
    /// rhythm with some jitter; a few ties have gone quiet; work pulls
    /// against family. One step to widen belonging was chosen a little
    /// before the end.
    struct CircleSample {
        var circles: [BelongingCircle] = []
        var people: [Person] = []
        var contacts: [ContactLog] = []
        var steps: [WideningStep] = []
    }

    /// name, kind, importance, support, feels like me, feels good, cadence, notes
    static let sampleCircles: [(String, BelongingCircle.Kind, Int, Int, Int, Int, Int, String)] = [
        ("Bouldering gym", .hobby, 5, 5, 5, 5, 7, "Tuesday and Thursday evenings. Most of my week happens here."),
        ("Family", .family, 4, 3, 3, 3, 14, ""),
        ("Studio team", .work, 3, 2, 2, 3, 7, "Long weeks before a launch."),
        ("School friends", .closeFriends, 4, 3, 4, 4, 30, "We drifted after the move, but it is easy when we talk."),
        ("Spanish class", .study, 2, 2, 3, 4, 7, "Wednesdays at the library."),
        ("Food bank", .volunteering, 3, 3, 4, 4, 14, "Every other Saturday morning."),
        ("Synth forum", .online, 2, 2, 4, 3, 7, ""),
        ("Allotments", .neighbourhood, 2, 2, 3, 4, 30, ""),
    ]

    /// name, circles (indexes above), ring, knows how I handle rejection, gone quiet
    static let samplePeople: [(String, [Int], Person.Ring, Bool, Bool)] = [
        ("Sam", [0], .inner, true, false), ("Priya", [0, 2], .inner, true, false), ("Kofi", [0], .inner, false, false),
        ("Lena", [0], .middle, false, false), ("Marco", [0], .middle, false, true), ("Aiko", [0], .middle, false, false),
        ("Dev", [0], .middle, false, false), ("Rosa", [0], .outer, false, false), ("Gus", [0], .outer, false, false),
        ("Hana", [0], .outer, false, false), ("Ivan", [0], .outer, false, false),
        ("Mum", [1], .inner, true, false), ("Anna", [1], .middle, false, false), ("Dad", [1], .middle, false, true),
        ("Leo", [1], .outer, false, false),
        ("Farah", [2], .middle, false, false), ("Ben", [2], .outer, false, false), ("Chloé", [2], .outer, false, false),
        ("Tariq", [2], .outer, false, false), ("Uma", [2], .outer, false, false),
        ("Jonas", [3], .middle, true, false), ("Mia", [3], .middle, false, true), ("Tomás", [3], .outer, false, true),
        ("Elif", [4], .outer, false, false), ("Wen", [4], .outer, false, false), ("Pete", [4], .outer, false, false),
        ("Nadia", [5], .middle, false, false), ("Ola", [5], .outer, false, false),
        ("Zoë", [6], .outer, false, false), ("Yusuf", [6], .outer, false, false), ("Sven", [6], .outer, false, false),
        ("Mrs Okafor", [7], .outer, false, false), ("Bill", [7], .outer, false, false),
    ]

    func circleSample(_ rng: inout SeededRandom) -> CircleSample {
        var out = CircleSample()
        let start = time(startDay, hour: 20, minute: 0)
        for (n, (name, kind, importance, support, me, good, cadence, notes)) in SampleHistory.sampleCircles.enumerated() {
            // A minute apart, so the map keeps the order they were added in.
            out.circles.append(
                BelongingCircle(
                    id: rng.id(), created: start.addingTimeInterval(Double(n * 60)), name: name, kind: kind, importance: importance,
                    support: support, feelsLikeMe: me, positivity: good, cadenceDays: cadence, notes: notes))
        }
        out.circles[2].pullsAgainst = [out.circles[1].id]
        out.circles[3].goesWellWith = [out.circles[0].id]
        let world = CircleWorld(circles: out.circles, people: [])
        for (name, indexes, ring, knows, quiet) in SampleHistory.samplePeople {
            var person = Person(
                id: rng.id(), created: start, name: name, circleIDs: indexes.map { out.circles[$0].id },
                ring: ring, knowsMyPattern: knows)
            let gap = CircleRhythm.usualGap(person, in: world)
            // A quiet tie's last contact lies well past its usual gap; the others stay within it.
            let lastDay = max(
                startDay,
                quiet
                    ? endDay.adding(days: -(gap + 5 + Int.random(in: 0...gap, using: &rng)))
                    : endDay.adding(days: -Int.random(in: 0...max(0, gap - 1), using: &rng)))
            var day = lastDay
            var days: [CivilDate] = []
            while day >= startDay {
                days.append(day)
                day = day.adding(days: -max(1, Int((Double(gap) * Double.random(in: 0.5...1.1, using: &rng)).rounded())))
            }
            for d in days.reversed() {
                out.contacts.append(
                    ContactLog(
                        id: rng.id(), created: time(d, hour: rng.pick([8, 12, 18, 21]), minute: Int.random(in: 0...59, using: &rng)),
                        personID: person.id, day: d, personName: name))
            }
            person.lastContact = days.first
            out.people.append(person)
        }
        let chosenDay = max(startDay, endDay.adding(days: -9))
        out.steps.append(
            WideningStep(
                id: rng.id(), created: time(chosenDay, hour: 19, minute: 10), catalogItem: "community-gathering",
                label: "Go to a community gathering", chosenOn: chosenDay))
        return out
    }
}
