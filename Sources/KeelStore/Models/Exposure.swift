/// A goal to grow towards ("feel at home in the running club"), climbed in
/// small planned steps from easy to hard.
public struct ExposureLadder: KeelRecord {
    public static let kind = RecordKind(name: "exposure-ladders", title: "Step ladders", one: "step ladder", many: "step ladders", layout: .single)

    public var id: String
    public var created: Date
    public var updated: Date
    public var deleted: Date?
    public var goal: String

    public init(id: String, created: Date, goal: String) {
        self.id = id
        self.created = created
        self.updated = created
        self.goal = goal
    }

    public func problems() -> [String] { Check.nonEmpty(goal, "goal") }

    public func markdown(calendar: LocalCalendar) -> String {
        "### \(MarkdownText.line(goal))\n\nStarted \(calendar.day(of: created))."
    }
}

/// One rung of a ladder: a situation to face, and the plan made for it
/// beforehand (the discomfort expected, the fear and how likely it seems,
/// a way out, and how to cope).
public struct ExposureStep: KeelRecord {
    public static let kind = RecordKind(name: "exposure-steps", title: "Ladder steps", one: "ladder step", many: "ladder steps", layout: .single)

    public var id: String
    public var created: Date
    public var updated: Date
    public var deleted: Date?
    public var ladderID: String
    /// Place on the ladder: lower is easier. Only the order matters.
    public var rank: Int
    public var situation: String
    /// The day it is planned for, if one is set.
    public var due: CivilDate?
    /// 0-10: how uncomfortable I expect it to be.
    public var expected: Int?
    /// What I fear will happen.
    public var fear: String
    /// 0-100: how likely I think that is, in percent.
    public var likelihood: Int?
    /// How and when I can leave gracefully.
    public var exitStrategy: String
    /// A breathing pattern id ("sigh", "box", "4-7-8", "resonance").
    public var breathing: String?
    /// A phrase to tell myself.
    public var phrase: String
    /// Someone from my circles to message after, and their name then (so the export reads on its own).
    public var personID: String?
    public var personName: String?
    /// Moved past it up the ladder on this day.
    public var doneOn: CivilDate?
    /// Set aside without doing it.
    public var skippedOn: CivilDate?
    /// Where it came from: "example:<catalog item>" or "widening:<step id>".
    public var source: String?

    public init(
        id: String, created: Date, ladderID: String, rank: Int, situation: String, due: CivilDate? = nil,
        expected: Int? = nil, fear: String = "", likelihood: Int? = nil, exitStrategy: String = "",
        breathing: String? = nil, phrase: String = "", personID: String? = nil, personName: String? = nil,
        source: String? = nil
    ) {
        self.id = id
        self.created = created
        self.updated = created
        self.ladderID = ladderID
        self.rank = rank
        self.situation = situation
        self.due = due
        self.expected = expected
        self.fear = fear
        self.likelihood = likelihood
        self.exitStrategy = exitStrategy
        self.breathing = breathing
        self.phrase = phrase
        self.personID = personID
        self.personName = personName
        self.source = source
    }

    public enum Status: String, Sendable { case planned, done, skipped }

    public var status: Status { doneOn != nil ? .done : skippedOn != nil ? .skipped : .planned }

    public func problems() -> [String] {
        var out = Check.nonEmpty(ladderID, "ladderID") + Check.nonEmpty(situation, "situation") + Check.rating(expected, "expected")
        out += Check.rating(likelihood, "likelihood", range: 0...100) + Check.rating(rank, "rank", range: 0...10_000)
        if doneOn != nil, skippedOn != nil { out.append("skippedOn: a step can't be both done and skipped") }
        return out
    }

    public func markdown(calendar: LocalCalendar) -> String {
        var line = "- \(MarkdownText.text(situation))"
        switch status {
        case .done: line += ": done \(doneOn!)"
        case .skipped: line += ": skipped \(skippedOn!)"
        case .planned: line += due.map { ": planned for \($0)" } ?? ": planned"
        }
        if let expected { line += "; expected discomfort \(expected)/10" }
        if !fear.isEmpty { line += "; feared \"\(MarkdownText.text(fear))\"" + (likelihood.map { " (\($0)% likely)" } ?? "") }
        if !exitStrategy.isEmpty { line += "; way out: \(MarkdownText.text(exitStrategy))" }
        if !phrase.isEmpty { line += "; phrase: \"\(MarkdownText.text(phrase))\"" }
        if let personName { line += "; message \(MarkdownText.line(personName)) after" }
        return line
    }
}

/// One time a step was faced, and what it was really like.
public struct ExposureAttempt: KeelRecord {
    public static let kind = RecordKind(name: "exposure-attempts", title: "Steps taken", one: "step taken", many: "steps taken", layout: .monthly)

    /// Did the feared thing happen?
    public enum Outcome: String, Codable, CaseIterable, Sendable {
        case no, partly, yes
    }

    public var id: String
    public var created: Date
    public var updated: Date
    public var deleted: Date?
    public var stepID: String
    public var ladderID: String
    /// The situation as it was planned, so the history reads well if the step changes.
    public var situation: String
    public var day: CivilDate
    /// The prediction made beforehand: discomfort 0-10, the fear, its likelihood in percent.
    public var expected: Int?
    public var fear: String?
    public var likelihood: Int?
    /// 0-10: how uncomfortable it really was.
    public var actual: Int?
    public var whatHappened: String
    public var fearCameTrue: Outcome?
    public var helped: String
    public var adjust: String
    /// A process win: something I did, whatever the outcome.
    public var win: String

    public init(
        id: String, created: Date, stepID: String, ladderID: String, situation: String, day: CivilDate,
        expected: Int? = nil, fear: String? = nil, likelihood: Int? = nil, actual: Int? = nil,
        whatHappened: String = "", fearCameTrue: Outcome? = nil, helped: String = "", adjust: String = "", win: String = ""
    ) {
        self.id = id
        self.created = created
        self.updated = created
        self.stepID = stepID
        self.ladderID = ladderID
        self.situation = situation
        self.day = day
        self.expected = expected
        self.fear = fear
        self.likelihood = likelihood
        self.actual = actual
        self.whatHappened = whatHappened
        self.fearCameTrue = fearCameTrue
        self.helped = helped
        self.adjust = adjust
        self.win = win
    }

    public func problems() -> [String] {
        var out = Check.nonEmpty(stepID, "stepID") + Check.nonEmpty(situation, "situation")
        out += Check.rating(expected, "expected") + Check.rating(actual, "actual") + Check.rating(likelihood, "likelihood", range: 0...100)
        return out
    }

    public func markdown(calendar: LocalCalendar) -> String {
        var out = "#### \(MarkdownText.line(situation)), \(day.short)\n"
        var figures: [String] = []
        if let expected { figures.append("expected \(expected)/10") }
        if let actual { figures.append("felt \(actual)/10") }
        if !figures.isEmpty { out += "\n" + figures.joined(separator: ", ").capitalizedFirst + "\n" }
        let parts: [(String, String)] = [
            ("What I feared", fear ?? ""),
            ("Did it happen", fearCameTrue?.rawValue ?? ""),
            ("What happened", whatHappened),
            ("What helped", helped),
            ("Next time", adjust),
            ("A win", win),
        ]
        for (label, text) in parts where !text.isEmpty {
            out += "\n**\(label)**  \n\(MarkdownText.text(text))\n"
        }
        return out
    }
}

fileprivate extension String {
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
