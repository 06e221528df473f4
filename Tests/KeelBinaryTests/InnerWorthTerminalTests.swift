import Foundation
import Testing

/// The morning reflection, habits, the weekly letter, values and small wins
/// in a real terminal; `keel today` and `keel win` without one.
@Suite(.serialized) struct InnerWorthTerminalTests {
    /// Keeps the person's own ~/.config out of the tests, and the locale plain.
    func env(_ s: Scratch) -> [String: String] { ["XDG_CONFIG_HOME": s.path + "/config", "LANG": "C.UTF-8"] }

    @Test func theFirstMorningEndToEndIsFoundInTheExport() throws {
        let s = Scratch()
        let t = try TerminalSession(["morning", "--data-dir", s.data], env: env(s))
        #expect(t.waitFor("Which strengths sound like you? Pick three to five."), "\(t.text)")
        try t.press("Space", "Down", "Space", "Down", "Down", "Down", "Down", "Space")
        #expect(t.waitFor("3 picked"), "\(t.text)")
        try t.press("Enter")
        #expect(t.waitFor("Which strength will you lean on today?"), "\(t.text)")
        try t.press("Enter")
        #expect(t.waitFor(": when did you use it lately?"), "\(t.text)")
        try t.type("Helped at the café 日本 😀")
        #expect(t.waitFor("› Helped at the café 日本 😀"), "\(t.text)")
        try t.press("Enter")
        #expect(t.waitFor("What is one small way you could use it today?"))
        try t.type("Ask Zoë about her trip")
        try t.press("Enter")
        #expect(t.waitFor("· Thanks"), "\(t.text)")
        try t.type("Warm bread")
        try t.press("Enter", "Enter")
        #expect(t.waitFor("Your morning"), "\(t.text)")
        try t.press("Enter")
        #expect(t.waitFor("Your next step: Ask Zoë about her trip"), "\(t.text)")
        try t.press("Enter")
        #expect(t.exitStatus() == 0)
        #expect(t.modesAfterExit.contains(" icanon"))
        let export = try keel(["export", "--data-dir", s.data])
        #expect(export.out.contains("\"flow\" : \"morning\""), "\(export.out)")
        #expect(export.out.contains("\"text\" : \"Helped at the café 日本 😀\""))
        #expect(export.out.contains("\"strengths\" : ["))
        let md = try keel(["export", "--data-dir", s.data, "--format", "markdown"])
        #expect(md.out.contains("## My strengths") && md.out.contains("#### Morning reflection"), "\(md.out)")
    }

    @Test func habitsAtTheSmallestSizeAndAfterAResize() throws {
        let s = Scratch()
        let dir = try preparedDataDir(s)
        let t = try TerminalSession(["habits", "--data-dir", dir], width: 40, height: 12, env: env(s))
        #expect(t.waitFor("Today, "), "\(t.text)")
        #expect(t.text.contains("› [") && t.text.contains("Morning reflection"), "\(t.text)")
        try t.press("Down", "Down")  // the sample's own order: morning, small win, then the walk
        #expect(t.waitFor("› [ ] A walk outside") || t.waitFor("› [x] A walk outside"), "\(t.text)")
        // The sample may already have today's walk ticked: Space turns it the other way.
        let wasDone = t.text.contains("[x] A walk outside")
        try t.press("Space")
        #expect(t.waitFor(wasDone ? "[ ] A walk outside" : "[x] A walk outside"), "\(t.text)")
        try t.resize(80, 24)
        #expect(t.waitFor("every day"), "\(t.text)")
        try t.press("Enter")
        #expect(t.waitFor("■ done  ▪ two-minute  ○ rest  · missed"), "\(t.text)")
        #expect(t.text.contains(wasDone ? "Today: not ticked" : "Today: done"), "\(t.text)")
        try t.press("Escape", "q")
        #expect(t.exitStatus() == 0)
        let export = try keel(["export", "--data-dir", dir])
        #expect(export.out.contains("\"source\" : \"habits\""))
    }

