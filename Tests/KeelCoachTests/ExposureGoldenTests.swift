import Foundation
import Testing
import KeelStore
import KeelTerminal
@testable import KeelCoach

/// The step ladder screens on the sample (seed 7, six months to Thursday 26
/// November 2026), rendered at 80x24 and at the smallest size and compared
/// with their golden frames (Goldens/).
@Suite struct ExposureGoldenTests {
    /// The ladders, the Spanish ladder, the due step's plan, the reflection, what next, the numbers.
    func frames(_ size: Size) throws -> [Buffer] {
        let h = try Harness.sampled()
        let app = h.app({ ExposeScreen($0) }, size: size)
        var out = [app.render()]
        h.press(app, .down, .down)
        h.press(app, .enter)
        out.append(app.render())
        h.press(app, .enter)
        out.append(app.render())
        h.press(app, .enter, .char("3"), .tab)
        h.type(app, "Talked with Elif about her trip, é 日本 😀")
        out.append(app.render())
        h.press(app, .tab, .right, .enter)
        out.append(app.render())
        h.press(app, .down, .down, .enter, .escape)
        h.press(app, .char("l"))
        out.append(app.render())
        return out
    }

    @Test func at80x24() throws {
        let f = try frames(Size(width: 80, height: 24))
        expectGolden(f[0], "exposure-ladders-80x24")
        expectGolden(f[1], "exposure-ladder-80x24")
        expectGolden(f[2], "exposure-just-before-80x24")
        expectGolden(f[3], "exposure-after-80x24")
        expectGolden(f[4], "exposure-next-80x24")
        expectGolden(f[5], "exposure-numbers-80x24")
    }

    @Test func atTheSmallestSize() throws {
        let f = try frames(Size(width: 40, height: 12))
        expectGolden(f[0], "exposure-ladders-40x12")
        expectGolden(f[1], "exposure-ladder-40x12")
        expectGolden(f[2], "exposure-just-before-40x12")
        expectGolden(f[3], "exposure-after-40x12")
        expectGolden(f[4], "exposure-next-40x12")
        expectGolden(f[5], "exposure-numbers-40x12")
    }

    @Test func theExamplesAndAnEmptyStart() throws {
        let h = try Harness()
        let app = h.app { ExposeScreen($0) }
        expectGolden(app.render(), "exposure-empty-80x24")
        let small = h.app({ ExposeScreen($0) }, size: Size(width: 40, height: 12))
        expectGolden(small.render(), "exposure-empty-40x12")
        let picker = h.app({ ExamplePickerScreen(catalog: $0.content.catalog(ExamplePickerScreen.catalogID)!, ladderID: "L") })
        h.press(picker, .right, .down, .char(" "))
        expectGolden(picker.render(), "exposure-examples-80x24")
    }

    @Test func everyLadderScreenFitsEverySize() throws {
        let h = try Harness.sampled()
        let w = ExposureWorld.load(h.store)
        let ladder = w.ladders[0].id, step = w.rungs(of: ladder)[3]
        let attempt = w.attempts.last!.id
        let roots: [(Context) -> any Screen] = [
            { ExposeScreen($0) }, { LadderScreen(ladderID: ladder, $0) }, { JustBeforeScreen(stepID: step.id, $0) },
            { FormScreen(AfterEditor(step: step, $0), $0) }, { FormScreen(StepEditor(original: step, ladderID: ladder, $0), $0) },
            { FormScreen(GoalEditor(original: nil, $0), $0) }, { NextMoveScreen(attemptID: attempt, $0) }, { LearningScreen($0) },
            { ExamplePickerScreen(catalog: $0.content.catalog(ExamplePickerScreen.catalogID)!, ladderID: ladder) },
            { WideningToLadderScreen(WideningSteps.current($0.store)!, $0) },
        ]
        let sizes = [(1, 1), (10, 3), (39, 11), (40, 12), (59, 19), (60, 20), (80, 24), (120, 40), (200, 60)]
        expectEveryRootFits(h, roots, sizes: sizes.map { Size(width: $0.0, height: $0.1) })
    }
}
