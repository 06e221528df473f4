import KeelStore

extension SampleHistory {
    /// Three ladders: one well climbed (a step repeated, one tried and due
    /// again today), one with a skipped step and one waiting since two days
    /// ago, and one just started with every step still planned. Most fears
    /// ran high; one came true in part and one in full. In a short sample
    /// the same story is squeezed into the days there are.
    struct ExposureSample {
        var ladders: [ExposureLadder] = []
        var steps: [ExposureStep] = []
        var attempts: [ExposureAttempt] = []
    }

    /// A step: situation, expected, fear, likelihood %, way out, breath, phrase, person,
    /// then its state: done/skipped days ago, or due in days (negative: days ago).
    struct SampleStep {
        var situation: String
        var expected: Int
        var fear: String
        var likelihood: Int
        var exit: String
        var breath: String?
        var phrase: String
        var person: String?
        var doneAgo: Int? = nil
        var skippedAgo: Int? = nil
        var dueIn: Int? = nil
    }

    /// A time a step was faced: which step, days ago, expected, felt, did the fear come true, what happened, helped, adjust, win.
    typealias SampleAttempt = (
        step: Int, ago: Int, expected: Int, actual: Int, fear: ExposureAttempt.Outcome?, happened: String, helped: String, adjust: String, win: String
    )

    static let spanishSteps: [SampleStep] = [
        SampleStep(
            situation: "Arrive five minutes early and say hola to the teacher", expected: 3, fear: "I'll have nothing to say after hello",
            likelihood: 50, exit: "Go and sit down with my book", breath: "sigh", phrase: "Hello is enough", person: nil, doneAgo: 84),
        SampleStep(
            situation: "Ask the person next to me how their week was", expected: 5, fear: "They'll think I'm odd for asking",
            likelihood: 40, exit: "Say I need to find my notes", breath: "sigh", phrase: "People like being asked", person: nil, doneAgo: 63),
        SampleStep(
            situation: "Ask one question in front of the class", expected: 6, fear: "My Spanish will come out wrong and people will laugh",
            likelihood: 60, exit: "Keep the question to one line and then look at my notes", breath: "box",
            phrase: "Everyone here is learning too", person: "Sam", doneAgo: 35),
        SampleStep(
            situation: "Stay for the coffee after class", expected: 5, fear: "I'll end up standing alone",
            likelihood: 50, exit: "After one coffee I can say I have to catch the bus", breath: "sigh",
            phrase: "Awkward is allowed, and it passes", person: "Sam", dueIn: 0),
        SampleStep(
            situation: "Suggest practising together with Elif", expected: 6, fear: "She'll say no and it will be uncomfortable after",
            likelihood: 40, exit: "Make it easy to say no: \"only if you fancy it\"", breath: nil, phrase: "A no is about her week, not about me",
            person: "Priya", dueIn: 6),
        SampleStep(
            situation: "Organise a drinks night for the class", expected: 8, fear: "Nobody will come",
            likelihood: 50, exit: "Pick a place I'd happily sit in alone with a book", breath: nil, phrase: "", person: nil),
    ]

    static let spanishAttempts: [SampleAttempt] = [
        (
            0, 84, 3, 1, .no, "She smiled and asked how my week went, in Spanish. We talked for two minutes.", "Having the first sentence ready",
            "Nothing, it was fine", "I said it first"
        ),
        (
            1, 63, 5, 2, .no, "Wen told me about her new flat. She asked about me too.", "Remembering that people like being asked",
            "Ask a second question", "I started a conversation"
        ),
        (
            2, 49, 7, 6, .partly, "I mixed up two words and someone giggled, but the teacher answered kindly and moved on.",
            "The box breath in the loo beforehand", "Write the question down first", "I asked out loud"
        ),
        (
            2, 35, 6, 3, .no, "Asked about the past tense. Two others said they had wondered the same.", "Writing it down",
            "", "I asked again, even after last time"
        ),
        (
            3, 14, 5, 5, .yes, "Most people left quickly and I stood by myself for a while, then chatted with Pete about football.",
            "Having the bus as a way out", "Go up to someone instead of waiting", "I stayed for the whole coffee"
        ),
    ]

