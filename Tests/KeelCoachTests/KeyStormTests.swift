import Testing
import KeelCoach
import KeelStorm
import KeelStore
import KeelTerminal

/// A short key storm on every screen reachable from the home screen (the
/// long one is in `make stress`): no crash, every frame the right width,
/// every draft whole after Ctrl-C.
@Suite struct KeyStormTests {
    /// The home screen (-1) and each of its entries, however many there are.
    @Test func everyHomeEntrySurvivesAStorm() throws {
        let h = try Harness()
        let entries = HomeMenu.entries(h.ctx)
        for entry in -1..<entries.count {
            let storm = KeyStorm(ctx: h.ctx, clock: h.clock, seed: 42 &+ UInt64(entry + 1))
            storm.pasteChance = 0  // the long paste has its own test below
            storm.run(entry: entry, keys: 300)
            let name = entry < 0 ? "Home" : entries[entry].label
            #expect(storm.report.problems.isEmpty, "\(name): \(storm.report.problems.prefix(5))")
            #expect(storm.report.keys > 180 && storm.report.frames > 40, "\(name)")
            if entry >= 0 { #expect(storm.report.screens.count > 1, "\(name) was opened") }
        }
    }

    @Test func aPasteOfTenThousandHostileCharactersIsKeptWholeAsADraft() throws {
        let h = try Harness()
        let app = h.app { FlowScreen(flow: h.flow("reframe"), ctx: $0) }
        var steps = 0
        // A rating, then Enter, until the first text step (the breath can be skipped with Enter).
        while !app.top.capturesText, steps < 20 {
            if app.top is FlowScreen {
                app.handle(Key.char("3"))
                app.handle(Key.enter)
            } else {
                app.handle(Key.escape)  // the breath, ended early
            }
            steps += 1
        }
        #expect(app.top.capturesText, "the reframe flow reaches a text step")
        for ch in HostileText.paste { app.handle(Key.char(ch)) }
        let frame = app.render()
        #expect(FrameCheck.problems(frame).isEmpty)
        let draft = try #require(app.top.draft())
        app.handle(Key.ctrlC)
        #expect(h.store.draft(draft.id)?.state == draft.state)
        let text = try #require(h.store.draft(draft.id).map { "\($0.state)" })
        #expect(text.contains("👩‍👩‍👧‍👦") && text.contains("e\u{301}te\u{301}"))
    }

    @Test func frameCheckCatchesAWideCharacterCutByTheEdge() {
        var b = Buffer(size: Size(width: 4, height: 1))
        b.write("ab日", x: 1, y: 0)
        #expect(FrameCheck.problems(b).isEmpty, "a wide character that doesn't fit is not drawn")
        b.write("日本", x: 0, y: 0)
        #expect(FrameCheck.problems(b).isEmpty)
        // Put in a cell by itself, a wide character in the last column is cut.
        var cut = Buffer(size: Size(width: 4, height: 2))
        cut.fill(Rect(x: 3, y: 1, width: 1, height: 1), with: Cell("日"))
        #expect(FrameCheck.problems(cut) == ["row 1: a wide character cut by the right edge"])
    }

    /// Each kind of broken frame FrameCheck knows, made by hand, is reported once, where it is.
    @Test func frameCheckReportsEachBrokenFrame() {
        func broken(_ change: (inout Buffer) -> Void) -> [String] {
            var b = Buffer(size: Size(width: 6, height: 3))
            b.write("ok 日", x: 0, y: 0)
            change(&b)
            return FrameCheck.problems(b)
        }
        #expect(broken { _ in }.isEmpty, "the frame before it is broken")
        #expect(
            broken { $0.fill(Rect(x: 2, y: 1, width: 1, height: 1), with: Cell("")) }
                == ["row 1 col 2: a continuation cell with no wide character before it"])
        #expect(
            broken { $0.fill(Rect(x: 1, y: 2, width: 1, height: 1), with: Cell("本")) }
                == ["row 2 col 1: a wide character without its second half"])
        #expect(
            broken { $0.fill(Rect(x: 0, y: 1, width: 1, height: 1), with: Cell("\u{301}")) }
                == ["row 1 col 0: \"[\"301\"]\" takes no room"])
        let control = broken { $0.fill(Rect(x: 4, y: 2, width: 1, height: 1), with: Cell("\u{1B}")) }
        #expect(control.contains("row 2 col 4: a control character in a cell"), "\(control)")
        #expect(broken { $0.cursor = Point(x: 6, y: 0) } == ["the cursor (6, 0) is off screen"])
        #expect(broken { $0.cursor = Point(x: 0, y: -1) } == ["the cursor (0, -1) is off screen"])
        #expect(broken { $0.cursor = Point(x: 5, y: 2) }.isEmpty, "the last cell is on screen")
    }
}
