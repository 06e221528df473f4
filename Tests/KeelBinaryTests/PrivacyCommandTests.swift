import Foundation
import Testing

/// keel encrypt, decrypt and passphrase from the command line, and keel on
/// encrypted data in a real terminal. A cheap scrypt (KEEL_SCRYPT_N, with
/// the test switch that lets it go below 2^15) keeps these quick; files
/// carry their own parameters, so nothing else differs.
@Suite(.serialized) struct PrivacyCommandTests {
    static let cheap = ["KEEL_SCRYPT_N": "1024", "KEEL_TEST_CHEAP_SCRYPT": "1"]

    /// A passphrase file only its owner can read (keel warns about any other).
    func passfile(_ s: Scratch, _ name: String, _ text: String) -> String {
        let p = s.path + "/" + name
        FileManager.default.createFile(atPath: p, contents: Data((text + "\n").utf8), attributes: [.posixPermissions: 0o600])
        return p
    }

    /// Each data file's bytes (without the lock), to show nothing changed.
    func files(_ dir: String) -> [String: Data] {
        var out: [String: Data] = [:]
        for case let rel as String in FileManager.default.enumerator(atPath: dir)! where !rel.hasPrefix("this-device") {
            if let d = FileManager.default.contents(atPath: dir + "/" + rel) { out[rel] = d }
        }
        return out
    }

    /// An export's collections; an export that doesn't parse, or holds no records, fails the test.
    func collections(_ export: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> NSDictionary {
        let parsed = try? JSONSerialization.jsonObject(with: Data(export.utf8))
        let object = try #require(parsed as? [String: Any], "not a JSON object: \(export.prefix(300))", sourceLocation: sourceLocation)
        let collections = try #require(
            object["collections"] as? [String: Any], "no collections: \(export.prefix(300))",
            sourceLocation: sourceLocation)
        let counts = collections.mapValues { ($0 as? [Any])?.count ?? 0 }
        #expect(counts.values.reduce(0, +) > 0, "the export holds records: \(counts)", sourceLocation: sourceLocation)
        return NSDictionary(dictionary: collections)
    }

    @Test func encryptThenDecryptKeepsEveryRecordAndNoPlainWordIsLeft() throws {
        let s = Scratch()
        let dir = try preparedDataDir(s)
        let pass = passfile(s, "pass", "correct horse battery")
        let before = try keel(["export", "--data-dir", dir]).out
        let enc = try keel(["encrypt", "--data-dir", dir, "--passphrase-file", pass], env: PrivacyCommandTests.cheap)
        #expect(enc.status == 0, "\(enc.err)")
        #expect(enc.out.contains("Encrypted"))
        for (name, bytes) in files(dir) where name.hasSuffix(".json") && !name.hasSuffix("encryption.json") {
            let text = String(decoding: bytes, as: UTF8.self)
            #expect(text.contains("AES-256-GCM") && !text.contains("\"records\""), "\(name) is not sealed")
        }
        let during = try keel(["export", "--data-dir", dir, "--passphrase-file", pass])
        #expect(during.status == 0, "\(during.err)")
        #expect(try collections(during.out).isEqual(try collections(before)))
        let dec = try keel(["decrypt", "--data-dir", dir, "--passphrase-file", pass])
        #expect(dec.status == 0, "\(dec.err)")
        let after = try keel(["export", "--data-dir", dir])
        #expect(try collections(after.out).isEqual(try collections(before)))
        #expect(!FileManager.default.fileExists(atPath: dir + "/encryption.json"))
    }

    @Test func aWrongPassphraseSaysSoExitsOneAndTouchesNothing() throws {
        let s = Scratch()
        let dir = try preparedDataDir(s)
        _ = try keel(["encrypt", "--data-dir", dir, "--passphrase-file", passfile(s, "pass", "correct horse battery")], env: PrivacyCommandTests.cheap)
        let before = files(dir)
        let wrong = passfile(s, "wrong", "incorrect horse")
        for args in [["export"], ["decrypt"], ["import", "/dev/null"], ["journal"], ["passphrase", "--new-passphrase-file", wrong]] {
            let r = try keel(args + ["--data-dir", dir, "--passphrase-file", wrong])
            #expect(r.status == 1, "\(args): \(r.status)")
            #expect(r.err.contains("That passphrase doesn't open this data"), "\(args): \(r.err)")
            #expect(!r.err.contains("incorrect horse"))
        }
        #expect(files(dir) == before)
    }

    @Test func keelTodayNeverAsksButSaysTheDataIsLocked() throws {
        let s = Scratch()
        let dir = try preparedDataDir(s)
        let pass = passfile(s, "pass", "correct horse battery")
        _ = try keel(["encrypt", "--data-dir", dir, "--passphrase-file", pass], env: PrivacyCommandTests.cheap)
        let locked = try keel(["today", "--data-dir", dir])
        #expect(locked.status == 0)
        #expect(locked.out == "keel's data is locked; open keel to see today.\n")
        #expect(!FileManager.default.fileExists(atPath: dir + "/damaged"), "nothing was set aside as unreadable")
        let opened = try keel(["today", "--data-dir", dir, "--passphrase-file", pass])
        #expect(opened.status == 0)
        #expect(opened.out.hasPrefix("Morning reflection"), "\(opened.out)")
    }

