import Foundation
import Testing

/// Editing in plain mode through the real binary: answers piped in to add
/// a person, a habit, a ladder, values and change wins, read back with
/// keel export; a pipe alone is enough to get plain mode.
@Suite struct PlainEditingTests {
    let plain = PlainModeTests()

    func export(_ s: Scratch, _ kind: String) throws -> String {
        let r = try keel(["export", "--data-dir", s.data, "--kind", kind])
        #expect(r.status == 0, "\(r.err)")
        return r.out
    }

    func fed(_ args: [String], _ input: [String], _ s: Scratch) throws -> String {
        let r = try plain.fed(args, input, scratch: s)
        #expect(r.status == 0, "\(r.err)")
        #expect(!r.out.contains(0x1B), "an escape byte reached stdout")
        return plain.text(r.out)
    }

    /// n: a circle (name, then Enter for the seven fields with choices and numbers; nothing to tick yet).
    static let circle = ["n", "Choir", "", "", "", "", "", "", ""]
    /// a: a person (name, circle 1, inner ring, last in touch, knows my ways, notes).
    static func person(notes: String = "") -> [String] { ["a", "Sam", "1", "1", "today", "yes", notes] }

    @Test func aPersonIsAddedToACircle() throws {
        let s = Scratch()
        let out = try fed(["--plain", "--data-dir", s.data, "circles"], Self.circle + Self.person() + [""], s)
        #expect(out.contains("Field 1 of 6: Name."), "\(out)")
        #expect(out.contains("2. Sam, inner ring, closest"), "\(out)")
        let people = try export(s, "people")
        #expect(people.contains("\"Sam\"") && people.contains("inner"), "\(people)")
        #expect(try export(s, "circles").contains("\"Choir\""))
    }

    @Test func crisisWordsInAFormFieldBringHelpAndNeutralOnesDoNot() throws {
        let s = Scratch()
        let calm = try fed(["--plain", "--data-dir", s.data, "circles"], Self.circle + Self.person(notes: "We sing on Tuesdays") + [""], s)
        #expect(!calm.contains("Help now"), "\(calm)")
        let t = Scratch()
        let out = try fed(["--plain", "--data-dir", t.data, "circles"], Self.circle + Self.person(notes: "I want to end my life") + [""], t)
        #expect(out.contains("Help now"), "\(out)")
        #expect(try export(t, "people").contains("I want to end my life"), "the words are kept")
    }

    @Test func theEndOfInputMidwayKeepsTheFormAsADraft() throws {
        let s = Scratch()
        let out = try fed(["--plain", "--data-dir", s.data, "circles"], Self.circle + ["a", "Sam"], s)
        #expect(out.contains("kept as a draft"), "\(out)")
        #expect(!(try export(s, "people")).contains("Sam"))
        #expect(try export(s, "drafts").contains("Sam"))
        #expect(try export(s, "circles").contains("Choir"), "what was saved before stays")
    }

    @Test func aHabitIsAddedAndTicked() throws {
        let s = Scratch()
        let out = try fed(["--plain", "--data-dir", s.data, "habits"], ["a", "1", "Stretch", "", "", "", "1 done", ""], s)
        #expect(out.contains("Stretch: done for today") || out.contains("done today"), "\(out)")
        #expect(try export(s, "habits").contains("\"Stretch\""))
        #expect(try export(s, "habit-days").contains("plain") || (try export(s, "habit-days")).contains("habits"), "a tick for today")
    }

    @Test func aLadderIsAddedWithStepsAndOneMarkedFaced() throws {
        let s = Scratch()
        let step1 = ["Say hello to one person", "today", "3", "", "", "", "", "", ""]
        let step2 = ["Stay for the chat after", "", "6", "", "", "", "", "", ""]
        let after = ["2", "", "2", "", "", "I went", ""]
        let input = ["n", "Feel at home at the club", "a"] + step1 + ["a"] + step2 + ["2 o", "y"] + after + ["3", "", ""]
        let out = try fed(["--plain", "--data-dir", s.data, "expose"], input, s)
        #expect(out.contains("You expected 3; it felt 2."), "\(out)")
        let steps = try export(s, "exposure-steps")
        #expect(steps.contains("Say hello to one person") && steps.contains("Stay for the chat after"), "\(steps)")
        let attempts = try export(s, "exposure-attempts")
        #expect(attempts.contains("\"actual\" : 2") || attempts.contains("\"actual\":2"), "\(attempts)")
        #expect(try export(s, "wins").contains("I went"))
    }

