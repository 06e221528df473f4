import Foundation
import Testing

/// Plain mode through the real binary: answers piped on standard input, the
/// journal read back with keel export, and not one escape byte on stdout.
@Suite struct PlainModeTests {
    /// keel with `input` piped to it; stdout kept as bytes.
    func fed(_ args: [String], _ input: [String], env: [String: String] = [:], scratch: Scratch) throws -> (status: Int32, out: [UInt8], err: String) {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: Binary.path)
        p.arguments = args
        var environment = ProcessInfo.processInfo.environment
        environment["XDG_CONFIG_HOME"] = scratch.path + "/config"
        environment.removeValue(forKey: "KEEL_PLAIN")
        for (k, v) in env { environment[k] = v }
        p.environment = environment
        let stdin = Pipe(), out = Pipe(), err = Pipe()
        p.standardInput = stdin
        p.standardOutput = out
        p.standardError = err
        try p.run()
        stdin.fileHandleForWriting.write(Data(input.map { $0 + "\n" }.joined().utf8))
        try stdin.fileHandleForWriting.close()
        let o = out.fileHandleForReading.readDataToEndOfFile()
        let e = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return (p.terminationStatus, Array(o), String(decoding: e, as: UTF8.self))
    }

    func text(_ bytes: [UInt8]) -> String { String(decoding: bytes, as: UTF8.self) }

    func journal(_ s: Scratch) throws -> String {
        let r = try keel(["export", "--data-dir", s.data, "--kind", "journal"])
        #expect(r.status == 0, "\(r.err)")
        return r.out
    }

    static let reframe = [
        "", "8", "", "skip", "They went to the lake without me", "Nobody wants me around", "1 3", "1",
        "It was planned in a rush", "One plan, not my worth", "", "Sam", "Message Dana", "4", "",
    ]

    @Test func aPipedReframeLandsInTheJournalWithNoEscapeByte() throws {
        let s = Scratch()
        let r = try fed(["--plain", "--data-dir", s.data, "reframe"], Self.reframe, scratch: s)
        #expect(r.status == 0, "\(r.err)")
        #expect(!r.out.contains(0x1B), "an escape byte reached stdout")
        let out = text(r.out)
        #expect(out.contains("Step 1 of 14: Pause"), "\(out)")
        #expect(out.contains("The sting went from 8 to 4. It eased by 4."), "\(out)")
        let exported = try journal(s)
        #expect(exported.contains("They went to the lake without me"))
        #expect(exported.contains("Message Dana"))
    }

    @Test func theEndOfInputMidwayKeepsADraft() throws {
        let s = Scratch()
        let r = try fed(["reframe", "--data-dir", s.data], Array(Self.reframe.prefix(6)), env: ["KEEL_PLAIN": "1"], scratch: s)
        #expect(r.status == 0, "\(r.err)")
        #expect(text(r.out).contains("kept as a draft"), "\(text(r.out))")
        #expect(!(try journal(s)).contains("They went to the lake"))
        let drafts = try keel(["export", "--data-dir", s.data, "--kind", "drafts"])
        #expect(drafts.out.contains("Nobody wants me around"), "\(drafts.out) \(drafts.err)")
        // Next time it is offered back: 1 picks it up.
        let again = try fed(["--plain", "--data-dir", s.data, "reframe"], ["1"] + Array(Self.reframe.dropFirst(6)), scratch: s)
        #expect(text(again.out).contains("didn't finish"))
        #expect(try journal(s).contains("Nobody wants me around"))
    }

    @Test func crisisWordsPrintTheRegionsLinesAsPlainText() throws {
        let s = Scratch()
        var lines = Self.reframe
        lines[5] = "I want to end my life"
        let r = try fed(["--plain", "--data-dir", s.data, "reframe"], lines, env: ["LANG": "en_GB.UTF-8", "LC_ALL": ""], scratch: s)
        let out = text(r.out)
        #expect(out.contains("Help now"), "\(out)")
        #expect(out.contains("Samaritans"), "\(out)")
        #expect(!r.out.contains(0x1B))
        #expect(try journal(s).contains("I want to end my life"), "the words are kept")
    }

    @Test func coachAndMorningRunAsConversations() throws {
        let s = Scratch()
        let coach = try fed(["--plain", "--data-dir", s.data, "coach"], ["7", "99", "1"], scratch: s)
        #expect(coach.status == 0, "\(coach.err)")
        #expect(text(coach.out).contains("How are you right now? Type 0 to 10"))
        #expect(text(coach.out).contains("That isn't one of the numbers."))
        let checkIns = try keel(["export", "--data-dir", s.data, "--kind", "check-ins"])
        #expect(checkIns.out.contains("\"mood\" : 7") || checkIns.out.contains("\"mood\":7") || checkIns.out.contains("\"mood\": 7"), "\(checkIns.out)")
        let morning = try fed(["--plain", "--data-dir", s.data, "morning"], ["1 2 3", "1", "Kept calm", "Ask one question", "Coffee", "", ""], scratch: s)
        #expect(morning.status == 0, "\(morning.err)")
        #expect(!morning.out.contains(0x1B))
        #expect(try journal(s).contains("Ask one question"), "\(text(morning.out))")
    }

    @Test func aShortBreathPrintsAPhaseALineAndASummary() throws {
        let s = Scratch()
        let started = Date()
        let r = try fed(
            ["--plain", "--data-dir", s.data, "breathe", "--pattern", "1-0-1-0", "--minutes", "0.07", "--no-rating"], [], scratch: s)
        #expect(r.status == 0, "\(r.err)")
        let out = text(r.out)
        #expect(out.contains("Breath 1 of 2. Breathe in, 1 second"), "\(out)")
        #expect(out.contains("Breath 2 of 2. Breathe in, 1 second"), "\(out)")
        #expect(out.components(separatedBy: "Breathe out, 1 second").count == 3, "\(out)")
        #expect(out.contains("Well breathed."), "\(out)")
        #expect(Date().timeIntervalSince(started) >= 4, "the pace holds when input ends")
        #expect(!r.out.contains(0x1B))
        let sessions = try keel(["export", "--data-dir", s.data, "--kind", "breathing"])
        #expect(sessions.out.contains("\"completed\" : true") || sessions.out.contains("\"completed\":true"), "\(sessions.out)")
    }

    @Test func theConfigFileTurnsPlainModeOnAndKeelPlainZeroOff() throws {
        let s = Scratch()
        try FileManager.default.createDirectory(atPath: s.path + "/config/keel", withIntermediateDirectories: true)
        try Data("{ \"plain\": true }".utf8).write(to: URL(fileURLWithPath: s.path + "/config/keel/config.json"))
        let on = try fed(["--data-dir", s.data, "coach"], ["5"], scratch: s)
        #expect(text(on.out).contains("How are you right now?"), "\(on.err)")
        let off = try fed(["--data-dir", s.data, "coach"], ["5"], env: ["KEEL_PLAIN": "0"], scratch: s)
        #expect(off.status == 1 && off.err.contains("keel needs a terminal"), "\(off.err)")
    }
}

