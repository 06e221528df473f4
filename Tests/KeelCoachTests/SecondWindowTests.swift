import Foundation
import KeelStore
import KeelTerminal
import Testing
@testable import KeelCoach

/// A second keel on data another keel holds, a draft kept while typing, and
/// keys pressed while the window is too small.
@Suite struct SecondWindowTests {
    /// A second Context on the harness's folder while the harness's store holds the lock.
    func secondWindow(_ h: Harness) throws -> Context {
        let store = try Store(root: h.dir)
        return Context(store: store, content: h.ctx.content, clock: h.clock, now: { h.wall }, calendar: .utc)
    }

    @Test func theFirstScreenSaysAnotherKeelIsOpenBeforeAnyKey() throws {
        let h = try Harness()
        let ctx = try secondWindow(h)
        let app = App(ctx: ctx, root: SecondWindowScreen.first(HomeScreen(ctx), ctx), size: Size(width: 80, height: 24))
        let frame = app.render()
        #expect(frame.line(0).contains("Another keel is open"))
        #expect(frame.line(0).hasSuffix("saving aside"), "\(frame.dump)")
        #expect(frame.contains("keel is already open on your data in another window"))
        #expect(frame.contains("is kept in a side file"), "\(frame.dump)")
        app.handle(.key(.enter))
        #expect(app.top is HomeScreen)
        #expect(app.render().contains("Another keel is open on this data. What you save here is kept in a side file"))
    }

    @Test func withTheLockThereIsNoFirstScreen() throws {
        let h = try Harness()
        #expect(SecondWindowScreen.first(HomeScreen(h.ctx), h.ctx) is HomeScreen)
    }

    @Test func aWinWrittenInTheSecondWindowIsKeptAndSavedOnceTheFirstCloses() throws {
        let h = try Harness()
        let ctx = try secondWindow(h)
        #expect(!ctx.isReadOnly, "saving works: into the side file")
        let app = App(ctx: ctx, root: WinScreen(ctx), size: Size(width: 80, height: 24))
        for ch in "went to the meetup" { app.handle(.key(.char(ch))) }
        app.handle(.key(.enter))
        #expect(ctx.store.sideFile != nil)
        #expect(h.store.all(SmallWin.self).isEmpty, "not in the data files yet")
        h.store.close()
        // The next save tries the lock again and writes normally.
        let next = App(ctx: ctx, root: WinScreen(ctx), size: Size(width: 80, height: 24))
        for ch in "said no kindly" { next.handle(.key(.char(ch))) }
        next.handle(.key(.enter))
        #expect(!ctx.store.isWaitingForLock)
        let reread = try Store(root: h.dir)
        #expect(Set(reread.all(SmallWin.self).map(\.text)) == ["went to the meetup", "said no kindly"])
    }

    @Test func ctrlCInTheSecondWindowKeepsTheDraftInTheSideFile() throws {
        let h = try Harness()
        let ctx = try secondWindow(h)
        let app = App(ctx: ctx, root: WinScreen(ctx), size: Size(width: 80, height: 24))
        for ch in "half a win" { app.handle(.key(.char(ch))) }
        app.handle(.key(.ctrlC))
        ctx.store.close()
        h.store.close()
        let next = try Store(root: h.dir)
        #expect(next.draft(WinScreen.draftID)?.state["text"]?.string == "half a win")
        #expect(next.takeBroughtIn().drafts == 1)
    }

    @Test func homeBringsInAQuickCaptureWhenItComesBack() throws {
        let h = try Harness()
        let app = h.app { HomeScreen($0) }
        h.press(app, .char("b"))  // any screen over home
        let shell = try Store(root: h.dir)  // `keel win` while keel is open
        try shell.save(SmallWin(id: "w1", created: h.wall, day: h.ctx.today, text: "from the shell"))
        shell.close()
        h.press(app, .escape)
        #expect(app.top is HomeScreen)
        #expect(h.store.all(SmallWin.self).map(\.text) == ["from the shell"])
        #expect(h.ctx.flash == "Brought in 1 entry kept while keel was open in another window.")
    }

    // MARK: - Autosave