    @Test func aValueIsEditedAsANewVersion() throws {
        let s = Scratch()
        _ = try fed(["--plain", "--data-dir", s.data, "values"], ["e", "Live kindly", "Be honest", "Keep learning", "Show up", "", "", "", "", ""], s)
        let out = try fed(["--plain", "--data-dir", s.data, "values"], ["e", "", "", "Keep learning, gently", "", "", "", "", "", ""], s)
        #expect(out.contains("Saved as a new version; the earlier one is kept."), "\(out)")
        let values = try export(s, "values")
        #expect(values.contains("Keep learning, gently") && values.contains("\"Keep learning\""), "\(values)")
    }

    @Test func aWinIsChangedThenDeleted() throws {
        let s = Scratch()
        #expect(try keel(["win", "--data-dir", s.data, "Went to choir"]).status == 0)
        let out = try fed(["--plain", "--data-dir", s.data], ["", "y", "1 e", "Went to choir and sang", "1 d", "yes", "", "q"], s)
        #expect(out.contains("Changed: Went to choir and sang."), "\(out)")
        #expect(out.contains("Deleted: Went to choir and sang."), "\(out)")
        let wins = try export(s, "wins")
        #expect(wins.contains("Went to choir and sang") && wins.contains("deleted"), "\(wins)")
    }

    @Test func aPipeAloneGetsPlainModeAndPrintingCommandsStayAsTheyWere() throws {
        let s = Scratch()
        let out = try fed(["--data-dir", s.data, "habits"], ["a", "1", "Stretch", "", "", "", ""], s)
        #expect(out.contains("Field 1 of 4: Habit."), "\(out)")
        #expect(try export(s, "habits").contains("Stretch"))
        let today = try keel(["today", "--data-dir", s.data])
        #expect(today.status == 0 && today.out.contains("1 habit to tick"), "\(today.out) \(today.err)")
        #expect(!today.out.contains("Field"))
    }
}

/// A form in a real terminal with TERM=dumb: the fields as a person reads
/// them, and Ctrl-C midway keeps what was typed as a draft.
@Suite(.serialized) struct PlainFormTerminalTests {
    @Test func ctrlCMidwayThroughAFormKeepsADraft() throws {
        let s = Scratch()
        let t = try TerminalSession([], env: ["TERM": "dumb", "XDG_CONFIG_HOME": s.path + "/config", "PS1": "$ "], interactiveShell: true)
        try t.type("\(TerminalSession.quote(Binary.path)) --data-dir \(TerminalSession.quote(s.data)) circles; echo \"status=$?\"")
        try t.press("Enter")
        #expect(t.waitFor("a to add a person", timeout: 30), "\(t.text)")
        try t.type("a")
        try t.press("Enter")
        #expect(t.waitFor("Field 1 of 6: Name."), "\(t.text)")
        try t.type("Sam")
        try t.press("Enter")
        #expect(t.waitFor("Field 2 of 6: Circles. Nothing to choose here yet."), "\(t.text)")
        #expect(t.waitFor("Field 3 of 6: Closeness."), "\(t.text)")
        try t.press("C-c")
        #expect(t.waitFor("status=130", timeout: 20), "\(t.text)")
        #expect(t.text.contains("kept as a draft"), "\(t.text)")
        let drafts = try keel(["export", "--data-dir", s.data, "--kind", "drafts"])
        #expect(drafts.out.contains("Sam"), "\(drafts.out)")
    }

    @Test func outputSentToAFileGetsPlainLinesAndTheTerminalIsTold() throws {
        let s = Scratch()
        let file = s.path + "/said.txt"
        let t = try TerminalSession([], env: ["XDG_CONFIG_HOME": s.path + "/config", "PS1": "$ "], interactiveShell: true)
        try t.type(
            "\(TerminalSession.quote(Binary.path)) --data-dir \(TerminalSession.quote(s.data)) habits > \(TerminalSession.quote(file)); echo \"status=$?\"")
        try t.press("Enter")
        #expect(t.waitFor("keel is writing to a pipe or a file", timeout: 30), "\(t.text)")
        try t.press("Enter")
        #expect(t.waitFor("status=0", timeout: 20), "\(t.text)")
        let said = try Data(contentsOf: URL(fileURLWithPath: file))
        #expect(String(decoding: said, as: UTF8.self).contains("No habits yet."), "\(String(decoding: said, as: UTF8.self))")
        #expect(!said.contains(0x1B), "no escape byte in the file")
    }
}
