import Foundation
import Testing

/// The built binary in a real terminal (tmux), as a person would use it.
@Suite(.serialized) struct InteractiveTests {
    @Test func firstRunWelcomesThenOpensHome() throws {
        let s = Scratch()
        let t = try TerminalSession(["--data-dir", s.data])
        #expect(t.waitFor("Welcome to keel."), "\(t.text)")
        #expect(t.text.contains("It is not therapy"))
        try t.press("Enter")
        #expect(t.waitFor("A paced breath to settle your body"), "\(t.text)")
        #expect(t.screen[23].contains("Enter choose"), "the footer is on the last row")
        try t.press("q")
        #expect(t.exitStatus() == 0)
        let again = try TerminalSession(["--data-dir", s.data])
        #expect(again.waitFor("A paced breath"), "the welcome appears only once")
        #expect(!again.text.contains("Welcome to keel."))
    }

    @Test func helpOpensWithQuestionMarkAndF1() throws {
        let s = Scratch()
        let t = try TerminalSession(["--data-dir", try preparedDataDir(s)])
        #expect(t.waitFor("Breathe"))
        try t.press("?")
        #expect(t.waitFor("Keys that work on every screen"), "\(t.text)")
        try t.press("Escape")
        #expect(t.waitFor("A paced breath"))
        try t.press("F1")
        #expect(t.waitFor("Keys that work on every screen"), "\(t.text)")
    }

    @Test func resizingRelaysOutAndTinyWindowsGetACalmMessage() throws {
        let s = Scratch()
        let t = try TerminalSession(["--data-dir", try preparedDataDir(s)])
        #expect(t.waitFor("A paced breath"))
        try t.resize(30, 10)
        #expect(t.waitFor("Make the window a little"), "\(t.text)")
        try t.resize(100, 30)
        #expect(t.waitFor("A paced breath"), "\(t.text)")
        #expect(t.screen[29].contains("Enter choose"), "footer follows the new bottom row:\n\(t.text)")
        try t.press("b")
        #expect(t.waitFor("Choose a breath"))
        try t.resize(40, 12)
        #expect(t.waitFor("Choose a breath"), "\(t.text)")
        try t.press("C-c")
        #expect(t.exitStatus() == 130)
    }

    @Test func breathesAOneSecondPatternAndSavesTheSession() throws {
        let s = Scratch()
        let t = try TerminalSession(["breathe", "--data-dir", s.data, "--pattern", "1-0-1-0", "--minutes", "0.05", "--no-rating"])
        #expect(t.waitFor("Breathe in", timeout: 5), "\(t.text)")
        #expect(t.waitFor("Breathe out", timeout: 5), "\(t.text)")
        #expect(t.waitFor("Well breathed.", timeout: 10), "\(t.text)")
        try t.press("Enter")
        #expect(t.exitStatus() == 0)
        let export = try keel(["export", "--data-dir", s.data])
        #expect(export.status == 0)
        #expect(export.out.contains("\"timing\" : \"1-1\""), "\(export.out)")
        #expect(export.out.contains("\"completed\" : true"))
        #expect(export.out.contains("\"plannedSeconds\" : 4"))
    }

    @Test func ctrlCInTheMiddleLeavesTheTerminalSane() throws {
        let s = Scratch()
        let t = try TerminalSession(["breathe", "--data-dir", s.data, "--pattern", "box", "--no-rating"])
        #expect(t.waitFor("Breathe in"))
        Thread.sleep(forTimeInterval: 1.2)
        try t.press("C-c")
        #expect(t.exitStatus() == 130)
        let modes = t.modesAfterExit
        #expect(modes.contains(" icanon") && modes.contains(" echo ") && modes.contains(" isig"), "\(modes)")
        #expect(!modes.contains("-icanon") && !modes.contains("-echo "), "\(modes)")
        let export = try keel(["export", "--data-dir", s.data])
        #expect(export.out.contains("\"completed\" : false"), "the minute breathed so far is kept:\n\(export.out)")
    }