    @Test func theLetterKeepsADraftThroughCtrlCAndIsSavedWithCtrlS() throws {
        let s = Scratch()
        let t = try TerminalSession(["letter", "--data-dir", s.data], env: env(s))
        #expect(t.waitFor("not written yet · letter due"), "\(t.text)")
        try t.press("Enter")
        #expect(t.waitFor("Dear me,"), "\(t.text)")
        try t.press("End")
        try t.type(" Dear é 日本 🙂")
        #expect(t.waitFor("Dear me, Dear é 日本 🙂"), "\(t.text)")
        try t.press("C-c")
        #expect(t.exitStatus() == 130)
        #expect(t.modesAfterExit.contains(" icanon"))
        let again = try TerminalSession(["letter", "--data-dir", s.data], env: env(s))
        #expect(again.waitFor("This week"))
        try again.press("Enter")
        #expect(again.waitFor("Your words from last time are back."), "\(again.text)")
        #expect(again.text.contains("Dear me, Dear é 日本 🙂"))
        try again.press("C-s")
        #expect(again.waitFor("is saved."), "\(again.text)")
        #expect(again.waitFor("written "), "\(again.text)")
        try again.press("q")
        #expect(again.exitStatus() == 0)
        let md = try keel(["export", "--data-dir", s.data, "--format", "markdown"])
        #expect(md.out.contains("## Weekly letters") && md.out.contains("Dear me, Dear é 日本 🙂"), "\(md.out)")
    }

    @Test func valuesWrittenInASmallWindow() throws {
        let s = Scratch()
        let t = try TerminalSession(["values", "--data-dir", s.data], width: 40, height: 12, env: env(s))
        #expect(t.waitFor("What do you want your life to"), "\(t.text)")
        try t.press("Enter")
        #expect(t.waitFor("Mission"), "\(t.text)")
        try t.type("Be steady, é 日本")
        for v in ["Honesty", "Kindness", "Rest 😀"] {
            try t.press("Tab")
            try t.type(v)
        }
        try t.press("Enter")
        #expect(t.waitFor("Be steady, é 日本"), "\(t.text)")
        try t.resize(80, 24)
        #expect(t.waitFor("• Rest 😀"), "\(t.text)")
        try t.press("e", "End")
        try t.type(", always")
        try t.press("C-c")
        #expect(t.exitStatus() == 130)
        let again = try TerminalSession(["values", "--data-dir", s.data], env: env(s))
        try again.press("e")
        #expect(again.waitFor("What you typed last time is back."), "\(again.text)")
        #expect(again.text.contains("Be steady, é 日本, always"))
        try again.press("Enter")
        #expect(again.waitFor("1 earlier version (←)"), "\(again.text)")
        try again.press("q")
        #expect(again.exitStatus() == 0)
    }

    @Test func aWinFromHomeAndFromTheShell() throws {
        let s = Scratch()
        let dir = try preparedDataDir(s)
        let r = try keel(["win", "--data-dir", dir, "asked", "a question, é 日本"])
        #expect(r.status == 0, "\(r.err)")
        #expect(r.out.hasPrefix("Kept for ") && r.out.contains("asked a question, é 日本"), "\(r.out)")
        let t = try TerminalSession(["--data-dir", dir], env: env(s))
        #expect(t.waitFor("w  Small win"), "\(t.text)")
        try t.press("w")
        #expect(t.waitFor("What did you do that took a little courage or care?"))
        #expect(t.text.contains("asked a question, é 日本"), "this week's wins are listed:\n\(t.text)")
        try t.type("Said hello 🙂")
        try t.press("Enter")
        #expect(t.waitFor("Kept: Said hello 🙂."), "\(t.text)")
        try t.press("q")
        #expect(t.exitStatus() == 0)
    }

    @Test func todayPrintsOneLineWithoutATerminalAndExitsZero() throws {
        let s = Scratch()
        let missing = s.path + "/nothing-here"
        let fresh = try keel(["today", "--data-dir", missing])
        #expect(fresh.status == 0 && fresh.err.isEmpty, "\(fresh.err)")
        #expect(fresh.out.hasPrefix("Morning reflection not yet today"), "\(fresh.out)")
        #expect(!FileManager.default.fileExists(atPath: missing), "keel today creates nothing")
        let dir = try preparedDataDir(s)
        let r = try keel(["today"], env: ["KEEL_DATA_DIR": dir])
        #expect(r.status == 0)
        let lines = r.out.split(separator: "\n")
        #expect(lines.count == 1, "\(r.out)")
        #expect(lines[0].hasPrefix("Morning reflection "), "\(r.out)")
        #expect(lines[0].contains("habits ticked"), "\(r.out)")
        // While keel is open on the same data, today still reads it and takes no lock.
        let t = try TerminalSession(["--data-dir", dir], env: env(s))
        #expect(t.waitFor("keel · Home"))
        let during = try keel(["today", "--data-dir", dir])
        #expect(during.status == 0 && during.out == r.out)
        let title = t.screen[0]
        #expect(title.contains("keel · Home") && !title.contains("read-only"), "the open keel still writes: \(title)")
        try t.press("q")
        #expect(t.exitStatus() == 0)
    }
}
