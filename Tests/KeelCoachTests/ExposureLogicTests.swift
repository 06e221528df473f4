import Foundation
import Testing
import KeelStore
@testable import KeelCoach

/// Builds ladders, steps and attempts by hand, with readable ids, for the
/// ladder logic and the figures.
struct LadderBuilder {
    var ladders: [ExposureLadder] = []
    var steps: [ExposureStep] = []
    var attempts: [ExposureAttempt] = []
    let t0 = Timestamp.parse("2026-09-01T10:00:00.000Z")!

    mutating func ladder(_ id: String, _ goal: String) {
        ladders.append(ExposureLadder(id: id, created: t0.addingTimeInterval(Double(ladders.count)), goal: goal))
    }

    mutating func step(
        _ id: String, on ladder: String, rank: Int, expected: Int? = nil, due: String? = nil,
        done: String? = nil, skipped: String? = nil
    ) {
        var s = ExposureStep(
            id: id, created: t0.addingTimeInterval(Double(steps.count)), ladderID: ladder, rank: rank,
            situation: "Step \(id)", due: due.map(day), expected: expected)
        s.doneOn = done.map(day)
        s.skippedOn = skipped.map(day)
        steps.append(s)
    }

    mutating func faced(
        _ stepID: String, on d: String, expected: Int?, felt: Int?, fear: ExposureAttempt.Outcome? = nil,
        likely: Int? = nil, win: String = ""
    ) {
        let s = steps.first { $0.id == stepID }!
        attempts.append(
            ExposureAttempt(
                id: "a\(attempts.count + 1)", created: t0.addingTimeInterval(Double(attempts.count)), stepID: stepID,
                ladderID: s.ladderID, situation: s.situation, day: day(d), expected: expected,
                likelihood: likely, actual: felt, fearCameTrue: fear, win: win))
    }

    var world: ExposureWorld { ExposureWorld(ladders: ladders, steps: steps, attempts: attempts) }
}

@Suite struct ExposureLogicTests {
    /// A ladder of four (one done, one skipped, two planned) and an empty one.
    func club() -> LadderBuilder {
        var b = LadderBuilder()
        b.ladder("L1", "Feel at home in the running club")
        b.ladder("L2", "Speak up at work")
        b.step("s3", on: "L1", rank: 3, expected: 7, due: "2026-11-30")
        b.step("s1", on: "L1", rank: 1, expected: 3, done: "2026-11-01")
        b.step("s2", on: "L1", rank: 2, expected: 5, skipped: "2026-11-10")
        b.step("s4", on: "L1", rank: 4, expected: 8)
        return b
    }

    @Test func stepsStandInOrderAndTheNextIsTheEasiestStillToDo() {
        let w = club().world
        #expect(w.rungs(of: "L1").map(\.id) == ["s1", "s2", "s3", "s4"])
        #expect(w.rung(of: w.step("s3")!) == 3)
        #expect(w.next(on: "L1")?.id == "s3", "done and skipped steps are passed over")
        #expect(w.next(on: "L2") == nil)
        #expect(w.progress(of: "L1") == ExposureWorld.Progress(done: 1, skipped: 1, total: 4))
        #expect(w.topRank(of: "L1") == 5 && w.topRank(of: "L2") == 1)
        #expect(w.step("s1")?.status == .done && w.step("s2")?.status == .skipped && w.step("s4")?.status == .planned)
    }

    @Test func dueMeansPlannedForTodayOrEarlierEarliestFirst() {
        var b = club()
        b.step("s5", on: "L2", rank: 1, due: "2026-11-24")
        b.step("s6", on: "L2", rank: 2, due: "2026-11-26", done: "2026-11-26")  // done: never due
        let w = b.world
        #expect(w.due(today: day("2026-11-29")).map(\.id) == ["s5"])
        #expect(w.due(today: day("2026-11-30")).map(\.id) == ["s5", "s3"])
        #expect(w.due(today: day("2026-11-23")).isEmpty)
        #expect(ExposureSummary.dueLine(w, today: day("2026-11-23")) == nil)
        #expect(ExposureSummary.dueLine(w, today: day("2026-11-24")) == "A planned step is due today: Step s5.")
        #expect(ExposureSummary.dueLine(w, today: day("2026-11-25")) == "A planned step is waiting since yesterday: Step s5.")
        #expect(ExposureSummary.dueLine(w, today: day("2026-11-27")) == "A planned step is waiting since Tue 24 Nov: Step s5.")
        #expect(ExposureSummary.dueLine(w, today: day("2026-11-30")) == "2 planned steps are due, 1 from earlier days. First: Step s5.")
        #expect(ExposureSummary.dueLine(w, today: day("2026-12-01")) == "2 planned steps are due, all from earlier days. First: Step s5.")
    }

