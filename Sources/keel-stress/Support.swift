import Foundation
import KeelStore

/// What a section found: figures to print, and failures (any failure makes
/// `make stress` exit 1).
final class Tally {
    var lines: [String] = []
    var failures: [String] = []
    func say(_ line: String) {
        lines.append(line)
        print("  " + line)
        fflush(nil)
    }
    func fail(_ line: String) {
        if failures.count < 40 { print("  FAILED: " + line) }
        failures.append(line)
    }
    func check(_ ok: Bool, _ line: @autoclosure () -> String) {
        if !ok { fail(line()) }
    }
}

/// A scratch folder under /tmp, removed at the end.
final class Scratch {
    let path: String
    init(_ name: String) {
        path = FileManager.default.temporaryDirectory.appendingPathComponent("keel-stress-\(name)-\(UUID().uuidString.prefix(8))").path
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }
    deinit { try? FileManager.default.removeItem(atPath: path) }
    /// A file only its owner can read (passphrase files among them: keel
    /// warns about one others can read).
    func file(_ name: String, _ text: String) -> String {
        let p = path + "/" + name
        FileManager.default.createFile(atPath: p, contents: Data(text.utf8), attributes: [.posixPermissions: 0o600])
        return p
    }
}

/// A cheap scrypt for new keys (the shipped binary honours one below 2^15
/// only with the test switch).
let cheapScrypt = ["KEEL_SCRYPT_N": "1024", "KEEL_TEST_CHEAP_SCRYPT": "1"]

/// No temp file of keel's (`.NAME.json.tmp-…`) anywhere in the folder.
func noTempFiles(_ dir: String) -> Bool {
    let names = FileManager.default.enumerator(atPath: dir)?.allObjects as? [String] ?? []
    return !names.contains { ($0 as NSString).lastPathComponent.contains(".tmp-") }
}

struct Ran {
    var status: Int32
    var out: String
    var err: String
    var killed: Bool
}

/// Runs a program; with `killAfter`, sends SIGKILL after that many seconds
/// unless it finished first.
func run(_ argv: [String], env: [String: String] = [:], killAfter: Double? = nil, stdin: String? = nil) -> Ran {
    let p = Process()
    p.executableURL = URL(fileURLWithPath: argv[0])
    p.arguments = Array(argv.dropFirst())
    var environment = ProcessInfo.processInfo.environment
    for (k, v) in env { environment[k] = v }
    p.environment = environment
    let out = Pipe(), err = Pipe()
    p.standardOutput = out
    p.standardError = err
    p.standardInput = stdin.map { _ in Pipe() } ?? FileHandle(forReadingAtPath: "/dev/null")
    do { try p.run() } catch { return Ran(status: -1, out: "", err: "\(error)", killed: false) }
    var killed = false
    if let killAfter {
        let deadline = Date().addingTimeInterval(killAfter)
        while p.isRunning, Date() < deadline { usleep(1000) }
        if p.isRunning { kill(p.processIdentifier, SIGKILL); killed = true }
    }
    let o = out.fileHandleForReading.readDataToEndOfFile()
    let e = err.fileHandleForReading.readDataToEndOfFile()
    p.waitUntilExit()
    return Ran(
        status: p.terminationStatus, out: String(decoding: o, as: UTF8.self), err: String(decoding: e, as: UTF8.self),
        killed: killed || p.terminationReason == .uncaughtSignal)
}

/// Every data file, its bytes (to show nothing changed).
func diskState(_ root: String) -> [String: Data] {
    var out: [String: Data] = [:]
    guard let e = FileManager.default.enumerator(atPath: root) else { return out }
    for case let rel as String in e where !rel.hasPrefix("this-device") {
        var isDir: ObjCBool = false
        if FileManager.default.fileExists(atPath: root + "/" + rel, isDirectory: &isDir), !isDir.boolValue {
            out[rel] = FileManager.default.contents(atPath: root + "/" + rel)
        }
    }
    return out
}

/// Everything the store holds, as the lossless export (at a fixed time), or nil with the reason.
func contents(_ root: String, passphrases: [[UInt8]] = []) -> (json: [UInt8]?, problems: [String]) {
    for (i, secret) in (passphrases.isEmpty ? [[]] : passphrases).enumerated() {
        do {
            let store = try Store(root: root, passphrase: { secret })
            defer { store.close() }
            let json = try Exchange.exportJSON(from: store, at: Date(timeIntervalSince1970: 0))
            return (json, store.problems.map(\.description))
        } catch StoreError.wrongPassphrase where i + 1 < max(passphrases.count, 1) {
            continue
        } catch {
            return (nil, ["\(error)"])
        }
    }
    return (nil, ["no passphrase opened it"])
}

func median(_ xs: [Double]) -> Double {
    let s = xs.sorted()
    return s.isEmpty ? 0 : s[s.count / 2]
}

func ms(_ seconds: Double) -> String { String(format: "%.0f ms", seconds * 1000) }
