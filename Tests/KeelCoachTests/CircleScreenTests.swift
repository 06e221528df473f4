import Testing
import KeelStore
import KeelTerminal
@testable import KeelCoach

/// The circle screens rendered on the sample map and compared with
/// expected lines (CircleGoldens.swift).
@Suite struct CircleScreenTests {
    @Test func theMapAt80x24() throws {
        let h = try Harness.sampled()
        expectFrame(h.app { CirclesScreen($0) }.render(), CircleGoldens.circlesMap80x24)
    }

    @Test func theMapUsesTheRoomOf120x40() throws {
        let h = try Harness.sampled()
        expectFrame(h.app({ CirclesScreen($0) }, size: Size(width: 120, height: 40)).render(), CircleGoldens.circlesMap120x40)
    }

    @Test func aSmallWindowShowsTheList() throws {
        let h = try Harness.sampled()
        expectFrame(h.app({ CirclesScreen($0) }, size: Size(width: 40, height: 12)).render(), CircleGoldens.circlesList40x12)
    }

    @Test func insightsAt80x24() throws {
        let h = try Harness.sampled()
        let app = h.app { CirclesScreen($0) }
        h.press(app, .char("i"))
        expectFrame(app.render(), CircleGoldens.circlesInsights80x24)
    }

    @Test func theCircleFormAt80x24() throws {
        let h = try Harness.sampled()
        let app = h.app { CirclesScreen($0) }
        h.press(app, .enter)
        expectFrame(app.render(), CircleGoldens.circleForm80x24)
    }

    @Test func thePersonFormAtTheSmallestSize() throws {
        let h = try Harness.sampled()
        let app = h.app({ CirclesScreen($0) }, size: Size(width: 40, height: 12))
        h.press(app, .down, .enter, .tab)
        expectFrame(app.render(), CircleGoldens.personForm40x12)
    }

    @Test func theSelectionIsShownWithoutColour() throws {
        let h = try Harness.sampled()
        let app = h.app { CirclesScreen($0) }
        #expect(app.render().style(of: "♣ Bouldering gym")?.reverse == true, "the selected circle's label is in reverse video")
        h.press(app, .down)
        let frame = app.render()
        #expect(frame.text.contains("Kofi"), "the selected person is named on the map")
        #expect(frame.style(of: "Kofi")?.bold == true)
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
