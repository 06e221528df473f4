import Foundation
import KeelStore

/// Full disks, permissions, a missing home, and two keels at once.
enum EnvironmentRounds {
    static let nobody = ["/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"]

    // MARK: full disk

    static func fullDisk(sampleDir: String, bigExport: String, tally: Tally) {
        let scratch = Scratch("disk")
        // ulimit -f as a shell sets it, SIGXFSZ left as it is: keel itself
        // ignores it, so a write past the limit fails with EFBIG.
        var efbig = 0
        for (i, encrypted) in [false, true, false, true].enumerated() {
            let dir = scratch.path + "/ulimit\(i)"
            try! FileManager.default.copyItem(atPath: sampleDir, toPath: dir)
            let pass = scratch.file("pass", "first passphrase here\n")
            if encrypted { _ = run([keelPath, "encrypt", "--data-dir", dir, "--passphrase-file", pass], env: cheapScrypt) }
            let before = diskState(dir)
            let blocks = i < 2 ? 8 : 24
            let ran = run([
                "/bin/sh", "-c", "ulimit -f \(blocks); exec \"$0\" \"$@\"", keelPath, "import", "--data-dir", dir,
                "--passphrase-file", pass, bigExport,
            ])
            // Looked at before anything opens the data again (opening sweeps temp files).
            let noTemp = noTempFiles(dir)
            let after = contents(dir, passphrases: [KillRounds.passA])
            tally.check(ran.status == 1, "ulimit -f \(blocks): exit \(ran.status), expected 1")
            tally.check(ran.err.contains("larger than this system allows"), "ulimit -f: unclear message: \(ran.err.prefix(200))")
            tally.check(after.problems.isEmpty && after.json != nil, "ulimit -f: data damaged: \(after.problems.prefix(2))")
            tally.check(noTemp, "ulimit -f: a temp file was left behind")
            // Files written before the limit was hit are whole; nothing that was there is gone.
            let kept = before.keys.allSatisfy { FileManager.default.fileExists(atPath: dir + "/" + $0) }
            tally.check(kept, "ulimit -f: a file went missing")
            if ran.status == 1 && after.problems.isEmpty && kept && noTemp { efbig += 1 }
        }
        tally.say(
            "full file size limit (ulimit -f, EFBIG): \(efbig) of 4 imports refused with a clear message, plain and encrypted, SIGXFSZ left as the shell sets it; nothing half-written, no temp file left"
        )

        // A tiny tmpfs: ENOSPC for real, when this machine lets us mount one.
        let mount = scratch.path + "/tiny"
        try? FileManager.default.createDirectory(atPath: mount, withIntermediateDirectories: true)
        let mounted = run(["/bin/mount", "-t", "tmpfs", "-o", "size=192k", "tmpfs", mount])
        guard mounted.status == 0 else {
            tally.say(
                "a full tmpfs (ENOSPC): not tried, mounting needs root and a kernel that allows it here (\(mounted.err.trimmingCharacters(in: .whitespacesAndNewlines)))"
            )
            return
        }
        defer { _ = run(["/bin/umount", mount]) }
        var enospc = 0
        let dir = mount + "/data"
        // Saves until the disk is full: every confirmed record is there afterwards.
        let saver = run([selfPath, "saver", dir, "-", "full"], killAfter: 20)
        let confirmed = saver.out.split(separator: "\n").map(String.init)
        if let store = try? Store(root: dir) {
            let ids = Set(store.all(BreathSession.self).map(\.id) + store.all(Draft.self).map(\.id))
            let missing = confirmed.filter { !ids.contains($0) }
            tally.check(saver.status == 4 && saver.err.contains("disk is full"), "tmpfs saves: \(saver.status) \(saver.err.prefix(200))")
            tally.check(missing.isEmpty, "tmpfs saves: \(missing.count) confirmed records missing")
            tally.check(store.problems.isEmpty, "tmpfs saves: \(store.problems.prefix(2))")
            if missing.isEmpty && store.problems.isEmpty && saver.status == 4 { enospc += 1 }
            store.close()
        }
        tally.check(noTempFiles(dir), "tmpfs: a temp file was left behind")
        // Encrypting on a full disk stops with a clear message; everything reads; with room again it finishes.
        let pass = scratch.file("pass", "first passphrase here\n")
        let enc = run([keelPath, "encrypt", "--data-dir", dir, "--passphrase-file", pass], env: cheapScrypt)
        let mid = contents(dir, passphrases: [KillRounds.passA])
        tally.check(enc.status == 1 && enc.err.contains("disk is full"), "tmpfs encrypt: \(enc.status) \(enc.err.prefix(200))")
        tally.check(mid.problems.isEmpty && mid.json != nil, "tmpfs encrypt: \(mid.problems.prefix(2))")
        if enc.status == 1 && mid.problems.isEmpty { enospc += 1 }
        _ = run(["/bin/mount", "-o", "remount,size=4m", mount])
        let done = run([keelPath, "encrypt", "--data-dir", dir, "--passphrase-file", pass], env: cheapScrypt)
        let after = contents(dir, passphrases: [KillRounds.passA])
        tally.check(done.status == 0 && after.json == mid.json, "tmpfs encrypt with room again: \(done.status) \(done.err.prefix(200))")
        if done.status == 0 && after.json == mid.json { enospc += 1 }
        tally.say(
            "a full tmpfs (ENOSPC): \(enospc) of 3 checks held (\(confirmed.count) saves confirmed until the disk filled, all there; encrypt stopped cleanly and finished once there was room)"
        )
    }

    final class Results: @unchecked Sendable {
        private let lock = NSLock()
        private var items: [(String, Ran)] = []
        func add(_ file: String, _ r: Ran) { lock.lock(); items.append((file, r)); lock.unlock() }
        var all: [(String, Ran)] { lock.lock(); defer { lock.unlock() }; return items }
    }

