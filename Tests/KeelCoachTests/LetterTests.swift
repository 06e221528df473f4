import Foundation
import Testing
import KeelStore
@testable import KeelCoach

/// The weekly letter's assembly from the week's records, the registry other
/// practices add to, and when it is due.
@Suite struct LetterTests {
    /// Monday 23 to Sunday 29 November 2026; the harness's today is Thursday 26.
    let week = Week(containing: CivilDate(year: 2026, month: 11, day: 26))

    func at(_ day: Int, _ hour: Int) -> Date {
        Timestamp.parse("2026-11-\(day < 10 ? "0" : "")\(day)T\(hour < 10 ? "0" : "")\(hour):15:00.000Z")!
    }

    func morning(_ id: String, day: Int, kept: String?, strength: String, evidence: String, plan: String, thanks: [String]) -> JournalEntry {
        var answers: [Answer] = []
        if let kept { answers.append(Answer(step: "yesterday", kind: "choose", prompt: "Did it happen?", text: "an old plan", choice: kept, labels: [kept])) }
        answers.append(Answer(step: "strength", kind: "choose", prompt: "Which strength?", choice: strength.lowercased(), labels: [strength]))
        answers.append(Answer(step: "evidence", kind: "text", prompt: "When?", text: evidence))
        answers.append(Answer(step: "plan", kind: "text", prompt: "Today?", text: plan))
        for (i, t) in thanks.enumerated() { answers.append(Answer(step: "grateful-\(i + 1)", kind: "text", prompt: "Thanks", text: t)) }
        return JournalEntry(id: id, created: at(day, 8), flow: "morning", title: "Morning reflection", answers: answers)
    }

    func fill(_ h: Harness) throws {
        try h.store.save([
            SmallWin(id: "w1", created: at(23, 18), day: CivilDate(year: 2026, month: 11, day: 23), text: "Asked a clarifying question in the meeting"),
            SmallWin(id: "w2", created: at(25, 20), day: CivilDate(year: 2026, month: 11, day: 25), text: "Kept a boundary with Sam"),
            SmallWin(id: "w0", created: at(20, 20), day: CivilDate(year: 2026, month: 11, day: 20), text: "Last week's win"),
        ])
        try h.store.save([
            morning(
                "m1", day: 23, kept: nil, strength: "Courage", evidence: "Spoke first at choir", plan: "Say hello to the new neighbour",
                thanks: ["Warm coffee", "Dana"]),
            morning("m2", day: 24, kept: "yes", strength: "Kindness", evidence: "Helped Luis move", plan: "Ask Priya about her exam", thanks: ["warm coffee."]),
            morning(
                "m3", day: 26, kept: "partly", strength: "Curiosity", evidence: "Read about bridges", plan: "Try the new café",
                thanks: ["The library", "Warm coffee"]),
            JournalEntry(
                id: "r1", created: at(24, 21), flow: "reframe", title: "Pause, breathe, reframe",
                answers: [Answer(step: "next", kind: "text", prompt: "One small step", text: "Message Dana")], stingBefore: 8, stingAfter: 4),
            JournalEntry(
                id: "r2", created: at(25, 21), flow: "reframe", title: "Pause, breathe, reframe",
                answers: [Answer(step: "next", kind: "text", prompt: "One small step", text: "Go to choir on Thursday")], stingBefore: 6, stingAfter: 4),
            JournalEntry(id: "s1", created: at(25, 22), flow: "self-compassion", title: "Self-compassion break", answers: []),
        ])
        let walk = Habit(id: "walk", created: at(1, 8), name: "A walk outside", schedule: .daily)
        try h.store.save(walk)
        try h.store.save([
            HabitCheck(habitID: "walk", day: CivilDate(year: 2026, month: 11, day: 23), created: at(23, 19)),
            HabitCheck(habitID: "walk", day: CivilDate(year: 2026, month: 11, day: 24), created: at(24, 19), small: true),
            HabitCheck(habitID: "walk", day: CivilDate(year: 2026, month: 11, day: 25), created: at(25, 19), rest: true),
        ])
    }