    @Test func sigtermAndSighupSaveAndRestore() throws {
        for signal in [SIGTERM, SIGHUP] {
            let s = Scratch()
            let t = try TerminalSession(["breathe", "--data-dir", s.data, "--pattern", "box", "--no-rating"])
            #expect(t.waitFor("Breathe in"))
            Thread.sleep(forTimeInterval: 1.2)
            let pid = try #require(try t.keelPID())
            kill(pid, signal)
            #expect(t.exitStatus() == 128 + Int(signal), "a signal's end is told to the shell")
            #expect(t.modesAfterExit.contains(" icanon"))
            #expect(try keel(["export", "--data-dir", s.data]).out.contains("\"pattern\" : \"box\""))
        }
    }

    @Test func aCrashStillRestoresTheTerminal() throws {
        let s = Scratch()
        let t = try TerminalSession(["--data-dir", try preparedDataDir(s)])
        #expect(t.waitFor("A paced breath"))
        let pid = try #require(try t.keelPID())
        kill(pid, SIGSEGV)
        #expect(t.exitStatus() == 128 + Int(SIGSEGV))
        let modes = t.modesAfterExit
        #expect(modes.contains(" icanon") && modes.contains(" echo "), "\(modes)")
        #expect(t.waitFor("keel stopped unexpectedly. Your saved entries are safe"), "\(t.text)")
    }

    @Test func wideCharactersAndEmojiTypedInKeepTheirWidth() throws {
        let s = Scratch()
        let t = try TerminalSession(["breathe", "--data-dir", try preparedDataDir(s)])
        #expect(t.waitFor("Choose a breath"))
        try t.press("End", "Enter", "C-u")
        try t.type("é日本😀")
        #expect(t.waitFor("Seconds: é日本😀"), "\(t.text)")
        try t.press("Enter")
        #expect(t.waitFor("\"é日本😀\" isn't a pattern keel knows."), "\(t.text)")
        let line = try #require(t.screen.first { $0.contains("isn't a pattern") })
        #expect(line.hasPrefix("    \"é日本😀\""), "\(line)")
        try t.press("BSpace", "BSpace", "BSpace", "BSpace")
        try t.type("4-4")
        try t.press("Enter")
        #expect(t.waitFor("Before you start"), "\(t.text)")
    }

    @Test func anUnknownTerminalTypeSaysSoAndTalksLineByLine() throws {
        let s = Scratch()
        let t = try TerminalSession(["--data-dir", s.data], env: ["TERM": "no-such-terminal"])
        #expect(t.waitFor("Press Enter to go on to the practices."), "\(t.text)")
        #expect(t.text.contains("keel can't draw on a terminal of type \"no-such-terminal\""), "\(t.text)")
        #expect(t.text.contains("so it talks line"), "\(t.text)")
        try t.press("Enter")
        #expect(t.waitFor("Home. Type a number or a letter"), "\(t.text)")
        try t.type("q")
        try t.press("Enter")
        #expect(t.exitStatus() == 0)
    }

    @Test func aSecondKeelOnTheSameDataIsReadOnly() throws {
        let s = Scratch()
        let dir = try preparedDataDir(s)
        let first = try TerminalSession(["--data-dir", dir])
        #expect(first.waitFor("A paced breath"))
        let second = try TerminalSession(["--data-dir", dir])
        #expect(second.waitFor("Another keel is open"), "\(second.text)")
        #expect(second.screen[0].hasSuffix("saving aside"), "more in SecondWindowTerminalTests")
    }

    @Test func noColorStillReadsWell() throws {
        let s = Scratch()
        let t = try TerminalSession(["--data-dir", try preparedDataDir(s)], env: ["NO_COLOR": "1"])
        #expect(t.waitFor("› r  Reframe"), "the selection shows without colour:\n\(t.text)")
    }
}
