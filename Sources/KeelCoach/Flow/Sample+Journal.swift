import KeelContent
import KeelStore

extension SampleHistory {
    /// Guided practices over the months: reframes two or three times a week
    /// at first, fewer later, with stings easing more as time goes on and
    /// overgeneralizing and catastrophizing fading; now and then another
    /// practice. Answers are walked through the shipped flows, so they fit
    /// the steps as they are.
    func journalEntries(_ rng: inout SeededRandom, circles: [BelongingCircle], people: [Person]) -> [JournalEntry] {
        guard let reframe = content.flow("reframe") else { return [] }
        let others = ["self-compassion", "setback-review", "criticism-sorter", "boundary-script"].compactMap { content.flow($0) }
        var out: [JournalEntry] = []
        let all = days
        for (n, day) in all.enumerated() {
            let progress = Double(n) / Double(max(1, all.count))
            if rng.chance(0.38 - 0.2 * progress) {
                out.append(sampleEntry(reframe, day: day, progress: progress, &rng, circles: circles, people: people))
            }
            if !others.isEmpty, rng.chance(0.06) {
                out.append(sampleEntry(rng.pick(others), day: day, progress: progress, &rng, circles: circles, people: people))
            }
        }
        return out
    }

    func sampleEntry(
        _ flow: Flow, day: CivilDate, progress: Double, _ rng: inout SeededRandom,
        circles: [BelongingCircle], people: [Person]
    ) -> JournalEntry {
        let unavailable = Set(flow.steps.filter { $0.optionsFrom == "circles" && circles.isEmpty }.map(\.id))
        let walker = FlowWalker(flow: flow, unavailable: unavailable)
        let before = Int.random(in: 4...9, using: &rng)
        let easing = Int.random(in: -1...3, using: &rng) + Int((progress * 3).rounded())
        var answers: [String: Answer] = [:]
        var path: [String] = []
        var index = walker.first(answers: answers)
        while let i = index {
            let step = flow.steps[i]
            path.append(step.id)
            var a = Answer(step: step.id, kind: step.kind, prompt: step.prompt.map { FlowPromptAnswers.fill($0, answers: answers) } ?? step.displayTitle)
            switch step.stepKind {
            case .say, .summary:
                break
            case .breathe:
                a.skipped = rng.chance(0.2)
            case .rate:
                a.rating = step.stepRole == .stingAfter ? max(0, min(10, before - easing)) : before
            case .text:
                let pool = SampleWords.answers["\(flow.id).\(step.id)"] ?? []
                if !pool.isEmpty, step.isRequired || rng.chance(0.85) { a.text = rng.pick(pool) }
            case .choose:
                let options: [(String, String)] =
                    step.optionsFrom == "circles"
                    ? circles.map { ($0.id, $0.name) } + [("elsewhere", "Somewhere else, or not sure")]
                    : (step.options ?? []).map { ($0.id, $0.label) }
                if let pick = options.isEmpty ? nil : rng.pick(options) {
                    a.choice = pick.0
                    a.labels = [pick.1]
                }
            case .checklist:
                let items =
                    step.catalog.flatMap { content.catalog($0)?.items }?.map { ($0.id, $0.label) }
                    ?? (step.options ?? []).map { ($0.id, $0.label) }
                let picked = step.stepRole == .traps ? sampleTraps(progress, &rng) : items.map(\.0).filter { _ in rng.chance(0.3) }
                let chosen = items.filter { picked.contains($0.0) }
                a.choices = chosen.map(\.0)
                a.labels = chosen.map(\.1)
            case .person:
                if !people.isEmpty, rng.chance(0.8) {
                    let p = rng.pick(people)
                    a.text = p.name
                    a.personID = p.id
                    a.labels = [p.name]
                } else if rng.chance(0.6) {
                    a.text = rng.pick(["my sister", "Priya", "an old friend", "my mentor"])
                }
            }
            if step.stepKind != .say, step.stepKind != .summary { answers[step.id] = a }
            index = walker.next(after: i, answers: answers)
        }
        let hour = rng.pick([8, 12, 17, 19, 20, 21, 22])
        var session = FlowSession(flow: flow.id, current: path.last ?? "", started: time(day, hour: hour, minute: 0))
        session.history = Array(path.dropLast())
        session.answers = answers
        return session.entry(flow: flow, id: rng.id(), at: time(day, hour: hour, minute: Int.random(in: 0...59, using: &rng)))
    }