    static let expected = """
        Dear me,

        Here is your week of 23-29 Nov 2026, the way keel saw it.

        You did these 2 things, whatever came of them:
        - Asked a clarifying question in the meeting (Mon)
        - Kept a boundary with Sam (Wed)

        You leaned on your strengths:
        - Courage on Mon: Spoke first at choir
        - Kindness on Tue: Helped Luis move
        - Curiosity on Thu: Read about bridges

        You looked back on 2 plans: 1 happened and 1 partly. Small plans kept are how trust in yourself grows.

        You were grateful for:
        - Warm coffee (3 times)
        - Dana
        - The library

        Twice something stung, and each time you stopped and took a second look. Looking again eased the sting by about 3 each time. Your next step was: Go to choir on Thursday.

        Other practices you made time for: Self-compassion break.

        Your small rituals:
        - A walk outside: 2 days, and 1 rest day taken kindly

        What I want to remember from this week:


        With care,
        me
        """

    @Test func theDraftTellsTheWeekFromItsRecords() throws {
        let h = try Harness()
        try fill(h)
        let draft = LetterDraft.assemble(h.ctx, week: week)
        #expect(draft == LetterTests.expected, "\n\(draft)")
    }

    @Test func aQuietWeekStillGetsALetter() throws {
        let h = try Harness()
        // keel was there all week (a habit from the month before), with nothing else saved.
        try h.store.save(Habit(id: "walk", created: at(1, 8), name: "A walk outside", schedule: .daily))
        let draft = LetterDraft.assemble(h.ctx, week: week)
        #expect(draft.contains("This was a quiet week in keel. Whatever else happened, you kept going, and that counts too."), "\n\(draft)")
        #expect(draft.hasPrefix("Dear me,\n\nHere is your week of 23-29 Nov 2026"))
    }

    @Test func anotherPracticeAddsItsParagraphWhereItIsListed() throws {
        let h = try Harness()
        try fill(h)
        let exposure = LetterSource(id: "exposure") { _, week in ["You took 2 steps on your ladder in the week of \(week)."] }
        var sources = LetterSources.all()
        sources.insert(exposure, at: 4)
        let draft = LetterDraft.assemble(h.ctx, week: week, sources: sources)
        #expect(
            draft.contains(
                "Other practices you made time for: Self-compassion break.\n\nYou took 2 steps on your ladder in the week of 23-29 Nov 2026.\n\nYour small rituals:"
            ))
    }

    @Test func theLetterIsDueSundayUntilItIsSaved() throws {
        let h = try Harness()
        #expect(Letters.due(h.ctx) == "letter due Sunday")
        h.wall = Timestamp.parse("2026-11-29T18:00:00.000Z")!
        #expect(Letters.due(h.ctx) == "letter due today")
        try h.store.save(WeeklyLetter(id: "l1", created: h.wall, week: week.first, text: "Dear me"))
        #expect(Letters.due(h.ctx) == nil)
        // A letter written on Monday for the week before still belongs to that week.
        h.wall = Timestamp.parse("2026-11-30T08:00:00.000Z")!
        #expect(Letters.due(h.ctx) == "letter due Sunday")
        #expect(Letters.letter(for: week, h.ctx)?.id == "l1")
    }

    @Test func onASundayStartTheLetterIsDueSaturdayAndAMondayLetterStillCounts() throws {
        try DateStyle.$override.withValue(DateStyle(weekStart: 7)) {
            let h = try Harness()
            #expect(Letters.due(h.ctx) == "letter due Saturday")
            // Written on a machine whose weeks start on Monday 23 Nov: it is this week's letter here too.
            try h.store.save(WeeklyLetter(id: "l1", created: h.wall, week: week.first, text: "Dear me"))
            #expect(Letters.due(h.ctx) == nil)
            #expect(WeeklyLetter(id: "l2", created: h.wall, week: CivilDate(year: 2026, month: 11, day: 22), text: "x").problems() == [])
        }
        #expect(
            WeeklyLetter(id: "l3", created: Timestamp.parse("2026-11-26T10:00:00.000Z")!, week: CivilDate(year: 2026, month: 11, day: 24), text: "x")
                .problems() == ["week: 2026-11-24 is not a Monday, Saturday or Sunday"])
    }
}
