import Foundation
import Testing

/// What reaches the terminal, write by write. ncurses sends what it has
/// after every cursor move until its screen has once been left and taken
/// back; keel does that before its first frame, so a frame is one write
/// (the floor's C program sends its menu move in three).
@Suite(.serialized) struct TerminalWritesTests {
    /// strace, when it is installed and may trace here (a container can forbid it).
    static let strace: String? = {
        guard let path = ["/usr/bin/strace", "/bin/strace"].first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else { return nil }
        let r = try? Spawn.run([path, "-o", "/dev/null", "true"], environment: ProcessInfo.processInfo.environment, capture: true)
        return r?.status == 0 ? path : nil
    }()

    /// The writes keel made to the terminal, as strace shows their bytes
    /// (escape as \33, anything beyond ASCII in octal).
    func writes(_ log: String) throws -> [String] {
        try String(contentsOfFile: log, encoding: .utf8).split(separator: "\n").map(String.init).filter { $0.contains("write(1, ") }
    }

    @Test(.enabled(if: strace != nil, "needs strace"))
    func theFirstFrameAndEachMenuMoveReachTheTerminalInOneWriteEach() throws {
        let s = Scratch()
        let data = try preparedDataDir(s)
        let log = s.path + "/writes.log"
        let t = try TerminalSession(
            ["breathe", "--data-dir", data], env: ["XDG_CONFIG_HOME": s.path + "/config"],
            wrapper: [Self.strace!, "-f", "-qq", "-e", "trace=write", "-e", "signal=none", "-s", "65536", "-o", log])
        #expect(t.waitFor("Your own seconds", timeout: 30), "\(t.text)")
        try t.press("j")
        #expect(t.waitFor("› 4-7-8"), "\(t.text)")
        try t.press("C-c")
        #expect(t.exitStatus(timeout: 20) == 130)
        let sent = try writes(log)
        // Keypad mode is switched on before the first frame, as ncurses' keypad() would.
        let frame = try #require(sent.firstIndex { $0.contains("Choose a breath") }, "\(sent.joined(separator: "\n"))")
        #expect(sent[..<frame].contains { $0.contains(#"\33[?1h\33="#) }, "\(sent.joined(separator: "\n"))")
        // The frame's first row and its last rows of text, in one write.
        #expect(sent.contains { $0.contains("Choose a breath") && $0.contains("Your own seconds") }, "\(sent.joined(separator: "\n"))")
        // The move: the highlight off one row and onto the next, in one write.
        #expect(sent.contains { $0.contains("Box") && $0.contains("4-7-8") && !$0.contains("Choose a breath") }, "\(sent.joined(separator: "\n"))")
    }
}
