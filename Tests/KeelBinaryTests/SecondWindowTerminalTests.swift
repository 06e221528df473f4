import Foundation
import Testing

/// Never losing what was typed, in a real terminal: a second keel on data
/// another keel holds, `keel win` while keel is open, signals, crashes.
@Suite(.serialized) struct SecondWindowTerminalTests {
    func env(_ s: Scratch) -> [String: String] { ["XDG_CONFIG_HOME": s.path + "/config", "LANG": "C.UTF-8"] }

    func sideFiles(_ dir: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: dir + "/this-device/pending")) ?? []).filter { $0.hasSuffix(".json") }
    }

    func export(_ dir: String) throws -> String { try keel(["export", "--data-dir", dir]).out }

    /// 0 once keel has left the alternate screen (tmux's own flag).
    func alternateScreen(_ t: TerminalSession) -> String {
        ((try? t.tmux(["display-message", "-p", "-t", "t", "#{alternate_on}"])) ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
    }

    func expectRestored(_ t: TerminalSession, _ label: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let modes = t.modesAfterExit
        #expect(modes.contains(" icanon") && modes.contains(" echo ") && modes.contains(" isig"), "\(label): \(modes)", sourceLocation: sourceLocation)
        #expect(alternateScreen(t) == "0", "\(label): still in the alternate screen", sourceLocation: sourceLocation)
    }

    @Test func aSecondKeelSaysSoBeforeTheFirstKey() throws {
        let s = Scratch()
        let dir = try preparedDataDir(s)
        let first = try TerminalSession(["--data-dir", dir], env: env(s))
        #expect(first.waitFor("A paced breath"))
        let second = try TerminalSession(["--data-dir", dir], env: env(s))
        #expect(second.waitFor("keel is already open on your data in another window"), "\(second.text)")
        #expect(second.text.contains("is kept in a side file"), "\(second.text)")
        #expect(second.screen[0].contains("Another keel is open"))
        #expect(second.screen[0].hasSuffix("saving aside"), "\(second.screen[0])")
        try second.press("Enter")
        #expect(second.waitFor("Another keel is open on this data. What you save here is kept in a side"), "\(second.text)")
    }

    @Test func aWinWrittenThereIsSavedOnceTheFirstKeelCloses() throws {
        let s = Scratch()
        let dir = try preparedDataDir(s)
        let first = try TerminalSession(["--data-dir", dir], env: env(s))
        #expect(first.waitFor("A paced breath"))
        let second = try TerminalSession(["win", "--data-dir", dir], env: env(s))
        #expect(second.waitFor("Another keel is open"), "\(second.text)")
        try second.press("Enter")
        #expect(second.waitFor("What did you do"), "\(second.text)")
        try second.type("spoke up at the stand-up")
        #expect(second.waitFor("spoke up at the stand-up"))
        try first.press("q")
        #expect(first.exitStatus() == 0)
        try second.press("Enter")  // the lock is tried again before the save: now free
        #expect(second.exitStatus() == 0, "\(second.text)")
        #expect(try export(dir).contains("spoke up at the stand-up"))
        #expect(sideFiles(dir).isEmpty)
    }

    @Test func aPracticeLeftThereIsBroughtInAndOfferedByTheNextKeel() throws {
        let s = Scratch()
        let dir = s.data
        let first = try TerminalSession(["--data-dir", dir], env: env(s))
        #expect(first.waitFor("Welcome to keel."))
        let second = try TerminalSession(["reframe", "--data-dir", dir], env: env(s))
        #expect(second.waitFor("Another keel is open"), "\(second.text)")
        try second.press("Enter")
        #expect(second.waitFor("Step 1 of 14"), "\(second.text)")
        try second.press("Enter", "5", "Enter", "s")
        #expect(second.waitFor("What happened?"))
        try second.type("Not asked to the lake 日本")
        #expect(second.waitFor("Not asked to the lake"))
        try second.press("C-c")
        #expect(second.exitStatus() == 130)
        #expect(second.text.contains("kept in a side file"), "said on the way out:\n\(second.text)")
        #expect(sideFiles(dir).count == 1)
        try first.press("q")
        #expect(first.exitStatus() == 0)
        let next = try TerminalSession(["reframe", "--data-dir", dir], env: env(s))
        #expect(next.waitFor("didn't finish."), "\(next.text)")
        #expect(next.text.contains("Brought in 1 unfinished draft kept while keel was open in another window."), "\(next.text)")
        try next.press("Enter")
        #expect(next.waitFor("› Not asked to the lake 日本"), "\(next.text)")
        #expect(sideFiles(dir).isEmpty)
    }

    @Test func keelWinWhileKeelIsOpenIsQueuedAndPickedUp() throws {
        let s = Scratch()
        let dir = try preparedDataDir(s)
        let open = try TerminalSession(["--data-dir", dir], env: env(s))
        #expect(open.waitFor("A paced breath"))
        let quick = try keel(["win", "--data-dir", dir, "asked", "for", "help"], env: env(s))
        #expect(quick.status == 0, "\(quick.err)")
        #expect(quick.out.contains("Kept for"))
        #expect(quick.err.split(separator: "\n").count == 1, "one short line: \(quick.err)")
        #expect(quick.err.contains("side file"), "\(quick.err)")
        // The open keel brings it in when it comes back home.
        try open.press("b")
        #expect(open.waitFor("Choose a breath"))
        try open.press("Escape")
        // The win, and the tick of a habit that stands for wins unless today's was ticked already.
        #expect(open.waitFor("kept while keel was open in another window."), "\(open.text)")
        #expect(open.text.contains("Brought in 1 entry") || open.text.contains("Brought in 2 entries"), "\(open.text)")
        #expect(sideFiles(dir).isEmpty)
        try open.press("q")
        #expect(open.exitStatus() == 0)
        #expect(try export(dir).contains("asked for help"))
    }

    @Test func everySignalThatEndsKeelKeepsTheDraftAndRestoresTheTerminal() throws {
        for signal in [SIGQUIT, SIGUSR1, SIGUSR2, SIGALRM, SIGTERM, SIGHUP] {
            let s = Scratch()
            let t = try TerminalSession(["win", "--data-dir", s.data], env: env(s))
            #expect(t.waitFor("What did you do"), "\(signal): \(t.text)")
            try t.type("typed before signal \(signal)")
            #expect(t.waitFor("typed before signal \(signal)"))
            let pid = try #require(try t.keelPID())
            kill(pid, signal)
            #expect(t.exitStatus() == 128 + Int(signal), "signal \(signal)")
            expectRestored(t, "signal \(signal)")
            #expect(try export(s.data).contains("typed before signal \(signal)"), "signal \(signal): the draft")
        }
    }

    @Test func sigpipeIsIgnored() throws {
        let s = Scratch()
        let t = try TerminalSession(["win", "--data-dir", s.data], env: env(s))
        #expect(t.waitFor("What did you do"))
        try t.type("still here")
        let pid = try #require(try t.keelPID())
        kill(pid, SIGPIPE)
        try t.type(" after a pipe")
        #expect(t.waitFor("still here after a pipe"), "\(t.text)")
        try t.press("C-c")
        #expect(t.exitStatus() == 130)
        expectRestored(t, "after SIGPIPE")
    }

    @Test func aKillAfterTypingLeavesTheDraftForTheNextStart() throws {
        for signal in [SIGKILL, SIGSEGV] {
            let s = Scratch()
            let t = try TerminalSession(["win", "--data-dir", s.data], env: env(s))
            #expect(t.waitFor("What did you do"))
            try t.type("words before a crash \(signal)")
            #expect(t.waitFor("words before a crash \(signal)"))
            Thread.sleep(forTimeInterval: 3.5)  // the autosave comes 2 s after the last key
            let pid = try #require(try t.keelPID())
            kill(pid, signal)
            #expect(t.exitStatus() == 128 + Int(signal))
            let next = try TerminalSession(["win", "--data-dir", s.data], env: env(s))
            #expect(next.waitFor("› words before a crash \(signal)"), "signal \(signal): \(next.text)")
        }
    }

    @Test func aSignalAtThePassphrasePromptPutsEchoBack() throws {
        for signal in [SIGTERM, SIGQUIT, SIGUSR1, SIGALRM, SIGINT] {
            let s = Scratch()
            let pass = s.path + "/pass"
            FileManager.default.createFile(atPath: pass, contents: Data("correct horse battery\n".utf8))
            _ = try keel(["win", "--data-dir", s.data, "first"], env: env(s))
            let enc = try keel(["encrypt", "--data-dir", s.data, "--passphrase-file", pass], env: PrivacyCommandTests.cheap)
            #expect(enc.status == 0, "\(enc.err)")
            let t = try TerminalSession(["--data-dir", s.data], env: env(s))
            #expect(t.waitFor("Passphrase for keel's data:"), "\(t.text)")
            let pid = try #require(try t.keelPID())
            kill(pid, signal)
            #expect(t.exitStatus() == 128 + Int(signal), "signal \(signal)")
            let modes = t.modesAfterExit
            #expect(modes.contains(" echo ") && modes.contains(" icanon"), "signal \(signal): \(modes)")
        }
    }
}
