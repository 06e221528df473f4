import Foundation
import KeelStore

/// kill -9 at random moments. After every round the data must open with no
/// file damaged, and every record confirmed saved before the kill must be there.
enum KillRounds {
    static let passA = Array("first passphrase here".utf8)
    static let passB = Array("second passphrase here".utf8)

    // MARK: saves

    /// The child side: saves records one at a time and prints each id only
    /// after `save` returned (the confirmation the parent relies on).
    static func saver(dir: String, passfile: String, prefix: String) -> Never {
        let secret =
            passfile == "-"
            ? [] : Array((try? String(contentsOfFile: passfile, encoding: .utf8))?.split(separator: "\n").first.map(String.init)?.utf8 ?? "".utf8)
        guard let store = try? Store(root: dir, passphrase: { secret }) else { exit(3) }
        var rng = SystemRandomNumberGenerator()
        var i = 0
        while true {
            i += 1
            let id = "\(prefix)-\(i)"
            let month = Int.random(in: 1...12, using: &rng)
            let created = Timestamp.parse("2026-\(month < 10 ? "0" : "")\(month)-15T10:00:00.000Z")!
            do {
                if i % 3 == 0 {
                    try store.saveDraft(id: "d:" + id, title: "Stress", state: .string("words typed before the crash 日本 👍🏽 #\(i)"))
                } else {
                    try store.save(
                        BreathSession(
                            id: id, created: created, pattern: "box", timing: "4-4-4-4", plannedSeconds: 60,
                            actualSeconds: 60, completed: true, calmBefore: 3, calmAfter: 6, source: "stress"))
                }
            } catch {
                FileHandle.standardError.write(Data("\(error)\n".utf8))
                exit(4)
            }
            FileHandle.standardOutput.write(Data("\(i % 3 == 0 ? "d:" : "")\(id)\n".utf8))
        }
    }

    static func saves(rounds: Int, tally: Tally) {
        for encrypted in [false, true] {
            let scratch = Scratch("saves")
            let dir = scratch.path + "/data"
            let passfile = scratch.file("pass", "first passphrase here\n")
            if encrypted {
                let store = try! Store(root: dir)
                _ = try! store.encrypt(passphrase: passA, kdf: KDFParameters(n: 1024))
                store.close()
            }
            var confirmed: [String] = []
            var survived = 0
            var leftTemp = 0
            for round in 0..<(rounds / 2) {
                let ran = run(
                    [selfPath, "saver", dir, encrypted ? passfile : "-", "r\(round)"],
                    killAfter: Double.random(in: 0.01...0.25))
                confirmed += ran.out.split(separator: "\n").map(String.init)
                if !noTempFiles(dir) { leftTemp += 1 }
                guard let store = try? Store(root: dir, passphrase: { passA }) else {
                    tally.fail("saves round \(round): the store did not open")
                    continue
                }
                // The next start sweeps what the kill left (it may be plaintext).
                tally.check(noTempFiles(dir), "saves round \(round): a temp file is still there after the next start")
                let sessions = Set(store.all(BreathSession.self).map(\.id))
                let drafts = Set(store.all(Draft.self).map(\.id))
                let missing = confirmed.filter { $0.hasPrefix("d:") ? !drafts.contains($0) : !sessions.contains($0) }
                tally.check(
                    missing.isEmpty,
                    "saves round \(round) (\(encrypted ? "encrypted" : "plain")): \(missing.count) confirmed records missing, e.g. \(missing.prefix(3))")
                tally.check(store.problems.isEmpty, "saves round \(round): \(store.problems.map(\.description).prefix(2))")
                if missing.isEmpty && store.problems.isEmpty { survived += 1 }
                store.close()
            }
            tally.say(
                "kill -9 during saves (\(encrypted ? "encrypted" : "plain")): \(survived) of \(rounds / 2) rounds survived; \(confirmed.count) confirmed records, all there; \(leftTemp) kills left a temp file, each gone after the next start"
            )
        }
    }

    // MARK: imports

