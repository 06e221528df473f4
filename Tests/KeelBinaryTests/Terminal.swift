import Foundation
import Testing

/// The built binary, found from this file's place in the source tree
/// (`make test` builds it first), or from KEEL_BIN.
enum Binary {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path
    static var path: String {
        ProcessInfo.processInfo.environment["KEEL_BIN"] ?? root + "/.build/debug/keel"
    }
}

/// A fresh temporary folder, removed afterwards.
final class Scratch {
    let path: String
    init() {
        path = FileManager.default.temporaryDirectory.appendingPathComponent("keel-bin-\(UUID().uuidString.prefix(8))").path
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }
    deinit { try? FileManager.default.removeItem(atPath: path) }
    var data: String { path + "/data" }
}

struct Ran {
    var status: Int32
    var out: String
    var err: String
}

/// Runs keel without a terminal (standard input from /dev/null); `program`
/// runs something else around it (a shell for ulimit, setpriv for another user).
@discardableResult
func keel(_ args: [String], env: [String: String] = [:], program: String = Binary.path) throws -> Ran {
    let p = Process()
    p.executableURL = URL(fileURLWithPath: program)
    p.arguments = args
    var environment = ProcessInfo.processInfo.environment
    for (k, v) in env { environment[k] = v }
    p.environment = environment
    let out = Pipe(), err = Pipe()
    p.standardOutput = out
    p.standardError = err
    p.standardInput = FileHandle(forReadingAtPath: "/dev/null")
    try p.run()
    let o = out.fileHandleForReading.readDataToEndOfFile()
    let e = err.fileHandleForReading.readDataToEndOfFile()
    p.waitUntilExit()
    return Ran(status: p.terminationStatus, out: String(decoding: o, as: UTF8.self), err: String(decoding: e, as: UTF8.self))
}

/// keel in a real terminal: a detached tmux session on its own server, driven
/// with send-keys and read back with capture-pane. After keel exits, the pane
/// prints its exit status and the terminal modes, then stays open.
final class TerminalSession {
    let socket = "keel-test-\(UUID().uuidString.prefix(8))"
    /// keel's exit status and the terminal modes after it, written by the pane's shell.
    let statusFile: String
    let modesFile: String
    private(set) var width: Int
    private(set) var height: Int

    /// With `interactiveShell`, the pane runs bash with job control instead
    /// (for Ctrl-Z and fg); `args` are then unused. `wrapper` runs keel inside
    /// another program (its arguments end with keel's path).
    init(
        _ args: [String], width: Int = 80, height: Int = 24, env: [String: String] = [:], interactiveShell: Bool = false,
        wrapper: [String] = []
    ) throws {
        self.width = width
        self.height = height
        statusFile = FileManager.default.temporaryDirectory.appendingPathComponent("\(socket).status").path
        modesFile = FileManager.default.temporaryDirectory.appendingPathComponent("\(socket).modes").path
        let quoted = (wrapper + [Binary.path] + args).map(TerminalSession.quote).joined(separator: " ")
        let exports = env.map { "export \($0.key)=\(TerminalSession.quote($0.value));" }.joined(separator: " ")
        let script =
            interactiveShell
            ? "\(exports) exec bash --norc --noprofile -i"
            : "\(exports) \(quoted); echo $? > \(statusFile).tmp; stty -a > \(modesFile); mv \(statusFile).tmp \(statusFile); echo exited; sleep 600"
        // The tmux server outlives this call; it must not inherit a pipe we read to the end.
        try tmux(["new-session", "-d", "-s", "t", "-x", "\(width)", "-y", "\(height)", "sh", "-c", script], output: false)
    }

    deinit {
        _ = try? tmux(["kill-server"], output: false)
        try? FileManager.default.removeItem(atPath: statusFile)
        try? FileManager.default.removeItem(atPath: modesFile)
    }

    static func quote(_ s: String) -> String { "'" + s.replacing("'", with: "'\\''") + "'" }

    @discardableResult
    func tmux(_ args: [String], output: Bool = true) throws -> String {
        var environment = ProcessInfo.processInfo.environment
        environment["TERM"] = "xterm-256color"
        environment.removeValue(forKey: "TMUX")
        return try Spawn.run(["tmux", "-L", socket, "-f", "/dev/null"] + args, environment: environment, capture: output).out
    }

    /// Named keys as tmux knows them: "Enter", "Escape", "C-c", "Up", "F1".
    func press(_ keys: String...) throws {
        for k in keys { try tmux(["send-keys", "-t", "t", k]) }
    }

    /// Text typed literally, character by character as a person would.
    func type(_ text: String) throws {
        try tmux(["send-keys", "-t", "t", "-l", text])
    }

    var screen: [String] {
        ((try? tmux(["capture-pane", "-p", "-t", "t"])) ?? "").split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    var text: String { screen.joined(separator: "\n") }

    /// Waits until the screen shows `needle` (default 10 s); false on timeout.
    @discardableResult
    func waitFor(_ needle: String, timeout: Double = 10) -> Bool {
        let end = Date().addingTimeInterval(timeout)
        while Date() < end {
            if text.contains(needle) { return true }
            Thread.sleep(forTimeInterval: 0.05)
        }
        return false
    }

    func resize(_ w: Int, _ h: Int) throws {
        width = w
        height = h
        try tmux(["resize-window", "-t", "t", "-x", "\(w)", "-y", "\(h)"])
    }

    /// The exit status keel left, once it has exited (nil if it is still running).
    func exitStatus(timeout: Double = 10) -> Int? {
        let end = Date().addingTimeInterval(timeout)
        while Date() < end {
            if let text = try? String(contentsOfFile: statusFile, encoding: .utf8) {
                return Int(text.trimmingCharacters(in: .whitespacesAndNewlines))
            }
            Thread.sleep(forTimeInterval: 0.05)
        }
        return nil
    }

    /// The terminal modes after keel exited, from `stty -a`.
    var modesAfterExit: String {
        _ = exitStatus()
        return ((try? String(contentsOfFile: modesFile, encoding: .utf8)) ?? "").replacing("\n", with: " ")
    }

    /// The pid of keel itself (the pane's shell runs it as a child).
    func keelPID() throws -> Int32? {
        let shell = try tmux(["display-message", "-p", "-t", "t", "#{pane_pid}"]).trimmingCharacters(in: .whitespacesAndNewlines)
        let children = (try? String(contentsOfFile: "/proc/\(shell)/task/\(shell)/children", encoding: .utf8)) ?? ""
        return children.split(separator: " ").first.flatMap { Int32($0) }
    }
}

/// A data folder that has already seen the welcome.
func preparedDataDir(_ scratch: Scratch) throws -> String {
    let dir = scratch.path + "/home-data"
    try keel(["sample", "--into", dir, "--years", "0.1"])
    return dir
}

/// The end of a reframe, from its small next step to the summary, that
/// several terminal tests walk the same way: a next step, the sting rated
/// `sting`, and Looking back passed.
func finishReframe(_ t: TerminalSession, easedTo sting: Int, sourceLocation: SourceLocation = #_sourceLocation) throws {
    #expect(t.waitFor("What is one small next step"), "\(t.text)", sourceLocation: sourceLocation)
    try t.type("Call Dana")
    try t.press("Enter")
    #expect(t.waitFor("And now, how much does it sting?"), "\(t.text)", sourceLocation: sourceLocation)
    try t.press("\(sting)", "Enter")
    #expect(t.waitFor("Looking back"), "\(t.text)", sourceLocation: sourceLocation)
    try t.press("Enter")
    #expect(t.waitFor("The sting went from"), "\(t.text)", sourceLocation: sourceLocation)
}