/// Plain mode in a real terminal: TERM=dumb alone turns it on, the
/// terminal's own line editing takes the answers, and Ctrl-C keeps a draft.
@Suite(.serialized) struct PlainTerminalTests {
    @Test func aDumbTerminalGetsTheConversationAndCtrlCKeepsADraft() throws {
        let s = Scratch()
        // An interactive shell, as a person has: Ctrl-C reaches keel's job, not the shell.
        let t = try TerminalSession([], env: ["TERM": "dumb", "XDG_CONFIG_HOME": s.path + "/config", "PS1": "$ "], interactiveShell: true)
        try t.type("\(TerminalSession.quote(Binary.path)) --data-dir \(TerminalSession.quote(s.data)) reframe; echo \"status=$?\"; stty -a | tr '\\n' ' '")
        try t.press("Enter")
        #expect(t.waitFor("Step 1 of 14: Pause", timeout: 30), "\(t.text)")
        try t.press("Enter")
        #expect(t.waitFor("where 0 is"), "\(t.text)")
        try t.type("8")
        try t.press("Enter")
        #expect(t.waitFor("Step 3 of 15: Go gently"), "\(t.text)")
        try t.press("Enter")
        #expect(t.waitFor("or type skip"), "\(t.text)")
        try t.type("skip")
        try t.press("Enter")
        #expect(t.waitFor("Step 5 of 15: What happened"), "\(t.text)")
        // The terminal's own line editing: a mistake rubbed out with Backspace never reaches keel.
        try t.type("They left me outX")
        try t.press("BSpace")
        try t.press("Enter")
        #expect(t.waitFor("Step 6 of 15: The story"), "\(t.text)")
        try t.press("C-c")
        #expect(t.waitFor("status=130", timeout: 20), "\(t.text)")
        #expect(t.text.contains("kept as a draft"), "\(t.text)")
        #expect(t.waitFor(" icanon") && t.text.contains(" echo "), "the terminal's modes are as they were: \(t.text)")
        let drafts = try keel(["export", "--data-dir", s.data, "--kind", "drafts"])
        #expect(drafts.out.contains("They left me out\""), "\(drafts.out)")
        #expect(!drafts.out.contains("outX"))
    }
}