    @Test func aDeletedLadderTakesItsStepsAndAttemptsOutOfView() {
        var b = club()
        b.faced("s1", on: "2026-11-01", expected: 3, felt: 1)
        b.ladders[0].deleted = b.t0
        let w = b.world
        #expect(w.ladders.map(\.id) == ["L2"])
        #expect(w.steps.isEmpty && w.attempts.isEmpty && w.due(today: day("2026-12-31")).isEmpty)
        #expect(ExposureFigures(w).pairs.isEmpty)
    }

    @Test func theGapBetweenExpectedAndFeltInWords() {
        var b = club()
        b.faced("s1", on: "2026-10-01", expected: 6, felt: 3)
        b.faced("s1", on: "2026-10-08", expected: 5, felt: 3)
        b.faced("s3", on: "2026-10-15", expected: 8, felt: 4)
        b.faced("s3", on: "2026-10-22", expected: 7, felt: nil)  // no number: not a pair
        let f = ExposureFigures(b.world)
        #expect(f.pairs.map(\.gap) == [3, 2, 4])
        #expect(f.averageGap == 3)
        #expect(f.gapWords == "Across 3 tries at 2 steps your predictions ran 3 points high: it felt easier than you expected.")

        var low = club()
        low.faced("s1", on: "2026-10-01", expected: 2, felt: 4)
        low.faced("s3", on: "2026-10-02", expected: 5, felt: 6)
        #expect(ExposureFigures(low.world).gapWords?.hasPrefix("Across 2 steps your predictions ran 1.5 points low: it felt harder") == true)

        var close = club()
        close.faced("s1", on: "2026-10-01", expected: 4, felt: 4)
        #expect(ExposureFigures(close.world).gapWords == "On your one step your predictions were close: within half a point of what you felt, on average.")

        var one = club()
        one.faced("s1", on: "2026-10-01", expected: 5, felt: 4)
        #expect(ExposureFigures(one.world).gapWords == "On your one step your predictions ran 1 point high: it felt easier than you expected.")
        #expect(ExposureFigures(club().world).gapWords == nil)
    }

    @Test func howOftenTheFearedThingHappened() {
        var b = club()
        b.faced("s1", on: "2026-10-01", expected: 6, felt: 3, fear: .no, likely: 60)
        b.faced("s1", on: "2026-10-02", expected: 6, felt: 3, fear: .partly, likely: 50)
        b.faced("s3", on: "2026-10-03", expected: 6, felt: 3, fear: .yes, likely: 70)
        b.faced("s3", on: "2026-10-04", expected: 6, felt: 3, fear: .no)
        b.faced("s3", on: "2026-10-05", expected: 6, felt: 3)  // not answered: not counted
        let f = ExposureFigures(b.world)
        #expect(f.fearAnswered == 4 && f.fearYes == 1 && f.fearPartly == 1)
        #expect(f.fearWords == "The thing you feared happened in 1 of 4 tries at 2 steps, and partly in 1. Beforehand you thought it about 60% likely.")

        var none = club()
        none.faced("s1", on: "2026-10-01", expected: 6, felt: 3, fear: .no)
        none.faced("s3", on: "2026-10-02", expected: 6, felt: 3, fear: .no)
        #expect(ExposureFigures(none.world).fearWords == "The thing you feared didn't happen in any of 2 steps.")
        #expect(ExposureFigures(club().world).fearWords == nil)

        var once = club()
        once.faced("s1", on: "2026-10-01", expected: 6, felt: 3, fear: .no)
        #expect(ExposureFigures(once.world).fearWords == "The thing you feared didn't happen on your one step.")
        var twice = club()
        twice.faced("s1", on: "2026-10-01", expected: 6, felt: 3, fear: .partly)
        twice.faced("s1", on: "2026-10-08", expected: 5, felt: 3, fear: .partly)
        #expect(ExposureFigures(twice.world).fearWords == "The thing you feared happened only partly, in each of 2 tries at one step.")
        #expect(ExposureFigures(twice.world).gapWords == "Across 2 tries at one step your predictions ran 2.5 points high: it felt easier than you expected.")
    }

    @Test func howFarUpEachLadderOverTime() {
        var b = club()
        b.faced("s1", on: "2026-10-01", expected: 3, felt: 2)
        b.faced("s3", on: "2026-10-20", expected: 7, felt: 5)
        b.faced("s1", on: "2026-10-10", expected: 3, felt: 1)  // back down a rung: the highest so far stays
        let f = ExposureFigures(b.world)
        #expect(f.climbs.count == 1, "a ladder with nothing faced has no climb yet")
        let c = try! #require(f.climbs.first)
        #expect(c.goal == "Feel at home in the running club" && c.total == 4)
        #expect(c.reached.map(\.rung) == [1, 1, 3])
        #expect(c.reached.map(\.day) == [day("2026-10-01"), day("2026-10-10"), day("2026-10-20")])
        #expect(ExposureFigures.climbWords(c) == "Step 3 of 4 so far, up from step 1 on Thu 1 Oct.")
    }