    static func imports(rounds: Int, exportFile: String, expected: [UInt8], tally: Tally) {
        let scratch = Scratch("imports")
        var survived = 0
        var completed = 0
        var killedMidway = 0
        var leftTemp = 0
        for round in 0..<rounds {
            let dir = scratch.path + "/data\(round % 4)"
            // Something of the person's own, saved and confirmed before the import.
            let store = try! Store(root: dir)
            let own = "own-\(round)"
            try! store.save(
                BreathSession(
                    id: own, created: Date(), pattern: "box", timing: "4-4-4-4", plannedSeconds: 60,
                    actualSeconds: 60, completed: true, calmBefore: nil, calmAfter: nil, source: "stress"))
            store.close()
            let ran = run([keelPath, "import", "--data-dir", dir, exportFile], killAfter: Double.random(in: 0.002...0.15))
            if ran.killed { killedMidway += 1 }
            if !noTempFiles(dir) { leftTemp += 1 }
            let after = contents(dir)
            tally.check(noTempFiles(dir), "imports round \(round): a temp file is still there after the next start")
            let reopened = try! Store(root: dir)
            let ownThere = reopened.find(BreathSession.self, id: own) != nil
            reopened.close()
            tally.check(ownThere, "imports round \(round): a record saved before the import is gone")
            tally.check(after.problems.isEmpty, "imports round \(round): \(after.problems.prefix(2))")
            if !ran.killed { tally.check(ran.status == 0, "imports round \(round): exit \(ran.status): \(ran.err)") }
            if ownThere && after.problems.isEmpty { survived += 1 }
            // Importing again completes what was cut short: then everything is there.
            if round % 5 == 0 {
                let again = run([keelPath, "import", "--data-dir", dir, exportFile])
                let store = try! Store(root: dir)
                let all = try! Exchange.exportJSON(from: store, at: Date(timeIntervalSince1970: 0))
                store.close()
                tally.check(again.status == 0 && containsAll(all, of: expected), "imports round \(round): a second import did not complete the first")
                completed += 1
            }
        }
        tally.say(
            "kill -9 during imports: \(survived) of \(rounds) rounds survived (\(killedMidway) killed before the import finished); \(completed) imports run again afterwards, each then complete; \(leftTemp) kills left a temp file, each gone after the next start"
        )
    }

    /// Every record of `expected` (an export) is in `actual`.
    static func containsAll(_ actual: [UInt8], of expected: [UInt8]) -> Bool {
        guard let a = try? KeelJSON.decode(JSONValue.self, from: actual)["collections"]?.object,
            let e = try? KeelJSON.decode(JSONValue.self, from: expected)["collections"]?.object
        else { return false }
        for (kind, records) in e {
            let ids = Set((a[kind]?.array ?? []).compactMap { $0["id"]?.string })
            if (records.array ?? []).contains(where: { !ids.contains($0["id"]?.string ?? "") }) { return false }
        }
        return true
    }

    // MARK: encrypt, decrypt, passphrase

    static func privacy(rounds: Int, sampleDir: String, tally: Tally) {
        let scratch = Scratch("privacy")
        let dir = scratch.path + "/data"
        try! FileManager.default.copyItem(atPath: sampleDir, toPath: dir)
        let baseline = contents(dir).json!
        let fileA = scratch.file("a", "first passphrase here\n"), fileB = scratch.file("b", "second passphrase here\n")
        var current: (bytes: [UInt8], file: String) = (passA, fileA)
        var killedMidway = 0
        var survived = 0
        var leftTemp = 0
        var ops: [String: Int] = [:]
        for round in 0..<rounds {
            let encrypted = Store.isEncrypted(root: dir)
            let other = current.file == fileA ? (passB, fileB) : (passA, fileA)
            let op: String
            var argv = [keelPath]
            if !encrypted {
                op = "encrypt"
                argv += ["encrypt", "--data-dir", dir, "--passphrase-file", current.file]
            } else if round % 3 == 0 {
                op = "decrypt"
                argv += ["decrypt", "--data-dir", dir, "--passphrase-file", current.file]
            } else {
                op = "passphrase"
                argv += ["passphrase", "--data-dir", dir, "--passphrase-file", current.file, "--new-passphrase-file", other.1]
            }
            ops[op, default: 0] += 1
            // Most kills land while files are being rewritten (a whole run takes tens of milliseconds).
            let ran = run(argv, env: cheapScrypt, killAfter: Double.random(in: 0.002...0.06))
            if ran.killed { killedMidway += 1 }
            if !noTempFiles(dir) { leftTemp += 1 }
            // Every file must read, with the passphrase from before or (after a change) the new one.
            let after = contents(dir, passphrases: [current.bytes, other.0])
            tally.check(noTempFiles(dir), "\(op) round \(round): a temp file is still there after the next start")
            let same = after.json == baseline  // the export at a fixed time: sorted keys, so equal records give equal bytes
            tally.check(same, "\(op) round \(round)\(ran.killed ? " (killed)" : ""): records differ or unreadable: \(after.problems.prefix(2))")
            tally.check(after.problems.isEmpty, "\(op) round \(round): \(after.problems.prefix(2))")
            if same && after.problems.isEmpty { survived += 1 }
            if op == "passphrase", Store.isEncrypted(root: dir), (try? Store(root: dir, passphrase: { other.0 }))?.close() != nil {
                current = (other.0, other.1)
            }
            if !ran.killed { tally.check(ran.status == 0, "\(op) round \(round): exit \(ran.status): \(ran.err)") }
        }
        tally.say(
            "kill -9 during encrypt, decrypt and passphrase changes (\(ops.sorted { $0.key < $1.key }.map { "\($0.value) \($0.key)" }.joined(separator: ", "))): \(survived) of \(rounds) rounds read whole, \(killedMidway) of them killed midway; \(leftTemp) kills left a temp file, each gone after the next start"
        )
    }
}
