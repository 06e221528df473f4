import Foundation
import Testing

/// The list of small wins in a real terminal at its smallest size, on an
/// empty folder: add two, search with accents, change one, delete and undo.
@Suite(.serialized) struct WinsTerminalTests {
    func env(_ s: Scratch) -> [String: String] { ["XDG_CONFIG_HOME": s.path + "/config", "LANG": "C.UTF-8"] }

    @Test func addSearchChangeDeleteAndUndoAt40x12() throws {
        let s = Scratch()
        let t = try TerminalSession(["--data-dir", s.data], width: 40, height: 12, env: env(s))
        #expect(t.waitFor("Welcome", timeout: 20), "\(t.text)")
        try t.press("Enter")
        #expect(t.waitFor("Home"), "\(t.text)")
        try t.press("y")
        #expect(t.waitFor("No wins yet."), "\(t.text)")
        try t.press("a")
        #expect(t.waitFor("What did you do"), "\(t.text)")
        try t.type("Asked for help at the café")
        try t.press("Enter")
        #expect(t.waitFor("1 win"), "\(t.text)")
        try t.press("a")
        #expect(t.waitFor("What did you do"), "\(t.text)")
        try t.type("Kept a boundary")
        try t.press("Enter")
        #expect(t.waitFor("2 wins"), "\(t.text)")
        try t.press("/")
        try t.type("CAFE")
        #expect(t.waitFor("1 of 2 wins"), "\(t.text)")
        #expect(t.text.contains("Asked for help at the") && !t.text.contains("Kept a boundary"), "\(t.text)")
        try t.press("Enter", "Enter")
        #expect(t.waitFor("Your win on"), "\(t.text)")
        try t.press("End")
        try t.type(" today")
        try t.press("Enter")
        #expect(t.waitFor("Changed: Asked"), "\(t.text)")
        try t.press("Escape")
        #expect(t.waitFor("2 wins"), "\(t.text)")
        try t.press("d")
        #expect(t.waitFor("Deleted: Asked"), "\(t.text)")
        #expect(t.text.contains("1 win") && !t.text.contains("2 wins"), "\(t.text)")
        try t.press("u")
        #expect(t.waitFor("Back: Asked"), "\(t.text)")
        #expect(t.text.contains("2 wins") && t.text.contains("› "), "\(t.text)")
        try t.press("Escape", "q")
        #expect(t.exitStatus() == 0)
        let export = try keel(["export", "--data-dir", s.data])
        #expect(export.out.contains("\"text\" : \"Asked for help at the café today\""), "\(export.out)")
        #expect(export.out.contains("\"text\" : \"Kept a boundary\""))
    }

    /// `keel win WORDS` from a shell ticks the habit that stands for a win,
    /// as the win screen does (the habits alone, imported into a new folder).
    @Test func aWinFromTheShellTicksItsHabit() throws {
        let s = Scratch()
        let sample = try preparedDataDir(s)
        try keel(["export", "--data-dir", sample, "--kind", "habits", "--output", s.path + "/habits.json"], env: env(s))
        #expect(try keel(["import", s.path + "/habits.json", "--data-dir", s.data], env: env(s)).status == 0)
        #expect(try keel(["export", "--data-dir", s.data, "--kind", "habit-days"], env: env(s)).out.contains("\"source\" : \"win\"") == false)
        let ran = try keel(["win", "Asked for help", "--data-dir", s.data], env: env(s))
        #expect(ran.status == 0 && ran.out.hasPrefix("Kept for"), "\(ran.out)\(ran.err)")
        let days = try keel(["export", "--data-dir", s.data, "--kind", "habit-days"], env: env(s)).out
        #expect(days.contains("\"habitName\" : \"Log a small win\"") && days.contains("\"source\" : \"win\""), "\(days)")
    }
}
