import KeelContent
import KeelStore

extension SampleHistory {
    /// Strengths, values (rewritten now and then), morning reflections on
    /// most days, small wins, micro-habits with their ticks and rest days,
    /// and a letter most weeks, drafted by the same assembly the app uses.
    /// Each part is made in its practice's folder (`Sample+Wins.swift`...);
    /// the morning reflections are made here, walked through the morning
    /// flow, where the morning and the guided practices meet.
    func innerWorth(into store: Store, _ rng: inout SeededRandom) throws(StoreError) {
        let first = startDay
        let strengths = sampleStrengths(&rng)
        try store.save(strengths)
        let values = sampleValues(&rng)
        try store.save(values)
        // Nothing later than the sample's end: this morning's reflection may not have happened yet.
        let mornings = morningEntries(strengths.picks, &rng).filter { $0.created <= end }
        try store.save(mornings)
        let wins = smallWins(&rng).filter { $0.created <= end }
        try store.save(wins)
        let (habits, ticks) = habitsAndTicks(mornings: Set(mornings.map { calendar.day(of: $0.created) }), &rng)
        let checks = ticks.filter { $0.created <= end }
        try store.save(habits)
        try store.save(checks)
        let letters = weeklyLetters(store, &rng)
        try store.save(letters)
        // The letter habit ticks itself on the day each letter was saved.
        if let letterHabit = habits.first(where: { $0.practice == "letter" }) {
            try store.save(
                letters.map { l in
                    HabitCheck(habitID: letterHabit.id, day: calendar.day(of: l.created), created: l.created, source: "letter", habitName: letterHabit.name)
                }.filter { $0.day >= first })
        }
    }

    /// A morning reflection on most days, walked through the shipped flow.
    func morningEntries(_ strengths: [MyStrengths.Pick], _ rng: inout SeededRandom) -> [JournalEntry] {
        guard let shipped = content.flow(MorningEntry.flowID) else { return [] }
        var out: [JournalEntry] = []
        var lastPlan: (day: CivilDate, text: String)?
        let all = days.dropFirst()
        for (n, day) in all.enumerated() {
            let progress = Double(n) / Double(max(1, all.count))
            guard rng.chance(0.55 + 0.25 * progress) else { continue }
            let flow = FlowPrompts.resolve(shipped, on: day, content: content)
            var answers: [String: Answer] = [:]
            var path: [String] = []
            func answer(_ id: String, _ fill: (inout Answer) -> Void) {
                guard let step = flow.step(id) else { return }
                var a = Answer(step: id, kind: step.kind, prompt: step.prompt.map { FlowPromptAnswers.fill($0, answers: answers) } ?? step.displayTitle)
                fill(&a)
                answers[id] = a
                path.append(id)
            }
            if let last = lastPlan, day.days(since: last.day) <= FlowRecall.window {
                let kept = rng.pick(["yes", "yes", "yes", "partly", "no"])
                answer("yesterday") { a in
                    a.choice = kept
                    a.labels = [flow.step("yesterday")?.options?.first { $0.id == kept }?.label ?? kept]
                    a.text = last.text
                }
            }
            let strength = TodayStrength.inTurn(strengths, on: day)[rng.chance(0.8) ? 0 : Int.random(in: 0..<strengths.count, using: &rng)]
            answer("strength") { a in
                a.choice = strength.id
                a.labels = [strength.label]
            }
            answer("evidence") { a in if rng.chance(0.85) { a.text = rng.pick(MorningWords.evidence[strength.id] ?? MorningWords.anyEvidence) } }
            let plan = rng.chance(0.9) ? rng.pick(MorningWords.plans) : nil
            answer("plan") { a in a.text = plan }
            let thanks = rng.pick([1, 1, 2, 2, 2, 3])
            for k in 1...thanks { answer("grateful-\(k)") { a in a.text = rng.pick(MorningWords.gratitude) } }
            path.append("summary")
            var session = FlowSession(flow: flow.id, current: "summary", started: time(day, hour: 7, minute: 30))
            session.history = Array(path.dropLast())
            session.answers = answers
            out.append(session.entry(flow: flow, id: rng.id(), at: time(day, hour: rng.pick([7, 7, 8, 8, 9]), minute: Int.random(in: 0...59, using: &rng))))
            lastPlan = plan.map { (day, $0) }
        }
        return out
    }

}

/// Made-up words for the inner-worth sample.
enum MorningWords {
    static let evidence: [String: [String]] = [
        "kindness": [
            "I stayed late to help Sam with the rota.", "Brought soup round to my neighbour.", "Listened to Dana for an hour without fixing anything.",
        ],
        "curiosity": [
            "Asked the new hire how their old team worked.", "Read about how bridges are built, just because.", "Tried the Ethiopian place on the corner.",
        ],
        "perseverance": [
            "Finished the report even though it dragged.", "Went back to the climbing wall after a bad session.", "Kept practising the chord change.",
        ],
        "humor": ["Made the whole table laugh at lunch.", "Laughed at myself when I tripped on the stairs.", "Sent Luis the silly photo and it made his day."],
        "own-1": ["Introduced the new person at choir to everyone.", "Saved a seat for Priya.", "Asked the quiet guy at the party about his dog."],
    ]
    static let anyEvidence = ["Did something small that mattered to someone."]
    static let plans = [
        "Ask one question in the team meeting.", "Message Dana to ask how her week went.", "Say hello to the neighbour with the bike.",
        "Take the long way home and notice three things.", "Offer to help with the stand-up notes.", "Finish the chapter I started.",
        "Tell Luis I liked his drawing.", "Go to choir even if I feel flat.", "Eat lunch away from my desk and talk to someone.",
    ]
    static let gratitude = [
        "Warm coffee before anyone else was up.", "Dana checking in on Sunday.", "The heating working again.", "A good night's sleep.",
        "The walk along the canal.", "Luis's terrible jokes.", "My legs carrying me up the hill.", "The library being open late.",
        "A kind email from my manager.", "The first sunny morning in a week.", "Knowing how to cook a proper meal.", "The choir's new song.",
    ]
    static let wins = [
        "Started a conversation at the bus stop.", "Kept a boundary when asked to cover again.", "Asked a clarifying question in the meeting.",
        "Said yes to the climbing invite.", "Told Sam his comment hurt, calmly.", "Went to choir even though I was nervous.",
        "Sent the message I'd been putting off.", "Shared my idea first in the workshop.", "Asked for feedback on my draft.",
        "Introduced myself to the new neighbours.", "Said no to the extra project without apologising five times.",
    ]
    static let remember = [
        "That I was braver than I felt on Tuesday.", "That people were glad to see me, even when I doubted it.",
        "That a quiet week is still a week I showed up for.", "That asking was the hard part, and I did it.",
        "To be as patient with myself as I was with Sam.",
    ]
}
