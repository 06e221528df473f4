import Testing
import KeelStore
import KeelTerminal
@testable import KeelCoach

/// Screens rendered in memory and compared with their golden frames (Goldens/).
@Suite struct ScreenTests {
    @Test func homeAt80x24() throws {
        let h = try Harness()
        expectGolden(h.app({ HomeScreen($0) }).render(), "home-80x24")
    }

    @Test func homeAtTheSmallestSize() throws {
        let h = try Harness()
        expectGolden(h.app({ HomeScreen($0) }, size: Size(width: 40, height: 12)).render(), "home-40x12")
    }

    @Test func pickerAt80x24() throws {
        let h = try Harness()
        expectGolden(h.app({ BreathePickerScreen($0) }).render(), "breathe-picker-80x24")
    }

    @Test func breathingTwoSecondsIntoABox() throws {
        let h = try Harness()
        let plan = PacerPlan(pattern: .box, minutes: 1)
        let app = h.app { BreatheSessionScreen(plan: plan, ctx: $0, askCalm: false, still: false) }
        h.clock.advance(seconds: 2)
        expectGolden(app.render(), "breathe-box-2s-80x24")
    }

    @Test func stillModeAtTheSmallestSize() throws {
        let h = try Harness()
        let plan = PacerPlan(pattern: .box, minutes: 1)
        let app = h.app({ BreatheSessionScreen(plan: plan, ctx: $0, askCalm: false, still: true) }, size: Size(width: 40, height: 12))
        h.clock.advance(seconds: 5)
        expectGolden(app.render(), "breathe-still-5s-40x12")
    }

    @Test func tooSmallWindow() throws {
        let h = try Harness()
        expectGolden(h.app({ HomeScreen($0) }, size: Size(width: 30, height: 10)).render(), "app-too-small-30x10")
    }

    @Test func theShapeGrowsAndShrinksWithTheBreath() throws {
        let h = try Harness()
        let plan = PacerPlan(pattern: .box, minutes: 1)
        let app = h.app { BreatheSessionScreen(plan: plan, ctx: $0, askCalm: false, still: false) }
        func dots() -> Int { app.render().lines.joined().filter { $0 == "●" || $0 == "·" }.count }
        let empty = dots()
        h.clock.advance(seconds: 2)
        let half = dots()
        h.clock.advance(seconds: 3)
        let full = dots()
        h.clock.advance(seconds: 5)
        let shrinking = dots()
        #expect(empty < half && half < full && shrinking < full)
        #expect(app.render().contains("Breathe out"))
    }

    @Test func everyScreenFitsEverySizeWithoutCrashing() throws {
        let h = try Harness()
        let roots: [(Context) -> any Screen] = [
            { HomeScreen($0) }, { _ in WelcomeScreen() }, { BreathePickerScreen($0) },
            { BreatheSessionScreen(plan: PacerPlan(pattern: .sigh, minutes: 1), ctx: $0) },
            { BreatheSessionScreen(plan: PacerPlan(pattern: .sigh, minutes: 1), ctx: $0, askCalm: false) },
            { HelpScreen(for: HomeScreen($0)) },
        ]
        let sizes = [(1, 1), (10, 3), (39, 11), (40, 12), (80, 24), (200, 60)].map { Size(width: $0.0, height: $0.1) }
        expectEveryRootFits(h, roots, sizes: sizes)
    }

    @Test func helpNamesTheScreenAndTheSharedKeys() throws {
        let h = try Harness()
        let app = h.app { BreathePickerScreen($0) }
        h.press(app, .char("?"))
        let frame = app.render()
        #expect(frame.line(2) == "  Choosing a breath")
        #expect(frame.contains("Esc        go back one step; what you typed is kept"))
    }
}