    @Test func aStepMovedPastWithoutNotesStillCountsAsClimbed() {
        let f = ExposureFigures(club().world)  // s1 done on 1 Nov, never reflected on
        #expect(f.climbs.first?.reached.map(\.rung) == [1])
        #expect(ExposureFigures.climbWords(f.climbs[0]) == "Step 1 of 4 so far.")
    }

    @Test func theWeeklyLetterHearsOfStepsFacedAndLaddersClimbed() {
        var b = club()
        b.faced("s1", on: "2026-10-30", expected: 6, felt: 3, win: "I went")
        b.faced("s3", on: "2026-11-02", expected: 5, felt: 5)
        b.faced("s3", on: "2026-11-03", expected: 4, felt: 6)
        b.faced("s3", on: "2026-11-09", expected: 4, felt: 2)  // the next week
        let lines = ExposureSummary.letterLines(b.world, from: day("2026-10-30"), to: day("2026-11-06"))
        #expect(
            lines == [
                "You faced \"Step s1\": you expected 6 and it felt 3.",
                "You faced \"Step s3\": it felt the 5 you expected.",
                "You faced \"Step s3\": you expected 4 and it felt 6, and you did it anyway.",
                "You moved up a step towards \"Feel at home in the running club\": 1 of 4 done.",
            ])
        #expect(ExposureSummary.letterLines(b.world, from: day("2026-11-10"), to: day("2026-11-17")).isEmpty)
    }

    @Test func editsReorderMoveUpSkipAndRecord() throws {
        let h = try Harness()
        let b = club()
        try h.store.save(b.ladders)
        try h.store.save(b.steps)
        var w = ExposureWorld.load(h.store)
        #expect(ExposureEdits.move(w.step("s4")!, by: -1, world: w, h.ctx))
        w = ExposureWorld.load(h.store)
        #expect(w.rungs(of: "L1").map(\.id) == ["s1", "s2", "s4", "s3"])
        #expect(w.rungs(of: "L1").map(\.rank) == [1, 2, 3, 4])
        #expect(!ExposureEdits.move(w.step("s3")!, by: 1, world: w, h.ctx), "the top step can't go higher")

        #expect(ExposureEdits.toggleSkip(w.step("s2")!, h.ctx))
        #expect(h.store.find(ExposureStep.self, id: "s2")?.status == .planned, "s brings a skipped step back")
        #expect(ExposureEdits.toggleSkip(w.step("s4")!, h.ctx))
        #expect(h.store.find(ExposureStep.self, id: "s4")?.skippedOn == day("2026-11-26"))

        let s3 = try #require(h.store.find(ExposureStep.self, id: "s3"))
        let attempt = ExposureAttempt(
            id: "a1", created: h.wall, stepID: "s3", ladderID: "L1", situation: s3.situation, day: h.ctx.today,
            expected: 7, actual: 4)
        #expect(ExposureEdits.record(attempt, for: s3, h.ctx))
        #expect(h.store.find(ExposureStep.self, id: "s3")?.due == nil, "after facing it, the step waits for a new day or a move up")
        #expect(ExposureEdits.moveUp(h.store.find(ExposureStep.self, id: "s3")!, h.ctx))
        w = ExposureWorld.load(h.store)
        #expect(w.step("s3")?.doneOn == day("2026-11-26"))
        #expect(w.next(on: "L1")?.id == "s2")
    }

    @Test func recordsCheckTheirValues() {
        var s = ExposureStep(id: "x", created: Date(timeIntervalSince1970: 0), ladderID: "L", rank: 1, situation: "", expected: 11, likelihood: 120)
        s.doneOn = day("2026-01-01")
        s.skippedOn = day("2026-01-02")
        #expect(
            s.problems() == [
                "situation: must not be empty", "expected: 11 is outside 0-10", "likelihood: 120 is outside 0-100",
                "skippedOn: a step can't be both done and skipped",
            ])
        let a = ExposureAttempt(
            id: "a", created: Date(timeIntervalSince1970: 0), stepID: "x", ladderID: "L", situation: "Go", day: day("2026-01-01"), actual: -1)
        #expect(a.problems() == ["actual: -1 is outside 0-10"])
        #expect(ExposureLadder(id: "l", created: Date(timeIntervalSince1970: 0), goal: "").problems() == ["goal: must not be empty"])
    }

    @Test func planWords() {
        let today = day("2026-11-26")
        #expect(PlanWords.day(today, today: today) == "today")
        #expect(PlanWords.day(day("2026-11-27"), today: today) == "tomorrow")
        #expect(PlanWords.day(day("2026-11-29"), today: today) == "in 3 days")
        #expect(PlanWords.day(day("2026-12-17"), today: today) == "in 3 weeks")
        #expect(PlanWords.day(day("2026-11-24"), today: today) == "2 days ago")
        #expect(PlanWords.due(day("2026-11-28"), today: today) == "Sat 28 Nov")
    }
}
