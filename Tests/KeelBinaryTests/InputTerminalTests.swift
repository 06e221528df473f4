import Foundation
import Testing

/// Pastes, line breaks, the person's own editor, Ctrl-Z and the keys of
/// mismatched terminals, in a real terminal.
@Suite(.serialized) struct InputTerminalTests {
    func env(_ s: Scratch, _ more: [String: String] = [:]) -> [String: String] {
        ["XDG_CONFIG_HOME": s.path + "/config", "LANG": "C.UTF-8"].merging(more) { $1 }
    }

    /// From the start of reframe to "What happened?".
    func toWhatHappened(_ t: TerminalSession) throws {
        #expect(t.waitFor("Step 1 of 14 · Pause"), "\(t.text)")
        try t.press("Enter")
        #expect(t.waitFor("How much does it sting right now?"))
        try t.press("7", "Enter")
        #expect(t.waitFor("Enter to begin (about 1 min), s to skip."), "\(t.text)")
        try t.press("s")
        #expect(t.waitFor("What happened?"))
    }

    /// tmux pastes as a terminal does: with -p, marked as a bracketed paste.
    func paste(_ t: TerminalSession, _ text: String) throws {
        try t.tmux(["set-buffer", "--", text])
        try t.tmux(["paste-buffer", "-p", "-t", "t"])
    }

    @Test func aThreeLinePasteStaysOnTheStepAndKeepsItsLineBreaks() throws {
        let s = Scratch()
        let t = try TerminalSession(["reframe", "--data-dir", s.data], env: env(s))
        try toWhatHappened(t)
        try paste(t, "They left early.\nNobody said goodbye.\nThen q, ! and 1 2 3.")
        #expect(t.waitFor("  Nobody said goodbye."), "\(t.text)")
        #expect(t.waitFor("Then q, ! and 1 2 3."), "\(t.text)")
        Thread.sleep(forTimeInterval: 0.5)
        #expect(t.text.contains("Step 4 of 14 · What happened"), "a paste never submits: \(t.text)")
        #expect(t.text.contains("› They left early."))
        #expect(t.text.contains("Ctrl-J new line"))
        // Ctrl-J adds a line of its own; Enter still goes on.
        try t.press("C-j")
        try t.type("(typed)")
        #expect(t.waitFor("  (typed)"), "\(t.text)")
        try t.press("Enter")
        #expect(t.waitFor("What story are you telling yourself"))
        try t.type("Nobody wants me there")
        try t.press("Enter")
        #expect(t.waitFor("[ ] Mind reading"))
        try t.press("Down", "Down", "Space")
        #expect(t.waitFor("[x] Overgeneralizing"), "\(t.text)")
        try t.press("Enter", "Enter", "Enter", "Enter", "Enter")
        #expect(t.waitFor("Who could give you a grounded view of it?"), "\(t.text)")
        // A one-line field: the paste's line breaks become spaces.
        try paste(t, "Dana\nfrom work")
        #expect(t.waitFor("› Dana from work"), "\(t.text)")
        #expect(t.text.contains("Who could give you a grounded view of it?"))
        try t.press("Enter")
        try finishReframe(t, easedTo: 3)
        #expect(t.text.contains("The sting went from 7 to 3."), "\(t.text)")
        try t.press("Enter")
        #expect(t.exitStatus() == 0)
        let export = try keel(["export", "--data-dir", s.data])
        #expect(export.out.contains(#""text" : "They left early.\nNobody said goodbye.\nThen q, ! and 1 2 3.\n(typed)""#), "\(export.out)")
        #expect(export.out.contains(#""text" : "Dana from work""#))
        #expect(!t.modesAfterExit.isEmpty)
    }