    /// Early on the sweeping traps dominate; later they are ticked less.
    func sampleTraps(_ progress: Double, _ rng: inout SeededRandom) -> [String] {
        let weights: [(String, Double)] = [
            ("overgeneralizing", 0.55 - 0.4 * progress), ("catastrophizing", 0.45 - 0.3 * progress),
            ("mind-reading", 0.5 - 0.15 * progress), ("personalizing", 0.35), ("labeling", 0.3 - 0.15 * progress),
            ("fortune-telling", 0.25), ("all-or-nothing", 0.2), ("discounting-positive", 0.15 + 0.1 * progress),
        ]
        return weights.filter { rng.chance($0.1) }.map(\.0)
    }
}

/// Made-up answers for the sample, by flow and step.
enum SampleWords {
    static let answers: [String: [String]] = [
        "reframe.what": [
            "My friends went to the lake on Saturday. I saw the photos this morning; nobody asked me.",
            "I asked Theo if he wanted to get lunch. He said he was busy and didn't suggest another day.",
            "The team lead picked Jen's proposal over mine in the meeting.",
            "I sent a long message in the group chat. Two people reacted, nobody replied.",
            "I didn't get the job after the second interview. The email was two lines.",
            "At the party, the group I was talking to drifted off one by one.",
            "My climbing partner found someone else for the weekend trip.",
            "I wasn't added to the new project channel.",
        ],
        "reframe.story": [
            "They don't actually like me, they just put up with me.",
            "I'm always the one left out.",
            "I'm not good enough and everyone can see it.",
            "I must have said something wrong again.",
            "This is going to keep happening.",
        ],
        "reframe.outside": [
            "It was planned in a rush on Friday night; half the group only heard on Saturday.",
            "Theo has a deadline this week.",
            "Jen's proposal fitted the budget better; mine was the bigger idea.",
            "It was late and people were tired.",
            "They had already promised the spot to someone from their old club.",
        ],
        "reframe.worth": [
            "It says this one plan didn't include me. It doesn't say I'm unlikeable.",
            "It says they chose another option this time. It doesn't say my work is bad.",
            "It says I felt left out. It doesn't say anything about what I'm worth.",
        ],
        "reframe.friend": [
            "That hurts, and it makes sense that it does. It doesn't mean they don't care about you.",
            "One no isn't the whole story. Look at everyone who keeps showing up for you.",
            "You were brave to ask. Ask again another time.",
        ],
        "reframe.next": [
            "Message Dana about coffee on Thursday.",
            "Go to choir practice tonight as planned.",
            "Ask the team lead what would make my next proposal stronger.",
            "Suggest a walk to Theo for next week.",
            "Go for a run and cook something good.",
        ],
        "self-compassion.notice": ["I feel small and embarrassed.", "A tight, heavy feeling after the meeting.", "Lonely, and cross with myself for caring."],
        "self-compassion.common": ["Anyone who has ever been the new person.", "Most people at work feel like this sometimes."],
        "self-compassion.kindness": [
            "Of course this hurts. You're doing your best and that is enough for today.",
            "You're allowed to be sad about it. It will ease.",
        ],
        "setback-review.what": ["The talk I gave got a polite but flat response.", "The meetup I organised: only three people came."],
        "setback-review.well": ["I finished on time and answered questions calmly.", "The three who came had a great evening."],
        "setback-review.change": ["Open with a story, not the numbers.", "Post about it two weeks earlier."],
        "setback-review.learned": ["I like small groups more than big rooms.", "I need a quiet evening after speaking."],
        "setback-review.win": ["I did it even though I was nervous.", "I kept going after the first no."],
        "criticism-sorter.said": ["Your reports are always late.", "You could have been clearer about the deadline.", "You're too sensitive."],
        "criticism-sorter.take": ["Send a short status note on Fridays.", "Say the deadline twice, in writing."],
        "criticism-sorter.leave": ["The word 'always'.", "The idea that caring is a flaw."],
        "boundary-script.need": ["Evenings off after eight.", "Time to think before I say yes."],
        "boundary-script.limit": ["No work calls after eight.", "I answer requests the next day."],
        "boundary-script.words": [
            "I'd love to help, and I can't take this on this week.",
            "I'm offline after eight; I'll pick this up first thing tomorrow.",
        ],
        "boundary-script.crossed": ["Say it once more, then let the call go to voicemail."],
    ]
}
