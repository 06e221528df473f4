import Foundation
import Testing

/// Leaving keel with Ctrl-C midway, in a real terminal: once the terminal
/// is back, one line says what was kept and how it comes back.
@Suite(.serialized) struct DraftTerminalTests {
    func env(_ s: Scratch) -> [String: String] { ["XDG_CONFIG_HOME": s.path + "/config", "LANG": "C.UTF-8"] }

    @Test func ctrlCMidwaySaysWhatWasKeptAfterTheTerminalIsBack() throws {
        let s = Scratch()
        let t = try TerminalSession(["reframe", "--data-dir", s.data], env: env(s))
        #expect(t.waitFor("Step 1 of 14"), "\(t.text)")
        try t.press("Enter")
        #expect(t.waitFor("How much does it sting"), "\(t.text)")
        try t.press("7", "Enter")
        #expect(t.waitFor("s to skip"), "\(t.text)")
        try t.press("s")
        #expect(t.waitFor("What happened?"), "\(t.text)")
        try t.type("Nobody saved me a seat")
        try t.press("C-c")
        #expect(t.exitStatus(timeout: 20) == 130, "Ctrl-C ends as an interrupt does")
        #expect(t.waitFor("exited", timeout: 20))
        let after = t.text
        #expect(after.contains("Kept as a draft: “Pause, breathe, reframe”. Run keel again: it waits on home."), "\(after)")
        #expect(!after.contains("What happened?"), "the full screen is gone, the line stays\n\(after)")
        #expect(t.modesAfterExit.contains(" echo "), "the terminal is restored")
        // And it does come back.
        let again = try TerminalSession(["reframe", "--data-dir", s.data], env: env(s))
        #expect(again.waitFor("You started this earlier today and didn't finish.", timeout: 20), "\(again.text)")
        try again.press("C-c")
        #expect(again.exitStatus(timeout: 20) == 130)
    }
}