    static let studioSteps: [SampleStep] = [
        SampleStep(
            situation: "Say good morning to someone outside the team", expected: 3, fear: "They'll ignore me", likelihood: 30,
            exit: "Keep walking to my desk", breath: nil, phrase: "Small and friendly", person: nil, doneAgo: 70),
        SampleStep(
            situation: "Ask one question in the Monday stand-up", expected: 6, fear: "It will sound like I haven't been paying attention",
            likelihood: 60, exit: "Say \"I'll follow up after\" if it goes sideways", breath: "box", phrase: "Questions help everyone",
            person: "Priya", doneAgo: 42),
        SampleStep(
            situation: "Share a work-in-progress screen with the team", expected: 8, fear: "They'll see how rough it is", likelihood: 70,
            exit: "Say it's an early draft and move on", breath: nil, phrase: "", person: nil, skippedAgo: 30),
        SampleStep(
            situation: "Put forward an idea of my own in the planning meeting", expected: 7, fear: "Someone will shoot it down straight away",
            likelihood: 50, exit: "Say \"just a thought\" and let the discussion go on", breath: "sigh",
            phrase: "An idea is an offer, not a test", person: "Priya", dueIn: -2),
        SampleStep(
            situation: "Ask the lead for feedback on my work", expected: 8, fear: "I'll hear I'm not good enough", likelihood: 40,
            exit: "Thank them and ask for time to think", breath: nil, phrase: "", person: nil),
    ]

    static let studioAttempts: [SampleAttempt] = [
        (
            0, 70, 3, 1, .no, "Farah said good morning back and asked about my weekend.", "Doing it on the way in, without thinking too long",
            "", "I said it first"
        ),
        (
            1, 42, 6, 3, .no, "I asked how the release date was decided. The lead thanked me and explained.", "Priya nodding while I asked",
            "Ask earlier in the meeting", "I spoke in the stand-up"
        ),
    ]

    static let partySteps: [SampleStep] = [
        SampleStep(
            situation: "Walk past the venue the day before", expected: 2, fear: "", likelihood: 0, exit: "", breath: nil, phrase: "",
            person: nil, dueIn: 3),
        SampleStep(
            situation: "Arrive early, when it is still quiet", expected: 5, fear: "Jonas will be busy and I'll know nobody",
            likelihood: 50, exit: "Help set up the snacks", breath: "sigh", phrase: "", person: nil),
        SampleStep(
            situation: "Stay for one hour, then decide", expected: 7, fear: "I'll run out of things to say", likelihood: 60,
            exit: "At the hour I can leave, no explanation needed", breath: nil, phrase: "Leaving is allowed", person: "Sam"),
    ]

    func exposureSample(_ rng: inout SeededRandom, people: [Person]) -> ExposureSample {
        var out = ExposureSample()
        let span = endDay.days(since: startDay)
        // The story below spans about a hundred days; a shorter sample squeezes it.
        let scale = min(1.0, Double(span) / 100)
        func ago(_ days: Int) -> CivilDate { max(startDay, endDay.adding(days: -Int((Double(days) * scale).rounded()))) }
        func at(_ day: CivilDate) -> Date {
            time(day, hour: rng.pick([8, 12, 17, 19, 21]), minute: Int.random(in: 0...59, using: &rng))
        }
        let ladders: [(String, Int, [SampleStep], [SampleAttempt])] = [
            ("Feel at ease in my Spanish class", 95, SampleHistory.spanishSteps, SampleHistory.spanishAttempts),
            ("Speak up in studio meetings", 75, SampleHistory.studioSteps, SampleHistory.studioAttempts),
            ("Enjoy Jonas's birthday party", 4, SampleHistory.partySteps, []),
        ]
        for (goal, startedAgo, plan, faced) in ladders {
            let started = ago(startedAgo)
            let ladder = ExposureLadder(id: rng.id(), created: time(started, hour: 20, minute: Int.random(in: 0...59, using: &rng)), goal: goal)
            out.ladders.append(ladder)
            var steps: [ExposureStep] = []
            for (n, p) in plan.enumerated() {
                var s = ExposureStep(
                    id: rng.id(), created: ladder.created.addingTimeInterval(Double(n * 60)), ladderID: ladder.id, rank: n + 1,
                    situation: p.situation, expected: p.expected, fear: p.fear, likelihood: p.fear.isEmpty ? nil : p.likelihood,
                    exitStrategy: p.exit, breathing: p.breath, phrase: p.phrase,
                    personID: p.person.flatMap { name in people.first { $0.name == name }?.id }, personName: p.person)
                s.doneOn = p.doneAgo.map(ago)
                s.skippedOn = p.skippedAgo.map(ago)
                s.due = p.dueIn.map { $0 < 0 ? ago(-$0) : endDay.adding(days: $0) }
                if s.status != .planned || s.due != nil { s.updated = max(s.created, at(s.doneOn ?? s.skippedOn ?? ago(1))) }
                steps.append(s)
            }
            for f in faced {
                let step = steps[f.step]
                let day = ago(f.ago)
                out.attempts.append(
                    ExposureAttempt(
                        id: rng.id(), created: max(ladder.created, at(day)), stepID: step.id, ladderID: ladder.id, situation: step.situation,
                        day: day, expected: f.expected, fear: step.fear.isEmpty ? nil : step.fear, likelihood: step.likelihood, actual: f.actual,
                        whatHappened: f.happened, fearCameTrue: f.fear, helped: f.helped, adjust: f.adjust, win: f.win))
            }
            out.steps += steps
        }
        return out
    }
}