    // MARK: permissions and home

    static func permissions(sampleDir: String, tally: Tally) {
        guard getuid() == 0, FileManager.default.isExecutableFile(atPath: nobody[0]) else {
            tally.say("permissions: not tried (needs root and setpriv to act as another user)")
            return
        }
        let scratch = Scratch("perm")
        chmod(scratch.path, 0o755)
        var held = 0
        // Owned by someone else (root, 0700), opened by nobody: a clear refusal.
        let foreign = scratch.path + "/foreign"
        try! FileManager.default.copyItem(atPath: sampleDir, toPath: foreign)
        chmod(foreign, 0o700)
        let a = run(nobody + [keelPath, "export", "--data-dir", foreign])
        if a.status == 1 && a.err.contains("permission denied") { held += 1 } else { tally.fail("someone else's data: \(a.status) \(a.err)") }
        // Read-only (nobody's own, 0500): reading works, writing is refused with the reason, nothing changes.
        let ro = scratch.path + "/readonly"
        try! FileManager.default.copyItem(atPath: sampleDir, toPath: ro)
        _ = run(["/bin/chown", "-R", "65534:65534", ro])
        let before = diskState(ro)
        chmod(ro, 0o500)
        let exported = run(nobody + [keelPath, "export", "--data-dir", ro])
        let file = scratch.file("x.json", "{\"format\": 1, \"app\": \"keel\", \"exported\": \"2026-11-26T10:00:00.000Z\", \"collections\": {}}")
        chmod(file, 0o644)
        let imported2 = run(nobody + [keelPath, "import", "--data-dir", ro, file])
        if exported.status == 0 && exported.out.contains("\"collections\"") {
            held += 1
        } else {
            tally.fail("read-only export: \(exported.status) \(exported.err)")
        }
        if imported2.status == 1 && imported2.err.contains("read-only") {
            held += 1
        } else {
            tally.fail("read-only import: \(imported2.status) \(imported2.err)")
        }
        chmod(ro, 0o700)
        if diskState(ro) == before { held += 1 } else { tally.fail("read-only data changed") }
        // No home at all, and a home that doesn't exist and can't be made.
        let noHome = run(["/usr/bin/env", "-u", "HOME", "-u", "KEEL_DATA_DIR", "-u", "XDG_DATA_HOME", keelPath, "export"])
        if noHome.status == 1 && noHome.err.contains("set HOME") { held += 1 } else { tally.fail("no HOME: \(noHome.status) \(noHome.err)") }
        let badHome = run(nobody + ["/usr/bin/env", "-u", "KEEL_DATA_DIR", "-u", "XDG_DATA_HOME", "HOME=/nonexistent/home", keelPath, "export"])
        if badHome.status == 1 && badHome.err.contains("permission denied") { held += 1 } else { tally.fail("missing home: \(badHome.status) \(badHome.err)") }
        tally.say(
            "permissions and home: \(held) of 6 checks held (someone else's folder refused; read-only folder reads, refuses writes with the reason and is unchanged; no HOME and an unmakeable HOME named)"
        )
    }

    // MARK: two keels

    static func twoAtOnce(exports: [String], rounds: Int, tally: Tally) {
        let scratch = Scratch("two")
        var held = 0
        var queued = 0
        var wins = 0
        let quick = 4
        for round in 0..<rounds {
            let dir = scratch.path + "/data\(round)"
            _ = try? Store(root: dir).close()
            // Started together; each is its own process, so they race for the
            // lock. Those that lose it keep their records in a side file.
            let results = Results()
            DispatchQueue.concurrentPerform(iterations: exports.count + quick) { i in
                if i < exports.count {
                    results.add(exports[i], run([keelPath, "import", "--data-dir", dir, exports[i]]))
                } else {
                    results.add("win \(i)", run([keelPath, "win", "--data-dir", dir, "stress win \(round)-\(i)"]))
                }
            }
            // The next keel brings every side file in.
            let store = try! Store(root: dir)
            let all = try! Exchange.exportJSON(from: store, at: Date(timeIntervalSince1970: 0))
            let problems = store.problems
            store.close()
            let left = ((try? FileManager.default.contentsOfDirectory(atPath: dir + "/" + Store.pendingFolder)) ?? []).filter { $0.hasSuffix(".json") }
            var ok = problems.isEmpty && left.isEmpty
            let text = String(decoding: all, as: UTF8.self)
            for (name, r) in results.all {
                guard r.status == 0 else {
                    ok = false
                    tally.fail("two keels: \(name): exit \(r.status): \(r.err.prefix(200))")
                    continue
                }
                if r.err.contains("side file") || r.out.contains("side file") { queued += 1 }
                if name.hasPrefix("win ") {
                    let i = name.dropFirst(4)
                    let found = text.contains("stress win \(round)-\(i)")
                    if found { wins += 1 }
                    ok = ok && found
                } else {
                    let expected = try! Data(contentsOf: URL(fileURLWithPath: name))
                    ok = ok && KillRounds.containsAll(all, of: Array(expected))
                }
            }
            tally.check(ok, "two keels round \(round): records missing or damaged: \(problems.prefix(2)), side files left: \(left)")
            if ok { held += 1 }
        }
        tally.say(
            "\(exports.count) imports and \(quick) keel wins at once onto one folder, \(rounds) rounds: \(held) whole; \(queued) of \(rounds * (exports.count + quick)) found the folder in use, kept their records in a side file and exited 0; the next keel brought every one in (\(wins) of \(rounds * quick) wins there, every import complete, no side file left)"
        )
    }
}
