import Foundation
import Testing

/// The content engine, the journal and crisis help in a real terminal.
@Suite(.serialized) struct FlowTerminalTests {
    /// Keeps the person's own ~/.config out of the tests, and the locale plain.
    func env(_ s: Scratch) -> [String: String] { ["XDG_CONFIG_HOME": s.path + "/config", "LANG": "C.UTF-8"] }

    @Test func reframeEndToEndIsFoundInTheExport() throws {
        let s = Scratch()
        let t = try TerminalSession(["reframe", "--data-dir", s.data], env: env(s))
        #expect(t.waitFor("Step 1 of 14 · Pause"), "\(t.text)")
        try t.press("Enter")
        #expect(t.waitFor("How much does it sting right now?"))
        try t.press("7", "Enter")
        #expect(t.waitFor("Enter to begin (about 1 min), s to skip."), "\(t.text)")
        try t.press("s")
        #expect(t.waitFor("What happened?"))
        try t.type("Left out of the lake trip, é 日本 😀")
        #expect(t.waitFor("› Left out of the lake trip, é 日本 😀"), "\(t.text)")
        try t.press("BSpace")
        try t.type("🙂")
        try t.press("Enter")
        #expect(t.waitFor("What story are you telling yourself"))
        try t.type("Nobody wants me there")
        try t.press("Enter")
        #expect(t.waitFor("[ ] Mind reading"))
        try t.press("Down", "Down", "Space")
        #expect(t.waitFor("[x] Overgeneralizing"), "\(t.text)")
        try t.press("Enter", "Enter", "Enter", "Enter", "Enter")  // questions, outside, worth, friend
        #expect(t.waitFor("Who could give you a grounded view of it?"), "\(t.text)")
        try t.type("Sam")
        try t.press("Enter")
        try finishReframe(t, easedTo: 3)
        #expect(t.text.contains("The sting went from 7 to 3. It eased by 4."), "\(t.text)")
        try t.press("Enter")
        #expect(t.exitStatus() == 0)
        let export = try keel(["export", "--data-dir", s.data])
        #expect(export.status == 0)
        #expect(export.out.contains("\"text\" : \"Left out of the lake trip, é 日本 🙂\""), "\(export.out)")
        #expect(export.out.contains("\"stingBefore\" : 7"))
        #expect(export.out.contains("\"stingAfter\" : 3"))
        #expect(export.out.contains("\"overgeneralizing\""))
        let md = try keel(["export", "--data-dir", s.data, "--format", "markdown"])
        #expect(md.out.contains("## Journal"))
        #expect(md.out.contains("Left out of the lake trip, é 日本 🙂"))
    }

    @Test func ctrlCMidwayKeepsADraftOfferedBackNextTime() throws {
        let s = Scratch()
        let t = try TerminalSession(["reframe", "--data-dir", s.data], env: env(s))
        #expect(t.waitFor("Step 1 of 14"))
        try t.press("Enter", "5", "Enter", "s")
        #expect(t.waitFor("What happened?"))
        try t.type("Half a thought")
        #expect(t.waitFor("Half a thought"))
        try t.press("C-c")
        #expect(t.exitStatus() == 130)
        #expect(t.modesAfterExit.contains(" icanon"))
        let again = try TerminalSession(["reframe", "--data-dir", s.data], env: env(s))
        #expect(again.waitFor("didn't finish."), "\(again.text)")
        #expect(again.text.contains("Pick up where you left off  at What happened"))
        try again.press("Enter")
        #expect(again.waitFor("› Half a thought"), "\(again.text)")
    }

