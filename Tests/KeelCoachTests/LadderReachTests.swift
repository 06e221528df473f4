import Foundation
import Testing
import KeelStore
import KeelTerminal
@testable import KeelCoach

/// A faced step can be finished after "Decide later", and a step not gone
/// to has a kind way on.
@Suite struct LadderReachTests {
    /// One ladder: a step faced once and left to decide later, one never faced.
    func ladder(_ h: Harness) throws {
        try h.store.save(ExposureLadder(id: "L1", created: h.wall.addingTimeInterval(-9 * 86400), goal: "Feel at home at choir"))
        let faced = ExposureStep(
            id: "s1", created: h.wall.addingTimeInterval(-9 * 86400), ladderID: "L1", rank: 1,
            situation: "Stay for the tea after rehearsal, even if only for ten minutes and a biscuit", expected: 5)
        let fresh = ExposureStep(
            id: "s2", created: h.wall.addingTimeInterval(-8 * 86400), ladderID: "L1", rank: 2, situation: "Sit beside someone new",
            due: CivilDate(year: 2026, month: 11, day: 26))
        try h.store.save([faced, fresh])
        try h.store.save(
            ExposureAttempt(
                id: "a1", created: h.wall.addingTimeInterval(-2 * 86400), stepID: "s1", ladderID: "L1", situation: faced.situation,
                day: CivilDate(year: 2026, month: 11, day: 24), expected: 5, actual: 3))
        h.store.reload()
    }

    @Test func mMarksAFacedStepDoneAndTakesItBack() throws {
        let h = try Harness()
        try ladder(h)
        let app = h.app({ LadderScreen(ladderID: "L1", $0) }, size: Size(width: 80, height: 24))
        h.press(app, .down)  // s1, the easier, at the bottom
        #expect(app.render().lines.last?.contains("m done") == true, "\(app.render().dump)")
        h.press(app, .char("m"))
        #expect(h.store.find(ExposureStep.self, id: "s1")?.status == .done)
        #expect(app.render().lines.last?.contains("m not done") == true, "\(app.render().dump)")
        h.press(app, .char("m"))
        #expect(h.store.find(ExposureStep.self, id: "s1")?.status == .planned)
    }

    @Test func aStepNeverFacedIsNotMarkedDone() throws {
        let h = try Harness()
        try ladder(h)
        let app = h.app({ LadderScreen(ladderID: "L1", $0) }, size: Size(width: 80, height: 24))
        h.press(app, .up)  // s2
        #expect(app.render().lines.last?.contains("m done") == false)
        h.press(app, .char("m"))
        #expect(h.store.find(ExposureStep.self, id: "s2")?.status == .planned)
        #expect(app.render().text.contains("once you have faced it"), "\(app.render().dump)")
    }

    @Test func theSelectedStepIsReadWholeAtEverySize() throws {
        let h = try Harness()
        try ladder(h)
        for size in [Size(width: 40, height: 12), Size(width: 80, height: 24)] {
            let app = h.app({ LadderScreen(ladderID: "L1", $0) }, size: size)
            h.press(app, .down)
            let frame = app.render()
            expectFits(frame, size, "ladder at \(size)")
            #expect(frame.text.contains("biscuit"), "the end of the selected step's words\n\(frame.dump)")
        }
    }

    @Test func decideLaterSaysHowToFinishIt() throws {
        let h = try Harness()
        try ladder(h)
        let app = h.app({ NextMoveScreen(attemptID: "a1", $0) }, size: Size(width: 80, height: 24))
        h.press(app, .down, .down, .enter)
        #expect(h.ctx.flash?.contains("m there marks it done") == true)
    }

    @Test func notGoingLeadsToAnotherDayWithoutAScore() throws {
        let h = try Harness()
        try ladder(h)
        let app = h.app({ LadderScreen(ladderID: "L1", $0) }, size: Size(width: 80, height: 24))
        h.press(app, .up, .enter)  // s2, just before
        #expect(app.render().text.contains("n  I didn't go this time"), "\(app.render().dump)")
        h.press(app, .char("n"))
        #expect(app.top is NotThisTimeScreen)
        let frame = app.render()
        #expect(frame.text.contains("That's all right."), "\(frame.dump)")
        #expect(frame.text.contains("Another day"))
        h.press(app, .enter)
        let form = try #require(app.top as? FormScreen<StepEditor>)
        #expect(form.form.fields[form.form.focus].key == "due", "straight to the day")
        #expect(h.store.all(ExposureAttempt.self).count == 1, "nothing is recorded against them")
        h.press(app, .escape)
        #expect(app.top is LadderScreen)
    }

    @Test func notGoingCanSetTheStepAside() throws {
        let h = try Harness()
        try ladder(h)
        let app = h.app({ LadderScreen(ladderID: "L1", $0) }, size: Size(width: 40, height: 12))
        h.press(app, .up, .enter, .char("n"))
        expectFits(app.render(), Size(width: 40, height: 12), "not this time, small")
        #expect(app.render().text.contains("Set it aside"), "\(app.render().dump)")
        h.press(app, .down, .enter)
        #expect(h.store.find(ExposureStep.self, id: "s2")?.status == .skipped)
        #expect(app.top is LadderScreen)
    }
}
