import Testing
import KeelStore
import KeelTerminal
@testable import KeelCoach

/// The circle screens rendered on a small hand-made map (CircleFixture) and
/// compared with their golden frames; every size is tried on the sample.
@Suite struct CircleScreenTests {
    @Test func theMapAt80x24() throws {
        let h = try CircleFixture.harness()
        expectGolden(h.app { CirclesScreen($0) }.render(), "circles-map-80x24")
    }

    @Test func theMapUsesTheRoomOf120x40() throws {
        let h = try CircleFixture.harness()
        expectGolden(h.app({ CirclesScreen($0) }, size: Size(width: 120, height: 40)).render(), "circles-map-120x40")
    }

    @Test func aSmallWindowShowsTheList() throws {
        let h = try CircleFixture.harness()
        expectGolden(h.app({ CirclesScreen($0) }, size: Size(width: 40, height: 12)).render(), "circles-list-40x12")
    }

    @Test func insightsAt80x24() throws {
        let h = try CircleFixture.harness()
        let app = h.app { CirclesScreen($0) }
        h.press(app, .char("i"))
        expectGolden(app.render(), "circles-insights-80x24")
    }

    @Test func theCircleFormAt80x24() throws {
        let h = try CircleFixture.harness()
        let app = h.app { CirclesScreen($0) }
        h.press(app, .enter)
        expectGolden(app.render(), "circles-circle-form-80x24")
    }

    @Test func thePersonFormAtTheSmallestSize() throws {
        let h = try CircleFixture.harness()
        let app = h.app({ CirclesScreen($0) }, size: Size(width: 40, height: 12))
        h.press(app, .down, .enter, .tab)
        expectGolden(app.render(), "circles-person-form-40x12")
    }

    @Test func theSelectionIsShownWithoutColour() throws {
        let h = try CircleFixture.harness()
        let app = h.app { CirclesScreen($0) }
        #expect(app.render().style(of: "♣ Bouldering gym")?.reverse == true, "the selected circle's label is in reverse video")
        h.press(app, .down)
        let frame = app.render()
        #expect(frame.text.contains("Sam"), "the selected person is named on the map")
        #expect(frame.style(of: "Sam")?.bold == true)
    }

    @Test func everyCircleScreenFitsEverySize() throws {
        let h = try Harness.sampled()
        let world = CircleWorld.load(h.store)
        let roots: [(Context) -> any Screen] = [
            { CirclesScreen($0) }, { InsightsScreen($0) },
            { FormScreen(CircleEditor(original: world.circles.first, world: world), $0) },
            { FormScreen(PersonEditor(original: world.people.first, world: world), $0) },
            { StepPickerScreen(catalog: $0.content.catalog(WideningSteps.catalogID)!, world: world, current: nil) },
        ]
        let sizes = [(1, 1), (10, 3), (39, 11), (40, 12), (59, 19), (60, 20), (80, 24), (120, 40), (200, 60)]
        expectEveryRootFits(h, roots, sizes: sizes.map { Size(width: $0.0, height: $0.1) })
        let empty = try Harness()
        for (w, hgt) in [(40, 12), (80, 24)] {
            #expect(empty.app({ CirclesScreen($0) }, size: Size(width: w, height: hgt)).render().text.contains("Nobody here yet"))
        }
    }
}