    @Test func flowsReadWellAtTheSmallestSizeAndAfterAResize() throws {
        let s = Scratch()
        let t = try TerminalSession(["reframe", "--data-dir", s.data], width: 40, height: 12, env: env(s))
        #expect(t.waitFor("Step 1 of 14 · Pause"), "\(t.text)")
        try t.press("Enter", "4", "Enter", "s", "Enter")
        try t.press("Enter")
        #expect(t.waitFor("A few words are enough"), "\(t.text)")
        try t.type("x")
        try t.press("Enter", "Enter")
        #expect(t.waitFor("[ ] Mind reading"), "\(t.text)")
        #expect(t.screen[11].contains("Space tick"), "the footer is on the last row:\n\(t.text)")
        try t.resize(80, 24)
        #expect(t.waitFor("e.g. “She didn't say hello, so she must find me dull.”"), "\(t.text)")
        try t.resize(30, 10)
        #expect(t.waitFor("Make the window a little"), "\(t.text)")
        try t.resize(40, 12)
        #expect(t.waitFor("[ ] Mind reading"), "\(t.text)")
    }

    @Test func exclamationOpensCrisisHelpThatAStrayKeyCannotClose() throws {
        let s = Scratch()
        let dir = try preparedDataDir(s)
        let t = try TerminalSession(["--data-dir", dir], env: env(s))
        #expect(t.waitFor("Help now"), "\(t.text)")
        try t.press("!")
        #expect(t.waitFor("You don't have to hold this alone."), "\(t.text)")
        #expect(t.text.contains("findahelpline.com"))
        #expect(t.text.contains("Warning signs:"), "the sample's safety plan is shown:\n\(t.text)")
        try t.press("q", "Enter", "x")
        Thread.sleep(forTimeInterval: 0.3)
        #expect(t.text.contains("You don't have to hold this alone."))
        // Keys in the page's first second are let go (the state tests prove it on a test clock).
        Thread.sleep(forTimeInterval: 1.2)
        try t.press("Escape")
        #expect(t.waitFor("Press Esc again to leave this page."))
        try t.press("Escape")
        #expect(t.waitFor("A paced breath to settle your body"), "back home:\n\(t.text)")
    }

    @Test func coachLeadsFromACheckInToTheFittingFlow() throws {
        let s = Scratch()
        let t = try TerminalSession(["coach", "--data-dir", s.data], env: env(s))
        #expect(t.waitFor("How are you right now?"), "\(t.text)")
        try t.press("6", "Enter")
        #expect(t.waitFor("What is going on?"))
        try t.press("Enter")
        #expect(t.waitFor("Step 1 of 14 · Pause"), "\(t.text)")
        try t.press("C-c")
        #expect(t.exitStatus() == 130)
        let export = try keel(["export", "--data-dir", s.data])
        #expect(export.out.contains("\"topic\" : \"rejected\""), "\(export.out)")
        #expect(export.out.contains("\"opened\" : \"flow:reframe\""))
    }

    @Test func contentCheckNamesFilePathAndReasonAndBrokenUserFilesAreSkippedVisibly() throws {
        let s = Scratch()
        let ok = try keel(["content", "check"], env: env(s))
        #expect(ok.status == 0, "\(ok.err)")
        #expect(ok.out.contains("all fine"))
        let flows = s.path + "/config/keel/flows"
        try FileManager.default.createDirectory(atPath: flows, withIntermediateDirectories: true)
        try #"{"format": 1, "id": "mine", "title": "Mine", "summary": "S", "steps": [{"id": "a", "kind": "text"}]}"#
            .write(toFile: flows + "/mine.json", atomically: true, encoding: .utf8)
        let bad = try keel(["content", "check"], env: env(s))
        #expect(bad.status == 1)
        #expect(bad.err.contains("\(flows)/mine.json: steps[0].prompt: a text step needs this"), "\(bad.err)")
        let one = try keel(["content", "check", flows + "/mine.json"], env: env(s))
        #expect(one.status == 1)
        #expect(one.err.contains("keel: Checked 1 file: 1 problem."), "\(one.err)")
        let t = try TerminalSession(["--data-dir", try preparedDataDir(s)], env: env(s))
        #expect(t.waitFor("keel skipped a content file it couldn't use"), "\(t.text)")
        try t.press("p")
        #expect(t.waitFor("Skipped mine.json: steps[0].prompt: a text step needs this"), "\(t.text)")
        #expect(t.text.contains("Boundary script"), "the rest of keel works")
    }
}
