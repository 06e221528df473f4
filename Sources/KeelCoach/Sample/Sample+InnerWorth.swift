import KeelContent
import KeelStore

extension SampleHistory {
    /// Strengths, values (rewritten now and then), morning reflections on
    /// most days, small wins, micro-habits with their ticks and rest days,
    /// and a letter most weeks, drafted by the same assembly the app uses.
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

    func sampleStrengths(_ rng: inout SeededRandom) -> MyStrengths {
        var s = MyStrengths.fresh(at: time(startDay, hour: 8, minute: 10))
        let catalog = content.catalog("strengths")?.items ?? []
        let wanted = ["kindness", "curiosity", "perseverance", "humor"]
        s.picks = wanted.compactMap { id in catalog.first { $0.id == id } }.map { MyStrengths.Pick(id: $0.id, label: $0.label, detail: $0.detail) }
        // Without the catalog (no content found), the same strengths in the person's own words.
        if s.picks.isEmpty { s.picks = ["Kindness", "Curiosity", "Persistence"].enumerated().map { MyStrengths.Pick(id: "own-\($0 + 2)", label: $1) } }
        s.picks.append(MyStrengths.Pick(id: "own-1", label: "Making people feel welcome"))
        return s
    }

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
                var a = Answer(step: id, kind: step.kind, prompt: step.prompt ?? step.displayTitle)
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

    func smallWins(_ rng: inout SeededRandom) -> [SmallWin] {
        days.filter { _ in rng.chance(0.4) }.map { day in
            SmallWin(
                id: rng.id(), created: time(day, hour: rng.pick([12, 17, 19, 21]), minute: Int.random(in: 0...59, using: &rng)),
                day: day, text: rng.pick(MorningWords.wins), source: rng.pick(["home", "home", "flow:reframe"]))
        }
    }

    /// A few habits from the first week and one added later; ticked on most
    /// planned days, the two-minute version on heavy ones, a rest day now and then.
    func habitsAndTicks(mornings: Set<CivilDate>, _ rng: inout SeededRandom) -> ([Habit], [HabitCheck]) {
        let catalog = content.catalog("habits")?.items ?? []
        let picks: [(String, Int)] = [("morning-reflection", 1), ("walk", 2), ("reach-out", 3), ("small-win", 5), ("weekly-letter", 6)]
        var habits: [Habit] = []
        for (id, offset) in picks {
            let day = startDay.adding(days: offset == 6 ? max(6, endDay.days(since: startDay) / 3) : offset)
            guard day <= endDay else { continue }
            let start = catalog.first { $0.id == id }.map(HabitEditor.start(from:)) ?? HabitEditor.Start(name: id)
            var h = Habit(
                id: rng.id(), created: time(day, hour: 8, minute: 0), name: start.name, schedule: start.schedule,
                twoMinute: start.twoMinute, catalogItem: start.catalogItem, practice: start.practice)
            h.updated = h.created
            habits.append(h)
        }
        var checks: [HabitCheck] = []
        for h in habits where h.practice != "letter" {
            let first = calendar.day(of: h.created)
            for day in days where day >= first {
                let at = time(day, hour: rng.pick([8, 12, 18, 21]), minute: Int.random(in: 0...59, using: &rng))
                if h.practice == "flow:morning" {
                    if mornings.contains(day) {
                        checks.append(HabitCheck(habitID: h.id, day: day, created: at, source: "flow:morning", habitName: h.name))
                    } else if rng.chance(0.3) {
                        checks.append(HabitCheck(habitID: h.id, day: day, created: at, rest: true, source: "habits", habitName: h.name))
                    }
                    continue
                }
                let planned: Bool
                switch h.plan {
                case .daily: planned = true
                case .weekdays: planned = day.weekday <= 5
                case .perWeek(let n): planned = rng.chance(Double(n) / 7 + 0.05)
                }
                guard planned else { continue }
                if rng.chance(0.06) {
                    checks.append(HabitCheck(habitID: h.id, day: day, created: at, rest: true, source: "habits", habitName: h.name))
                } else if rng.chance(0.8) {
                    checks.append(
                        HabitCheck(habitID: h.id, day: day, created: at, small: rng.chance(0.15), source: rng.pick(["home", "habits"]), habitName: h.name))
                }
            }
        }
        return (habits, checks)
    }

    /// A letter most weeks, written on Sunday evening (or Monday), from keel's draft with a line of the person's own.
    func weeklyLetters(_ store: Store, _ rng: inout SeededRandom) -> [WeeklyLetter] {
        var out: [WeeklyLetter] = []
        var week = Week(containing: startDay).adding(weeks: 1)
        let sources = LetterSources.all().filter { $0.id != "habits" }
        while week.last < endDay {
            defer { week = week.adding(weeks: 1) }
            guard rng.chance(0.8) else { continue }
            let day = rng.chance(0.75) ? week.last : week.last.adding(days: 1)
            let at = time(day, hour: 20, minute: Int.random(in: 0...59, using: &rng))
            let ctx = Context(store: store, content: content, now: { at }, calendar: calendar)
            var text = LetterDraft.assemble(ctx, week: week, sources: sources)
            text = text.replacing(LetterDraft.closingPrompt + "\n", with: LetterDraft.closingPrompt + "\n" + rng.pick(MorningWords.remember))
            out.append(WeeklyLetter(id: rng.id(), created: at, week: week.first, text: text))
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