    @Test func withoutATerminalOrAFileKeelSaysHowToGiveThePassphrase() throws {
        let s = Scratch()
        let dir = try preparedDataDir(s)
        _ = try keel(["encrypt", "--data-dir", dir, "--passphrase-file", passfile(s, "pass", "correct horse battery")], env: PrivacyCommandTests.cheap)
        // setsid: no controlling terminal, as under cron or CI.
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/setsid")
        p.arguments = ["--wait", Binary.path, "export", "--data-dir", dir]
        let err = Pipe()
        p.standardError = err
        p.standardOutput = Pipe()
        p.standardInput = FileHandle(forReadingAtPath: "/dev/null")
        try p.run()
        let text = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        #expect(p.terminationStatus == 1)
        #expect(text.contains("--passphrase-file"), "\(text)")
    }

    @Test func aPassphraseChangeMakesTheOldOneStopWorking() throws {
        let s = Scratch()
        let dir = try preparedDataDir(s)
        let old = passfile(s, "old", "correct horse battery"), new = passfile(s, "new", "a brand new passphrase")
        _ = try keel(["encrypt", "--data-dir", dir, "--passphrase-file", old], env: PrivacyCommandTests.cheap)
        let r = try keel(["passphrase", "--data-dir", dir, "--passphrase-file", old, "--new-passphrase-file", new], env: PrivacyCommandTests.cheap)
        #expect(r.status == 0, "\(r.err)")
        #expect(try keel(["export", "--data-dir", dir, "--passphrase-file", old]).status == 1)
        #expect(try keel(["export", "--data-dir", dir, "--passphrase-file", new]).status == 0)
        let short = try keel(["passphrase", "--data-dir", dir, "--passphrase-file", new, "--new-passphrase-file", passfile(s, "short", "abc")])
        #expect(short.status == 1 && short.err.contains("at least 8 characters"))
    }

    @Test func anEncryptedExportImportsWithItsPassphraseAnywhere() throws {
        let s = Scratch()
        let dir = try preparedDataDir(s)
        let pass = passfile(s, "pass", "export passphrase")
        let file = s.path + "/export.json"
        let e = try keel(["export", "--data-dir", dir, "--encrypt", "--output", file, "--passphrase-file", pass], env: PrivacyCommandTests.cheap)
        #expect(e.status == 0, "\(e.err)")
        let sealed = String(decoding: FileManager.default.contents(atPath: file)!, as: UTF8.self)
        #expect(sealed.contains("AES-256-GCM") && !sealed.contains("collections"))
        let other = s.path + "/other"
        let wrong = try keel(["import", "--data-dir", other, "--passphrase-file", passfile(s, "w", "not the passphrase"), file])
        #expect(wrong.status == 1 && wrong.err.contains("Nothing was imported"), "\(wrong.err)")
        let i = try keel(["import", "--data-dir", other, "--passphrase-file", pass, file])
        #expect(i.status == 0 && i.out.contains("Imported"), "\(i.err)")
    }

    @Test func killedMidwayEncryptLeavesEveryFileReadable() throws {
        let s = Scratch()
        let dir = try preparedDataDir(s)
        let pass = passfile(s, "pass", "correct horse battery")
        let before = try collections(try keel(["export", "--data-dir", dir]).out)
        for round in 0..<6 {
            let p = Process()
            p.executableURL = URL(fileURLWithPath: Binary.path)
            p.arguments = [round % 2 == 0 ? "encrypt" : "decrypt", "--data-dir", dir, "--passphrase-file", pass]
            p.environment = ProcessInfo.processInfo.environment.merging(PrivacyCommandTests.cheap) { $1 }
            p.standardOutput = FileHandle.nullDevice
            p.standardError = FileHandle.nullDevice
            try p.run()
            usleep(UInt32(5_000 + round * 9_000))
            kill(p.processIdentifier, SIGKILL)
            p.waitUntilExit()
            let r = try keel(["export", "--data-dir", dir, "--passphrase-file", pass])
            #expect(r.status == 0 && r.err.isEmpty, "round \(round): \(r.err)")
            #expect(try collections(r.out).isEqual(before), "round \(round): records changed")
        }
    }

