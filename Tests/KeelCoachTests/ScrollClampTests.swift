import Testing
import KeelCoach
import KeelTerminal

/// Reading pages keep their scroll within the page: one ↑ after running
/// past the end moves the text at once.
@Suite struct ScrollClampTests {
    func check(_ h: Harness, _ root: @escaping (Context) -> any Screen) {
        let app = h.app(root, size: Size(width: 40, height: 12))
        let top = app.render().lines
        for _ in 0..<60 { app.handle(.down) }
        let end = app.render().lines
        #expect(end != top, "the page is long enough to scroll")
        app.handle(.up)
        let oneUp = app.render().lines
        #expect(oneUp != end, "one ↑ after the end moves the page\n\(oneUp.joined(separator: "\n"))")
        app.handle(.down)
        #expect(app.render().lines == end)
    }

    @Test func theHelpPage() throws {
        let h = try Harness()
        check(h) { HelpScreen(for: CirclesScreen($0)) }
    }

    @Test func theWelcomePage() throws {
        let h = try Harness(welcomeSeen: false)
        check(h) { _ in WelcomeScreen() }
    }
}
