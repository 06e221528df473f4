import Foundation
import Testing

/// The one crisis check, in a real terminal and from a shell.
@Suite(.serialized) struct CrisisTerminalTests {
    func env(_ s: Scratch) -> [String: String] { ["XDG_CONFIG_HOME": s.path + "/config", "LANG": "en_GB.UTF-8"] }

    @Test func crisisWordsThenEscOpenHelpNotTheLastScreen() throws {
        let s = Scratch()
        let data = try preparedDataDir(s)
        let t = try TerminalSession(["win", "--data-dir", data], env: env(s))
        #expect(t.waitFor("What did you do"), "\(t.text)")
        try t.type("i dont want to be alive anymore")
        try t.press("Escape")
        #expect(t.waitFor("You don't have to hold this alone."), "\(t.text)")
        #expect(t.text.contains("Samaritans"), "the lines for the locale's country\n\(t.text)")
        #expect(t.exitStatus(timeout: 0.5) == nil, "keel stays open on the help page")
        try t.press("C-c")
        #expect(t.exitStatus() == 130)
    }

    @Test func ctrlCWithCrisisWordsPrintsTheLinesAfterTheTerminalIsBack() throws {
        let s = Scratch()
        let t = try TerminalSession(["reframe", "--data-dir", s.data], env: env(s))
        #expect(t.waitFor("Step 1 of 14"), "\(t.text)")
        try t.press("Enter")
        #expect(t.waitFor("How much does it sting"))
        try t.press("7", "Enter")
        #expect(t.waitFor("s to skip"))
        try t.press("s")
        #expect(t.waitFor("What happened?"))
        try t.type("I want to kill myself")
        try t.press("C-c")
        #expect(t.exitStatus() == 130)
        #expect(t.waitFor("exited"))
        let after = t.text
        #expect(after.contains("What you wrote is kept. If you might hurt yourself"), "\(after)")
        #expect(after.contains("Samaritans"), "\(after)")
        #expect(!after.contains("Step 4 of 14"), "the full screen is gone, the lines stay\n\(after)")
        #expect(t.modesAfterExit.contains(" echo "), "the terminal is restored")
    }

    @Test func keelWinWithCrisisWordsKeepsThemAndNamesHelpOnStderr() throws {
        let s = Scratch()
        let r = try keel(["win", "--data-dir", s.data, "wrote", "my", "goodbye", "and", "want", "to", "die"], env: env(s))
        #expect(r.status == 0)
        #expect(r.out.contains("Kept for"))
        let lines = r.err.split(separator: "\n")
        #expect(lines.count == 2, "two short lines: \(r.err)")
        #expect(r.err.contains("Samaritans"), "\(r.err)")
        let export = try keel(["export", "--data-dir", s.data], env: env(s))
        #expect(export.out.contains("want to die"), "the words are kept")
        let calm = try keel(["win", "--data-dir", s.data, "asked", "a", "question"], env: env(s))
        #expect(calm.err.isEmpty, "no alarm for ordinary words: \(calm.err)")
    }

    @Test func tenTypedInTheCheckInIsSavedAsTen() throws {
        let s = Scratch()
        let data = try preparedDataDir(s)
        let before = try keel(["export", "--data-dir", data], env: env(s)).out.components(separatedBy: "\"mood\"").count
        let t = try TerminalSession(["coach", "--data-dir", data], env: env(s))
        #expect(t.waitFor("How are you right now?"), "\(t.text)")
        try t.press("1", "0")
        #expect(t.waitFor("[10]"), "\(t.text)")
        try t.press("Enter")
        #expect(!t.waitFor("You don't have to hold this alone.", timeout: 1), "\(t.text)")
        try t.press("C-c")
        #expect(t.exitStatus() == 130)
        let export = try keel(["export", "--data-dir", data], env: env(s)).out
        #expect(export.components(separatedBy: "\"mood\"").count == before + 1)
        #expect(export.contains("\"mood\" : 10") || export.contains("\"mood\":10"), "saved as 10")
    }
}
