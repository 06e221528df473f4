import Foundation
import Testing

/// `config.json` as a person meets it: keel starts with a mistake in it,
/// says so, and names it by line on the way out; a theme changes the colours
/// drawn; the config's editor and region are the ones used.
@Suite(.serialized) struct PreferencesTerminalTests {
    func config(_ s: Scratch, _ json: String) throws -> [String: String] {
        let dir = s.path + "/config/keel"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        try json.write(toFile: dir + "/config.json", atomically: true, encoding: .utf8)
        // NO_COLOR may come from whatever runs the tests: empty, it doesn't count.
        return ["XDG_CONFIG_HOME": s.path + "/config", "LANG": "C.UTF-8", "TERM": "screen-256color", "NO_COLOR": ""]
    }

    @Test func aMistakeIsNamedByLineAndKeelStartsAnyway() throws {
        let s = Scratch()
        let env = try config(s, "{\n  \"theme\": \"light\",\n  \"colour\": \"sepia\"\n}\n")
        let t = try TerminalSession(["--data-dir", try preparedDataDir(s)], env: env)
        #expect(t.waitFor("config.json has a mistake"), "\(t.text)")
        #expect(t.text.contains("A paced breath"))
        try t.press("q")
        #expect(t.exitStatus() == 0)
        // The line wraps at 80 columns: read the pane as one text.
        #expect(t.waitFor("exited"))
        let after = t.screen.joined()
        #expect(after.contains("config.json line 3: keel doesn't know \"colour\""), "\(after)")
    }

    /// The footer's hints in each theme's grey (tmux keeps 256-colour
    /// numbers as they were sent), never in dim white.
    @Test(arguments: [("light", "38;5;240"), ("dark", "38;5;246"), ("auto", "38;5;243")])
    func aThemeSetsTheColours(theme: String, grey: String) throws {
        let s = Scratch()
        let t = try TerminalSession(["--data-dir", try preparedDataDir(s)], env: try config(s, "{ \"theme\": \"\(theme)\" }"))
        #expect(t.waitFor("A paced breath"), "\(t.text)")
        let coloured = try t.tmux(["capture-pane", "-p", "-e", "-t", "t"])
        #expect(coloured.contains(grey), "\(theme): \(coloured.suffix(400))")
        #expect(!coloured.contains("\u{1b}[2m"), "nothing is dimmed on 256 colours")
        try t.press("q")
    }

    @Test func highContrastDrawsNoColourAndNoDim() throws {
        let s = Scratch()
        let t = try TerminalSession(["--data-dir", try preparedDataDir(s)], env: try config(s, "{ \"theme\": \"high-contrast\" }"))
        #expect(t.waitFor("A paced breath"), "\(t.text)")
        let coloured = try t.tmux(["capture-pane", "-p", "-e", "-t", "t"])
        let colours = ["38;5;"] + (0...7).map { "\u{1b}[3\($0)m" }
        #expect(!colours.contains(where: coloured.contains), "\(coloured.suffix(400))")
        #expect(!coloured.contains("\u{1b}[2m") && !coloured.contains(";2m"), "nothing is dimmed")
        #expect(coloured.contains("\u{1b}[1m"), "bold still marks the keys")
        try t.press("q")
    }

    @Test func theConfigsEditorAndRegionAreUsed() throws {
        let s = Scratch()
        let editor = s.path + "/editor.sh"
        try "#!/bin/sh\nprintf 'From the config editor.\\n' > \"$1\"\n".write(toFile: editor, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: editor)
        var env = try config(s, "{ \"editor\": \"\(editor)\", \"region\": \"de\" }")
        env["EDITOR"] = "/bin/false"
        let t = try TerminalSession(["reframe", "--data-dir", s.data], env: env)
        #expect(t.waitFor("Step 1 of 14 · Pause"), "\(t.text)")
        try t.press("Enter")
        #expect(t.waitFor("How much does it sting right now?"))
        try t.press("7", "Enter")
        #expect(t.waitFor("s to skip."), "\(t.text)")
        try t.press("s")
        #expect(t.waitFor("What happened?"))
        try t.press("C-o")
        #expect(t.waitFor("› From the config editor."), "\(t.text)")
        try t.press("F2")
        #expect(t.waitFor("Germany"), "the config's region (the locale names none): \(t.text)")
        try t.press("C-c")
    }
}
