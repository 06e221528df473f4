import Foundation
import Testing
import KeelStore
import KeelTerminal
@testable import KeelCoach

/// Footers keep what matters most at every width from 40 columns: help
/// now and the way out always, then the screen's main action and its
/// keys, then help.
@Suite struct FooterOrderTests {
    static let sizes = [Size(width: 40, height: 12), Size(width: 80, height: 24)]

    func footer(_ h: Harness, _ size: Size, _ root: @escaping (Context) -> any Screen, keys: [Key] = []) -> String {
        let app = h.app(root, size: size)
        for k in keys { app.handle(k) }
        return app.render().lines.last ?? ""
    }

    func expectKept(_ footer: String, _ wanted: [String], _ label: String, sourceLocation: SourceLocation = #_sourceLocation) {
        for w in wanted { #expect(footer.contains(w), "\(label): \(w) in \"\(footer)\"", sourceLocation: sourceLocation) }
    }

    @Test func helpNowAndTheWayOutStayEverywhere() throws {
        let h = try Harness()
        try InnerWorthFixture.fill(h)
        try h.store.save(ExposureLadder(id: "L1", created: h.wall, goal: "Speak up at work"))
        try h.store.save(ExposureStep(id: "s1", created: h.wall, ladderID: "L1", rank: 1, situation: "Ask one question"))
        h.store.reload()
        let screens: [(String, (Context) -> any Screen, [Key], [String])] = [
            ("breathe picker", { BreathePickerScreen($0) }, [], ["! help now", "Esc back"]),
            ("breathing", { BreatheSessionScreen(plan: PacerPlan(pattern: .sigh, minutes: 1), ctx: $0, askCalm: false) }, [], ["! help now", "Esc end"]),
            ("ladder", { LadderScreen(ladderID: "L1", $0) }, [], ["! help now", "Esc back", "Enter open"]),
            ("journal", { JournalScreen($0) }, [], ["! help now", "Esc back", "Enter read"]),
            ("welcome", { _ in WelcomeScreen() }, [], ["! help now", "q quit", "Enter begin"]),
            ("insights", { InsightsScreen($0) }, [], ["! help now", "Esc back"]),
            ("home", { HomeScreen($0) }, [], ["! help now", "q quit", "Enter choose"]),
        ]
        for size in Self.sizes {
            for (label, root, keys, wanted) in screens {
                expectKept(footer(h, size, root, keys: keys), wanted, "\(label) at \(size)")
            }
        }
    }

    @Test func theDraftOfferKeepsHelpNow() throws {
        let h = try Harness()
        let first = h.app({ FlowScreen(flow: h.flow("reframe"), ctx: $0) })
        h.press(first, .enter, .char("8"), .enter, .escape, .escape, .escape)
        for size in Self.sizes {
            expectKept(footer(h, size, { FlowScreen(flow: h.flow("reframe"), ctx: $0) }), ["! help now", "Esc back", "Enter choose"], "offer at \(size)")
        }
    }

    @Test func theLadderNamesDeleteUndoAndGoalAt80() throws {
        let h = try Harness()
        try h.store.save(ExposureLadder(id: "L1", created: h.wall, goal: "Speak up at work"))
        try h.store.save([
            ExposureStep(id: "s1", created: h.wall, ladderID: "L1", rank: 1, situation: "Ask one question"),
            ExposureStep(id: "s2", created: h.wall, ladderID: "L1", rank: 2, situation: "Share one idea"),
        ])
        h.store.reload()
        let size = Size(width: 80, height: 24)
        expectKept(footer(h, size, { LadderScreen(ladderID: "L1", $0) }), ["d delete", "g goal", "Esc back", "! help now"], "ladder")
        expectKept(footer(h, size, { LadderScreen(ladderID: "L1", $0) }, keys: [.char("d")]), ["u undo", "Esc back", "! help now"], "after a delete")
    }

    @Test func theCircleMapNamesItsArrows() throws {
        let h = try Harness()
        try CircleFixture.fill(h)
        expectKept(footer(h, Size(width: 120, height: 40), { CirclesScreen($0) }), ["←→ circles", "Esc back"], "map")
    }

    @Test func orderDropsHelpThenArrowsThenTheLastKeys() {
        let hints = [Hints.move, KeyHint("Enter", "open"), KeyHint("a", "add"), KeyHint("e", "edit"), Hints.back, Hints.help, Hints.crisis]
        #expect(FooterOrder.fitting(hints, width: 200) == hints)
        #expect(
            FooterOrder.fitting(hints, width: 60) == [
                Hints.move, KeyHint("Enter", "open"), KeyHint("a", "add"), KeyHint("e", "edit"), Hints.back, Hints.crisis,
            ])
        #expect(FooterOrder.fitting(hints, width: 50) == [KeyHint("Enter", "open"), KeyHint("a", "add"), KeyHint("e", "edit"), Hints.back, Hints.crisis])
        #expect(FooterOrder.fitting(hints, width: 39) == [KeyHint("Enter", "open"), KeyHint("a", "add"), Hints.back, Hints.crisis])
        #expect(FooterOrder.fitting(hints, width: 38) == [KeyHint("Enter", "open"), Hints.back, Hints.crisis])
        #expect(FooterOrder.fitting(hints, width: 20) == [Hints.back, Hints.crisis])
    }
}
