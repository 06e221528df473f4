import KeelStore

/// What the step ladders say to other parts of keel: the home screen and
/// `keel today` show the steps due, the weekly letter the steps faced.
public enum ExposureSummary {
    /// One line about planned steps due today or earlier, or nil when none are.
    public static func dueLine(_ ctx: Context) -> String? {
        dueLine(dueWorld(ctx.store), today: ctx.today)
    }

    /// Steps due need only the ladders and steps (two small files), never the
    /// monthly history of attempts: `keel today` runs on every new shell.
    static func dueWorld(_ store: Store) -> ExposureWorld {
        ExposureWorld(ladders: store.all(ExposureLadder.self), steps: store.all(ExposureStep.self), attempts: [])
    }

    static func dueLine(_ world: ExposureWorld, today: CivilDate) -> String? {
        let due = world.due(today: today)
        guard let first = due.first else { return nil }
        if due.count == 1 {
            let when = first.due == today ? "due today" : "waiting \(PlanWords.due(first.due!, today: today))"
            return "A planned step is \(when): \(endingSentence(first.situation))"
        }
        let earlier = due.filter { $0.due! < today }.count
        let note = earlier == 0 ? "" : earlier == due.count ? ", all from earlier days" : ", \(earlier) from earlier days"
        return "\(due.count) planned steps are due\(note). First: \(endingSentence(first.situation))"
    }

    /// Lines for the weekly letter: each step faced on a day from `from` up
    /// to (not including) `to`, with its numbers, then each ladder climbed a step.
    public static func letterLines(_ ctx: Context, from: Date, to: Date) -> [String] {
        letterLines(ExposureWorld.load(ctx.store), from: ctx.calendar.day(of: from), to: ctx.calendar.day(of: to))
    }

    static func letterLines(_ world: ExposureWorld, from: CivilDate, to: CivilDate) -> [String] {
        var lines: [String] = []
        for a in world.attempts where a.day >= from && a.day < to {
            var line = "You faced \"\(a.situation)\""
            if let e = a.expected, let f = a.actual {
                line +=
                    e > f
                    ? ": you expected \(e) and it felt \(f)."
                    : e == f ? ": it felt the \(f) you expected." : ": you expected \(e) and it felt \(f), and you did it anyway."
            } else {
                line += "."
            }
            lines.append(line)  // its win, if any, is in the small-wins log and so in the letter's list of wins
        }
        for ladder in world.ladders {
            let moved = world.rungs(of: ladder.id).filter { s in s.doneOn.map { $0 >= from && $0 < to } ?? false }
            guard !moved.isEmpty else { continue }
            let p = world.progress(of: ladder.id)
            let steps = moved.count == 1 ? "a step" : "\(moved.count) steps"
            lines.append("You moved up \(steps) towards \"\(ladder.goal)\": \(p.done) of \(p.total) done.")
        }
        return lines
    }
}

/// The step ladders' word about today: the home screen's sentence and a few
/// words for `keel today`.
enum ExposureToday {
    static func notes(_ ctx: Context) -> [TodayNote] {
        // One world for both: each reads the ladders and steps again.
        let world = ExposureSummary.dueWorld(ctx.store)
        let due = world.due(today: ctx.today)
        guard let line = ExposureSummary.dueLine(world, today: ctx.today) else { return [] }
        return [TodayNote(home: line + " e opens it.", shell: due.count == 1 ? "a ladder step due" : "\(due.count) ladder steps due")]
    }

    /// The weekly letter's paragraph about the steps faced that week.
    static func letter(_ ctx: Context, _ week: Week) -> [String] {
        let lines = ExposureSummary.letterLines(ExposureWorld.load(ctx.store), from: week.first, to: week.last.adding(days: 1))
        return lines.isEmpty ? [] : [lines.joined(separator: "\n")]
    }

    /// The ladder's part of a week's facts: that paragraph, for the letter.
    static func weekFacts(_ ctx: Context, _ week: Week, _ facts: inout WeekFacts) { facts.paragraphs += letter(ctx, week) }
}
