import Foundation
import Testing

/// `keel expose` in a real terminal: planning a ladder from nothing, the
/// plan just before, the reflection after, sizes, wide characters, Ctrl-C.
@Suite(.serialized) struct ExposeTerminalTests {
    func env(_ s: Scratch) -> [String: String] { ["XDG_CONFIG_HOME": s.path + "/config", "LANG": "C.UTF-8"] }

    func sampleData(_ s: Scratch) throws -> String {
        let dir = s.path + "/expose-data"
        let r = try keel(["sample", "--into", dir, "--years", "0.5"])
        #expect(r.status == 0, "\(r.err)")
        #expect(r.out.contains("3 step ladders") && r.out.contains("14 ladder steps") && r.out.contains("7 steps taken"), "\(r.out)")
        return dir
    }

    @Test func aLadderFromNothingToAStepFacedIsInTheExport() throws {
        let s = Scratch()
        let t = try TerminalSession(["expose", "--data-dir", s.data], env: env(s))
        #expect(t.waitFor("+ A new ladder"), "\(t.text)")
        try t.press("n")
        #expect(t.waitFor("Step ladder · a new goal"))
        try t.type("Feel at home at the café 日本 😀")
        try t.press("Enter")
        #expect(t.waitFor("No steps yet."), "\(t.text)")
        #expect(t.text.contains("Feel at home at the café 日本 😀"))
        try t.press("a")
        #expect(t.waitFor("Step ladder · a new step"))
        try t.type("Order in Spanish, é")
        try t.press("Tab", "t", "Tab", "7", "Tab")
        try t.type("They won't understand me")
        try t.press("Tab", "6", "Tab")
        try t.type("Point at the menu")
        try t.press("Enter")
        #expect(t.waitFor("1  ○ Order in Spanish, é"), "\(t.text)")
        #expect(t.text.contains("due today"))
        try t.press("Enter")
        #expect(t.waitFor("Just before"))
        #expect(t.waitFor("Point at the menu"), "\(t.text)")
        #expect(t.text.contains("(you thought it 60% likely)"))
        try t.press("Enter")
        #expect(t.waitFor("How uncomfortable was it really, 0-10? You expected 7."), "\(t.text)")
        try t.press("3", "Tab")
        try t.type("The waiter smiled, 日本 😀")
        try t.press("Tab", "Right", "Enter")
        #expect(t.waitFor("You expected 7; it felt 3. 4 points easier than you feared."), "\(t.text)")
        #expect(t.text.contains("What you feared didn't happen."))
        try t.press("Down", "Down", "Enter")
        #expect(t.waitFor("7 → 3"), "\(t.text)")
        try t.press("Escape", "l")
        #expect(t.waitFor("On your one step your predictions ran 4 points high"), "\(t.text)")
        try t.press("Escape", "q")
        #expect(t.exitStatus() == 0)
        let export = try keel(["export", "--data-dir", s.data])
        #expect(export.out.contains("\"goal\" : \"Feel at home at the café 日本 😀\""), "\(export.out)")
        #expect(export.out.contains("\"whatHappened\" : \"The waiter smiled, 日本 😀\""))
        #expect(export.out.contains("\"expected\" : 7") && export.out.contains("\"actual\" : 3") && export.out.contains("\"fearCameTrue\" : \"no\""))
        let md = try keel(["export", "--data-dir", s.data, "--format", "markdown"])
        #expect(md.out.contains("## Step ladders") && md.out.contains("## Steps taken"), "\(md.out)")
        #expect(md.out.contains("Expected 7/10, felt 3/10"))
    }

    @Test func theSampleAtEverySizeAndAfterAResize() throws {
        let s = Scratch()
        let dir = try sampleData(s)
        let home = try TerminalSession(["--data-dir", dir], env: env(s))
        #expect(home.waitFor("2 planned steps are due, 1 from earlier days."), "\(home.text)")
        try home.press("e")
        #expect(home.waitFor("Due now: 2 steps"), "\(home.text)")
        try home.press("q")
        #expect(home.exitStatus() == 0)

        let t = try TerminalSession(["expose", "--data-dir", dir], width: 40, height: 12, env: env(s))
        #expect(t.waitFor("Due now: 2 steps"), "\(t.text)")
        try t.press("Down", "Enter")
        #expect(t.waitFor("Stay for the coffee after class"), "\(t.text)")
        #expect(t.waitFor("b breathe 1 min"), "\(t.text)")
        try t.resize(80, 24)
        #expect(t.waitFor("Way out       After one coffee I can say I have to catch the bus"), "\(t.text)")
        try t.press("b")
        #expect(t.waitFor("breath 1 of"), "the one-minute breath:\n\(t.text)")
        try t.press("Escape")
        #expect(t.waitFor("You stopped early, and that's fine."), "\(t.text)")
        try t.press("Enter")
        #expect(t.waitFor("Just before"))
        try t.resize(30, 10)
        #expect(t.waitFor("Make the window a little"), "\(t.text)")
        try t.resize(80, 24)
        #expect(t.waitFor("Just before"))
        try t.press("Escape", "Escape", "q")
        #expect(t.exitStatus() == 0)

        let numbers = try TerminalSession(["expose", "--numbers", "--data-dir", dir], env: env(s))
        #expect(numbers.waitFor("Across 7 tries at 6 steps your predictions ran"), "\(numbers.text)")
        #expect(numbers.text.contains("● expected  ○ felt"))
        try numbers.press("Escape")
        #expect(numbers.exitStatus() == 0)
    }

    @Test func ctrlCInTheReflectionKeepsTheWordsAndTheTerminalSane() throws {
        let s = Scratch()
        let dir = try sampleData(s)
        let t = try TerminalSession(["expose", "--data-dir", dir], env: env(s))
        #expect(t.waitFor("Due now: 2 steps"))
        try t.press("Down", "Enter")
        #expect(t.waitFor("Just before"))
        try t.press("Enter", "4", "Tab")
        try t.type("Half a thought, é 日本 😀")
        try t.press("C-c")
        #expect(t.exitStatus() == 130)
        let modes = t.modesAfterExit
        #expect(modes.contains(" icanon") && modes.contains(" echo "), "\(modes)")
        let again = try TerminalSession(["expose", "--data-dir", dir], env: env(s))
        #expect(again.waitFor("Due now: 2 steps"))
        try again.press("Down", "Enter", "Enter")
        #expect(again.waitFor("What you typed last time is back."), "\(again.text)")
        #expect(again.text.contains("Half a thought, é 日本 😀"))
        try again.press("C-c")
        #expect(again.exitStatus() == 130)
    }

    @Test func theCheckInsDreadOpensTheLadders() throws {
        let s = Scratch()
        let t = try TerminalSession(["coach", "--data-dir", s.data], env: env(s))
        #expect(t.waitFor("How are you right now?"))
        try t.press("6", "Enter")
        #expect(t.waitFor("Something social is coming up"))
        try t.press("Down", "Down", "Down", "Enter")
        #expect(t.waitFor("Face it in small planned steps"), "\(t.text)")
        try t.press("Escape")
        #expect(t.exitStatus() == 0)
        let help = try keel(["expose", "--help"])
        #expect(help.out.contains("--numbers"), "\(help.out)")
    }
}
