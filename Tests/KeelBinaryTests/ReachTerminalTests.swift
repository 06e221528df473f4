import Foundation
import Testing

/// In a real terminal at the smallest size: the footer keeps help now, the
/// way out and the main action, and a reading page stops at its end.
@Suite(.serialized) struct ReachTerminalTests {
    func env(_ s: Scratch) -> [String: String] { ["XDG_CONFIG_HOME": s.path + "/config", "LANG": "C.UTF-8"] }

    @Test func footersKeepWhatMattersAndTheHelpPageStopsAtItsEnd() throws {
        let s = Scratch()
        let t = try TerminalSession(["--data-dir", try preparedDataDir(s)], width: 40, height: 12, env: env(s))
        #expect(t.waitFor("! help now", timeout: 20), "\(t.text)")
        let home = t.screen[11]
        #expect(home.contains("Enter") && home.contains("q quit") && home.contains("! help now"), "\(home)")
        try t.press("?")
        #expect(t.waitFor("Each line is a", timeout: 20), "\(t.text)")
        #expect(t.screen[11].contains("Esc close") && t.screen[11].contains("! help now"), "\(t.screen[11])")
        for _ in 0..<6 { try t.press("PageDown", "PageDown", "PageDown", "PageDown", "PageDown") }
        #expect(t.waitFor("Ctrl-L", timeout: 20), "the end of the page\n\(t.text)")
        let end = t.text
        try t.press("Up")
        var moved = false
        for _ in 0..<40 where !moved {
            if t.text != end { moved = true } else { Thread.sleep(forTimeInterval: 0.25) }
        }
        #expect(moved, "one ↑ after running past the end moves the page\n\(t.text)")
        try t.press("Escape", "q")
        #expect(t.exitStatus(timeout: 20) == 0)
    }
}