    @Test func aFullDiskIsAClearMessageAndNothingHalfWritten() throws {
        let s = Scratch()
        let dir = try preparedDataDir(s)
        let big = s.path + "/big"
        _ = try keel(["sample", "--into", big, "--years", "1"])
        let file = s.path + "/big.json"
        _ = try keel(["export", "--data-dir", big, "--output", file])
        let before = try collections(try keel(["export", "--data-dir", dir]).out)
        // Writes past 4 KB fail with EFBIG: keel ignores SIGXFSZ itself, which would otherwise end it silently.
        let r = try keel(["-c", "ulimit -f 8; exec \"$0\" import --data-dir \"$1\" \"$2\"", Binary.path, dir, file], program: "/bin/sh")
        #expect(r.status == 1)
        #expect(r.err.contains("Nothing was imported") && r.err.contains("larger than this system allows"), "\(r.err)")
        let after = try keel(["export", "--data-dir", dir])
        #expect(after.status == 0 && after.err.isEmpty, "\(after.err)")
        // What was saved before the limit is whole; what was there is still there.
        let now = try collections(after.out)
        for case let (kind as String, records as [Any]) in before {
            #expect(((now[kind] as? [Any]) ?? []).count >= records.count, "\(kind) lost records")
        }
        let names = FileManager.default.enumerator(atPath: dir)?.allObjects as? [String] ?? []
        #expect(!names.contains { $0.contains(".tmp-") }, "a temp file was left")
    }

    @Test(
        .enabled(if: getuid() == 0, "needs root, to act as another user"),
        .enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv"), "needs /usr/bin/setpriv"))
    func anotherUsersFolderAndAReadOnlyFolderAreNamedClearly() throws {
        let s = Scratch()
        chmod(s.path, 0o755)
        let dir = try preparedDataDir(s)
        chmod(dir, 0o700)
        let nobody = ["--reuid=65534", "--regid=65534", "--clear-groups", Binary.path]
        let foreign = try keel(nobody + ["export", "--data-dir", dir], program: "/usr/bin/setpriv")
        #expect(foreign.status == 1 && foreign.err.contains("permission denied"), "\(foreign.err)")
        _ = try keel(["-R", "65534:65534", dir], program: "/bin/chown")
        chmod(dir, 0o500)
        let ro = try keel(nobody + ["export", "--data-dir", dir], program: "/usr/bin/setpriv")
        #expect(ro.status == 0 && ro.out.contains("collections"))
        let file = s.path + "/empty.json"
        FileManager.default.createFile(atPath: file, contents: Data("{\"format\": 1, \"collections\": {}}".utf8))
        chmod(file, 0o644)
        let imp = try keel(nobody + ["import", "--data-dir", dir, file], program: "/usr/bin/setpriv")
        #expect(imp.status == 1 && imp.err.contains("read-only"), "\(imp.err)")
        chmod(dir, 0o700)
    }

    @Test func theTerminalAsksOnceWithoutEchoBeforeTheScreensStart() throws {
        let s = Scratch()
        let dir = try preparedDataDir(s)
        _ = try keel(["encrypt", "--data-dir", dir, "--passphrase-file", passfile(s, "pass", "correct horse battery")], env: PrivacyCommandTests.cheap)
        // Three wrong tries, as sudo allows: each is asked again at the terminal, never left to the shell.
        let wrong = try TerminalSession(["--data-dir", dir])
        #expect(wrong.waitFor("Passphrase for keel's data:"), "\(wrong.text)")
        for attempt in 1...3 {
            try wrong.type("not it at all")
            try wrong.press("Enter")
            if attempt < 3 {
                #expect(waitForCount(wrong, "Passphrase for keel's data:", attempt + 1), "\(wrong.text)")
                #expect(wrong.text.contains("That passphrase doesn't open it. Try again."), "\(wrong.text)")
            }
        }
        #expect(wrong.exitStatus() == 1)
        #expect(wrong.waitFor("doesn't open this data"), "\(wrong.text)")
        #expect(wrong.text.components(separatedBy: "Passphrase for keel's data:").count - 1 == 3, "\(wrong.text)")
        #expect(!wrong.text.contains("not it at all"), "the passphrase was echoed")

        let t = try TerminalSession(["--data-dir", dir])
        #expect(t.waitFor("Passphrase for keel's data:"))
        try t.type("correct horse battery")
        try t.press("Enter")
        #expect(t.waitFor("A paced breath"), "\(t.text)")
        // A second keel on the same data while this one is open: read-only, with the reason.
        let second = try keel(["decrypt", "--data-dir", dir, "--passphrase-file", s.path + "/pass"])
        #expect(second.status == 1 && second.err.contains("another keel is open"), "\(second.err)")
        try t.press("q")
        #expect(t.exitStatus() == 0)
        // Back on the ordinary screen, where the passphrase was typed.
        #expect(t.waitFor("exited"), "\(t.text)")
        #expect(t.text.contains("Passphrase for keel's data:"), "\(t.text)")
        #expect(!t.text.contains("correct horse"), "the passphrase was echoed:\n\(t.text)")
        #expect(t.modesAfterExit.contains(" echo "), "echo is back on after keel")
    }

    /// Waits until `needle` shows `count` times on the screen.
    func waitForCount(_ t: TerminalSession, _ needle: String, _ count: Int, timeout: Double = 10) -> Bool {
        let end = Date().addingTimeInterval(timeout)
        while Date() < end {
            if t.text.components(separatedBy: needle).count - 1 >= count { return true }
            Thread.sleep(forTimeInterval: 0.05)
        }
        return false
    }
}
