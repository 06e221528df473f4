import Testing
import KeelCoach
import KeelStore
import KeelTerminal

/// Routes: a screen asks for another practice's screen by name, and the app
/// builds it from the opener that practice installed.
@Suite struct RouteTests {
    /// A screen that asks for a route on Enter, in its place on r.
    struct Asker: Screen {
        var route: Route
        var title: String { "Asker" }
        var hints: [KeyHint] { [] }
        var help: Help { Help("Asker", []) }
        mutating func handle(_ key: Key, _ ctx: Context) -> Transition {
            switch key {
            case .enter: return .go(route)
            case .char("r"): return .goInstead(route)
            default: return .unhandled
            }
        }
        func render(into buffer: inout Buffer, in area: Rect, _ ctx: Context) {}
    }

    @Test func aRouteOpensWhatItsPracticeInstalledOnTopOrInPlace() throws {
        let h = try Harness()
        let app = h.app { _ in Asker(route: .win(source: "test")) }
        h.press(app, .enter)
        #expect(app.top is WinScreen && app.stack.count == 2)
        h.press(app, .escape)
        h.press(app, .char("r"))
        #expect(app.top is WinScreen && app.stack.count == 1, "goInstead takes the asker's place")
    }

    @Test func aRouteNobodyInstalledStaysPut() throws {
        let h = try Harness()
        h.ctx.installed.openers[.wins] = nil
        let app = h.app { _ in Asker(route: .win(source: "test")) }
        h.press(app, .enter)
        #expect(app.top is Asker && app.stack.count == 1)
        #expect(!h.ctx.canOpen(.win(source: "home")) && h.ctx.canOpen(.journal))
    }

    @Test func homeListsOnlyThePracticesThatAreInstalled() throws {
        let h = try Harness()
        let all = HomeMenu.entries(h.ctx).map(\.label)
        #expect(all.contains("Small win") && all.contains("Journal"))
        h.ctx.installed.openers[.wins] = nil
        let without = HomeMenu.entries(h.ctx).map(\.label)
        #expect(!without.contains("Small win") && !without.contains("Your wins") && without.count == all.count - 2)
    }

    @Test func aContactNotedAfterALadderStepReachesTheCircleMap() throws {
        let h = try Harness()
        try h.store.save(Person(id: "p1", created: h.wall, name: "Dana", circleIDs: [], ring: .inner))
        struct Toucher: Screen {
            var title: String { "Toucher" }
            var hints: [KeyHint] { [] }
            var help: Help { Help("Toucher", []) }
            mutating func handle(_ key: Key, _ ctx: Context) -> Transition {
                ctx.report(.inTouch(personID: "p1"))
                return .stay
            }
            func render(into buffer: inout Buffer, in area: Rect, _ ctx: Context) {}
        }
        let app = h.app { _ in Toucher() }
        h.press(app, .enter)
        #expect(h.store.all(Person.self).first?.lastContact == h.ctx.today)
        #expect(app.outcomes.first == .inTouch(personID: "p1"))
        #expect(h.store.all(ContactLog.self).count == 1)
    }
}