    /// An editor that records where its copy was and how it was guarded,
    /// then writes a known paragraph over it.
    func editorScript(_ s: Scratch) -> String {
        let path = s.path + "/editor.sh"
        let script = """
            #!/bin/sh
            echo "$1" > \(s.path)/editor-file
            stat -c %a "$(dirname "$1")" > \(s.path)/editor-dir-mode
            cat "$1" > \(s.path)/editor-saw
            printf 'Written in my own editor.\\nA second line, kept.\\n' > "$1"
            """
        FileManager.default.createFile(atPath: path, contents: Data(script.utf8), attributes: [.posixPermissions: 0o755])
        return path
    }

    func read(_ path: String) -> String {
        ((try? String(contentsOfFile: path, encoding: .utf8)) ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
    }

    @Test func ctrlOOpensEditorAndTakesBackWhatItSaved() throws {
        let s = Scratch()
        let t = try TerminalSession(["reframe", "--data-dir", s.data], env: env(s, ["EDITOR": editorScript(s), "VISUAL": ""]))
        try toWhatHappened(t)
        #expect(t.text.contains("Ctrl-O your editor"))
        try t.type("so far")
        #expect(t.waitFor("› so far"))
        try t.press("C-o")
        #expect(t.waitFor("› Written in my own editor."), "\(t.text)")
        #expect(t.waitFor("  A second line, kept."))
        #expect(t.text.contains("Step 4 of 14 · What happened"), "\(t.text)")
        #expect(read(s.path + "/editor-saw") == "so far")
        let copy = read(s.path + "/editor-file")
        #expect(copy.hasPrefix("/dev/shm/keel-edit.") || copy.hasPrefix(ProcessInfo.processInfo.environment["XDG_RUNTIME_DIR"] ?? "/dev/shm"), "\(copy)")
        #expect(read(s.path + "/editor-dir-mode") == "700")
        #expect(!FileManager.default.fileExists(atPath: copy), "the copy is removed")
        #expect(!FileManager.default.fileExists(atPath: (copy as NSString).deletingLastPathComponent), "and its folder")
        try t.press("C-c")
        #expect(t.exitStatus() == 130)
    }

    @Test func withEncryptedDataACopyOnDiskIsRefused() throws {
        let s = Scratch()
        let pass = s.path + "/pass"
        FileManager.default.createFile(atPath: pass, contents: Data("correct horse\n".utf8))
        let cheap = ["KEEL_SCRYPT_N": "1024"]
        _ = try keel(["win", "--data-dir", s.data, "first", "win"], env: env(s))
        let enc = try keel(["encrypt", "--data-dir", s.data, "--passphrase-file", pass], env: env(s, cheap))
        #expect(enc.status == 0, "\(enc.err)")
        let disk = s.path + "/on-disk"
        try FileManager.default.createDirectory(atPath: disk, withIntermediateDirectories: true)
        let t = try TerminalSession(
            ["reframe", "--data-dir", s.data, "--passphrase-file", pass],
            env: env(s, cheap.merging(["EDITOR": editorScript(s), "KEEL_EDIT_DIR": disk]) { $1 }))
        try toWhatHappened(t)
        try t.type("private words")
        try t.press("C-o")
        #expect(t.waitFor("Your editor stays shut: entries are encrypted and the copy would go to disk."), "\(t.text)")
        #expect(t.text.contains("› private words"))
        #expect(!FileManager.default.fileExists(atPath: s.path + "/editor-file"), "the editor never ran")
        #expect(try FileManager.default.contentsOfDirectory(atPath: disk).isEmpty)
        try t.press("C-c")
        #expect(t.exitStatus() == 130)
    }

    @Test(arguments: ["xterm-256color", "vt100", "xterm"])
    func homeEndAndDeleteWhateverTermSays(_ term: String) throws {
        let s = Scratch()
        let t = try TerminalSession(["reframe", "--data-dir", s.data], env: env(s, ["TERM": term]))
        try toWhatHappened(t)
        try t.type("middle")
        try t.press("Home")
        try t.type("A")
        try t.press("End")
        try t.type("Z")
        try t.press("Left", "Left", "DC")
        #expect(t.waitFor("› AmiddlZ"), "\(term): \(t.text)")
        // Sequences keel doesn't use (Insert, an unknown key, a mouse report) type nothing.
        try t.press("IC")
        try t.tmux(["send-keys", "-t", "t", "-H", "1b", "5b", "39", "39", "7e", "1b", "5b", "3c", "30", "3b", "31", "3b", "31", "4d"])
        try t.type("!")
        #expect(t.waitFor("› Amiddl!Z"), "\(term): \(t.text)")
        #expect(t.text.contains("Step 4 of 14 · What happened"), "no stray Esc went back a step: \(t.text)")
        try t.press("Escape")
        #expect(t.waitFor("Enter to begin (about 1 min), s to skip."), "a lone Esc is still Esc: \(t.text)")
        try t.press("C-c")
        #expect(t.exitStatus() == 130)
    }

    @Test func ctrlZSuspendsAndFgComesBackIntact() throws {
        let s = Scratch()
        let shell = try ShellSession(env: env(s))
        let t = shell.session
        try shell.run("\(Binary.path) reframe --data-dir \(s.data)")
        try toWhatHappened(t)
        try t.type("before the stop")
        #expect(t.waitFor("› before the stop"))
        try t.press("C-z")
        #expect(t.waitFor("Stopped"), "\(t.text)")
        #expect(!t.text.contains("What happened?"), "the shell's own screen is back: \(t.text)")
        #expect(try t.tmux(["display-message", "-p", "-t", "t", "#{alternate_on}"]).hasPrefix("0"), "out of the alternate screen")
        try shell.run("stty -a > \(s.path)/modes; fg")
        #expect(t.waitFor("› before the stop"), "\(t.text)")
        #expect(t.waitFor("Step 4 of 14 · What happened"), "every line is drawn again: \(t.text)")
        #expect(try t.tmux(["display-message", "-p", "-t", "t", "#{alternate_on}"]).hasPrefix("1"), "back in keel's own screen")
        let modes = read(s.path + "/modes")
        #expect(modes.contains(" icanon") && modes.contains(" echo"), "keel gave the shell its modes back: \(modes)")
        try t.type(", and after")
        #expect(t.waitFor("› before the stop, and after"), "\(t.text)")
        // A stop from outside (kill -TSTP) comes back the same way.
        let pid = try #require(try t.keelPID())
        kill(pid, SIGTSTP)
        #expect(t.waitFor("Stopped"), "\(t.text)")
        try shell.run("fg")
        #expect(t.waitFor("› before the stop, and after"), "\(t.text)")
        // Something else writes over the screen; Ctrl-L draws it all again.
        let tty = try t.tmux(["display-message", "-p", "-t", "t", "#{pane_tty}"]).trimmingCharacters(in: .whitespacesAndNewlines)
        let scribble = try #require(FileHandle(forWritingAtPath: tty))
        scribble.write(Data("\u{1B}[2J\u{1B}[10;5HSCRIBBLED OVER".utf8))
        try scribble.close()
        #expect(t.waitFor("SCRIBBLED OVER"), "\(t.text)")
        try t.press("C-l")
        #expect(t.waitFor("Ctrl-O your editor"))
        #expect(t.waitFor("› before the stop, and after"))
        #expect(!t.text.contains("SCRIBBLED"), "\(t.text)")
        try t.press("C-c")
        Thread.sleep(forTimeInterval: 1.5)  // keel has gone; what is typed now is the shell's
        try shell.run("echo back-in-$((40 + 2))")
        #expect(t.waitFor("back-in-42"), "keel left and the shell works: \(t.text)")
    }
}

/// A shell with job control in a real terminal, for Ctrl-Z and fg.
final class ShellSession {
    let session: TerminalSession

    init(env: [String: String]) throws {
        var vars = env
        vars["PS1"] = "$ "
        session = try TerminalSession([], env: vars, interactiveShell: true)
    }

    /// Types a command line and Enter.
    func run(_ line: String) throws {
        try session.type(line)
        try session.press("Enter")
    }
}