    @Test func theDraftLandsAfterAPauseAndNotOnEveryKey() throws {
        let h = try Harness()
        var writes: [Double] = []
        let start = h.clock.now()
        h.store.didWrite = { if $0 == "drafts.json" { writes.append(h.clock.now().seconds(since: start)) } }
        let app = h.app { WinScreen($0) }
        h.run(app) { b in
            for (i, ch) in "a brave call".enumerated() {  // 12 keys, 0.3 s apart: the last at 3.3 s
                if i > 0 { b.wait(0.3) }
                b.type(String(ch))
            }
            b.wait(2.5)
            b.wait(30)  // a long idle: nothing more is written
        }
        // One save 2 s after the last key, then the one on the way out (the script ends with a terminate).
        #expect(writes.count == 2, "\(writes)")
        #expect(abs((writes.first ?? 0) - 5.3) < 0.001, "\(writes)")
        #expect(abs((writes.last ?? 0) - 35.8) < 0.001, "\(writes)")
        #expect(h.store.draft(WinScreen.draftID)?.state["text"]?.string == "a brave call")
    }

    @Test func autosaveNeedsNoTimerWhileIdleAndDoesNotTickTheScreenEarly() throws {
        let h = try Harness()
        let app = h.app { WinScreen($0) }
        #expect(app.nextWake() == nil, "nothing typed: the loop blocks")
        app.handle(.key(.char("x")))
        let wake = try #require(app.nextWake())
        #expect(wake == h.clock.now().adding(seconds: Autosave.pause))
        h.clock.advance(seconds: Autosave.pause)
        app.tick()
        #expect(h.store.draft(WinScreen.draftID)?.state["text"]?.string == "x")
        #expect(app.nextWake() == nil, "after the save the loop blocks again")
    }

    @Test func anEmptiedFieldTakesTheAutosavedDraftAway() throws {
        let h = try Harness()
        let app = h.app { WinScreen($0) }
        app.handle(.key(.char("x")))
        h.clock.advance(seconds: 3)
        _ = app.nextWake()
        app.tick()
        #expect(h.store.draft(WinScreen.draftID) != nil)
        app.handle(.key(.backspace))
        h.clock.advance(seconds: 3)
        _ = app.nextWake()
        app.tick()
        #expect(h.store.draft(WinScreen.draftID) == nil)
    }

    @Test func helpOnTopNeverClearsTheDraftBeneath() throws {
        let h = try Harness()
        let app = h.app { WinScreen($0) }
        app.handle(.key(.char("x")))
        h.clock.advance(seconds: 3)
        _ = app.nextWake()
        app.tick()
        app.handle(.key(.function(1)))
        #expect(app.top is HelpScreen)
        h.clock.advance(seconds: 3)
        _ = app.nextWake()
        app.tick()
        #expect(h.store.draft(WinScreen.draftID) != nil)
    }

    // MARK: - A window too small

    @Test func textTypedWhileTooSmallReachesTheField() throws {
        let h = try Harness()
        let app = h.app({ WinScreen($0) }, size: Size(width: 30, height: 10))
        h.type(app, "kept")
        app.handle(.key(.ctrlC))
        #expect(h.store.draft(WinScreen.draftID)?.state["text"]?.string == "kept")
    }

    @Test func otherKeysWaitUntilTheWindowIsLargeEnough() throws {
        let h = try Harness()
        let app = h.app({ WinScreen($0) }, size: Size(width: 30, height: 10))
        h.type(app, "one")
        app.handle(.key(.enter))
        h.type(app, "x")  // after a held key, so held too: the order stays
        #expect(h.store.all(SmallWin.self).isEmpty, "nothing acted on while nothing can be seen")
        #expect(app.heldKeys == 2)
        #expect(app.render().contains("2 keys you pressed wait"), "\(app.render().dump)")
        app.handle(.resize(Size(width: 80, height: 24)))
        #expect(app.heldKeys == 0)
        #expect(h.store.all(SmallWin.self).map(\.text) == ["one"])
    }
}

@Suite struct SecondWindowGoldenTests {
    @Test func theNoticeAt80x24() throws {
        let h = try Harness()
        let ctx = Context(store: try Store(root: h.dir), content: h.ctx.content, clock: h.clock, now: { h.wall }, calendar: .utc)
        let app = App(ctx: ctx, root: SecondWindowScreen.first(HomeScreen(ctx), ctx), size: Size(width: 80, height: 24))
        expectGolden(app.render(), "second-window-notice-80x24")
        expectEveryRootFits(
            h, [{ _ in SecondWindowScreen(then: HomeScreen(ctx)) }],
            sizes: [Size(width: 40, height: 12), Size(width: 200, height: 60), Size(width: 30, height: 8)])
    }
}
