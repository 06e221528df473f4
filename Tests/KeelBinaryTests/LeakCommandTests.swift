import Foundation
import Testing

/// The real binary against leaks and files that are not what they seem:
/// temp files a kill left, a passphrase file others can read, the scrypt
/// floor, core dumps while data is unlocked, export outputs that are not
/// files, data folders keel won't use, FIFOs in place of data files, and
/// damaged files named by the commands that meet them.
@Suite(.serialized) struct LeakCommandTests {
    static let cheap = PrivacyCommandTests.cheap
    /// A pid no process can have: a temp file named with it is one whose writer is gone.
    static let deadPID = 99_999_999

    func privateFile(_ path: String, _ text: String, mode: Int = 0o600) {
        FileManager.default.createFile(atPath: path, contents: Data(text.utf8), attributes: [.posixPermissions: mode])
    }

    /// Every file under `dir`, relative.
    func everyFile(_ dir: String) -> [String] {
        (FileManager.default.enumerator(atPath: dir)?.allObjects as? [String] ?? []).filter {
            var isDir: ObjCBool = false
            return FileManager.default.fileExists(atPath: dir + "/" + $0, isDirectory: &isDir) && !isDir.boolValue
        }
    }

    /// This month in UTC, as month files are named.
    var thisMonth: String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let c = calendar.dateComponents([.year, .month], from: Date())
        return String(format: "%04d-%02d", c.year!, c.month!)
    }

    // MARK: temp files

    @Test func aTempFileLeftByAKillIsGoneAfterTheNextStartAndEncryptLeavesNoPlaintext() throws {
        let s = Scratch()
        let dir = try preparedDataDir(s)
        privateFile(dir + "/.drafts.json.tmp-\(LeakCommandTests.deadPID)-1", "{\"records\": [\"words never meant to stay\"]}")
        let win = try keel(["win", "--data-dir", dir, "asked for help"])
        #expect(win.status == 0, "\(win.err)")
        #expect(!everyFile(dir).contains { $0.contains(".tmp-") }, "\(everyFile(dir))")

        // Plaintext a cut-short save left in a month folder: gone once "Encrypted N files" is said.
        try FileManager.default.createDirectory(atPath: dir + "/wins", withIntermediateDirectories: true)
        privateFile(dir + "/wins/.\(thisMonth).json.tmp-\(LeakCommandTests.deadPID)-2", "{\"records\": [\"words never meant to stay\"]}")
        let pass = s.path + "/pass"
        privateFile(pass, "correct horse battery\n")
        let enc = try keel(["encrypt", "--data-dir", dir, "--passphrase-file", pass], env: LeakCommandTests.cheap)
        #expect(enc.status == 0 && enc.out.contains("Encrypted"), "\(enc.err)")
        for file in everyFile(dir) {
            #expect(!file.contains(".tmp-"), "\(file) left behind")
            let text = String(decoding: FileManager.default.contents(atPath: dir + "/" + file) ?? Data(), as: UTF8.self)
            #expect(!text.contains("words never meant to stay") && !text.contains("asked for help"), "\(file) holds plaintext")
        }
    }

    // MARK: the passphrase

    @Test func aPassphraseFileOthersCanReadIsUsedWithAWarning() throws {
        let s = Scratch()
        let dir = try preparedDataDir(s)
        let loose = s.path + "/loose"
        privateFile(loose, "correct horse battery\n", mode: 0o644)
        let enc = try keel(["encrypt", "--data-dir", dir, "--passphrase-file", loose], env: LeakCommandTests.cheap)
        #expect(enc.status == 0)
        #expect(enc.err.contains("other people can read your passphrase file \(loose) (its permissions are 0644)"), "\(enc.err)")
        #expect(enc.err.contains("chmod 600 \(loose)"), "\(enc.err)")
        chmod(loose, 0o600)
        let quiet = try keel(["export", "--data-dir", dir, "--passphrase-file", loose])
        #expect(quiet.status == 0 && quiet.err.isEmpty, "\(quiet.err)")
    }

    /// The kdf each new key was made with, from the vault's first entry.
    func vaultCost(_ dir: String) throws -> Int? {
        let data = try #require(FileManager.default.contents(atPath: dir + "/encryption.json"))
        let vault = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let entry = (vault["unlock"] as? [[String: Any]])?.first
        return (entry?["kdf"] as? [String: Any])?["n"] as? Int
    }

    @Test func aCheapScryptIsForTestsOnly() throws {
        let s = Scratch()
        let pass = s.path + "/pass"
        privateFile(pass, "correct horse battery\n")
        for (env, expected) in [
            (["KEEL_SCRYPT_N": "1024"], 1 << 15), (["KEEL_SCRYPT_N": "2"], 1 << 15),
            (["KEEL_SCRYPT_N": "65536"], 1 << 16), (LeakCommandTests.cheap, 1024),
        ] {
            let dir = s.path + "/data\(expected)-\(env.count)-\(env["KEEL_SCRYPT_N"]!)"
            try keel(["sample", "--into", dir, "--years", "0.05"])
            let r = try keel(["encrypt", "--data-dir", dir, "--passphrase-file", pass], env: env)
            #expect(r.status == 0, "\(r.err)")
            #expect(try vaultCost(dir) == expected, "\(env)")
        }
    }

    /// keel's dumpable flag and core limit, read from outside while it waits
    /// with the data open: it is blocked writing the export into a FIFO no
    /// one reads yet. Run as `nobody`, so the kernel's sign of a process that
    /// can't be dumped (its /proc files turn root's) is visible.
    func dumpState(encrypted: Bool) throws -> (owner: uid_t, coreLimit: String) {
        let s = Scratch()
        chmod(s.path, 0o755)
        let dir = s.path + "/data"
        try keel(["sample", "--into", dir, "--years", "0.05"])
        let pass = s.path + "/pass"
        privateFile(pass, "correct horse battery\n")
        let fifo = s.path + "/out"
        mkfifo(fifo, 0o600)
        try keel(["-R", "65534:65534", dir, pass, fifo], program: "/bin/chown")
        let nobody = ["/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", Binary.path]
        let secret = encrypted ? ["--passphrase-file", pass] : []
        if encrypted {
            let r = try keel(Array(nobody.dropFirst()) + ["encrypt", "--data-dir", dir] + secret, env: LeakCommandTests.cheap, program: nobody[0])
            #expect(r.status == 0, "\(r.err)")
        }
        let p = Process()
        p.executableURL = URL(fileURLWithPath: nobody[0])
        p.arguments = Array(nobody.dropFirst()) + ["export", "--data-dir", dir, "--output", fifo] + secret
        p.standardOutput = FileHandle.nullDevice
        p.standardError = FileHandle.nullDevice
        try p.run()
        let pid = p.processIdentifier
        // setpriv execs keel in place; wait until keel blocks opening the FIFO.
        let end = Date().addingTimeInterval(20)
        while Date() < end {
            let wchan = (try? String(contentsOfFile: "/proc/\(pid)/wchan", encoding: .utf8)) ?? ""
            if wchan.contains("partner") || wchan.contains("fifo") { break }
            Thread.sleep(forTimeInterval: 0.05)
        }
        var st = stat()
        stat("/proc/\(pid)/status", &st)
        let limits = (try? String(contentsOfFile: "/proc/\(pid)/limits", encoding: .utf8)) ?? ""
        let core = limits.split(separator: "\n").first { $0.hasPrefix("Max core file size") }.map(String.init) ?? ""
        let drained = FileHandle(forReadingAtPath: fifo)?.readDataToEndOfFile() ?? Data()
        p.waitUntilExit()
        #expect(p.terminationStatus == 0 && drained.count > 100, "the export still arrives")
        return (st.st_uid, core)
    }

    @Test(
        .enabled(if: getuid() == 0, "needs root, to run keel as nobody"),
        .enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv"), "needs /usr/bin/setpriv"))
    func withTheDataUnlockedKeelCanNotBeDumped() throws {
        let plain = try dumpState(encrypted: false)
        #expect(plain.owner == 65534, "plain data: an ordinary process, its /proc files its own")
        let unlocked = try dumpState(encrypted: true)
        #expect(unlocked.owner == 0, "encrypted data: not dumpable, so the kernel gives its /proc files to root")
        #expect(
            unlocked.coreLimit.split(separator: " ", omittingEmptySubsequences: true).dropFirst(4).prefix(2) == ["0", "0"],
            "core file size limited to 0: \(unlocked.coreLimit)")
    }

    // MARK: export --output

    @Test func anExportGoesIntoAFIFOAndStandardOutputAsThemselves() throws {
        let s = Scratch()
        let dir = try preparedDataDir(s)
        for name in ["-", "/dev/stdout"] {
            let r = try keel(["export", "--data-dir", dir, "--output", name])
            #expect(r.status == 0 && r.out.contains("\"collections\""), "\(name): \(r.err)")
        }
        let fifo = s.path + "/pipe"
        mkfifo(fifo, 0o600)
        let p = Process()
        p.executableURL = URL(fileURLWithPath: Binary.path)
        p.arguments = ["export", "--data-dir", dir, "--output", fifo]
        p.standardError = FileHandle.nullDevice
        try p.run()
        let bytes = FileHandle(forReadingAtPath: fifo)?.readDataToEndOfFile() ?? Data()
        p.waitUntilExit()
        #expect(p.terminationStatus == 0 && String(decoding: bytes, as: UTF8.self).contains("\"collections\""))
        var st = stat()
        #expect(lstat(fifo, &st) == 0 && (st.st_mode & S_IFMT) == S_IFIFO, "the FIFO is still a FIFO")
        #expect(try FileManager.default.contentsOfDirectory(atPath: s.path).filter { $0.contains(".tmp-") }.isEmpty)
    }

    @Test(.enabled(if: getuid() == 0, "needs root, to make a device"))
    func anExportIntoADeviceLeavesTheDeviceInPlace() throws {
        let s = Scratch()
        let dir = try preparedDataDir(s)
        // A private twin of /dev/null (major 1, minor 3), so a mistake can't replace the real one.
        let device = s.path + "/null"
        #expect(mknod(device, S_IFCHR | 0o666, dev_t((1 << 8) | 3)) == 0)
        let r = try keel(["export", "--data-dir", dir, "--output", device])
        #expect(r.status == 0, "\(r.err)")
        var st = stat()
        #expect(lstat(device, &st) == 0 && (st.st_mode & S_IFMT) == S_IFCHR, "still a device")
    }

    // MARK: the data folder

    @Test func aFolderOthersCanOpenOrAnyoneCanAddToIsRefusedAndLeftAsItIs() throws {
        let s = Scratch()
        let dir = try preparedDataDir(s)
        let before = everyFile(dir)
        chmod(dir, 0o755)
        let loose = try keel(["win", "--data-dir", dir, "asked for help"])
        #expect(loose.status == 1)
        #expect(loose.err.contains("Other people can open \(dir) (its permissions are 0755)") && loose.err.contains("chmod 700 \(dir)"), "\(loose.err)")
        let shared = s.path + "/shared"
        mkdir(shared, 0o777)
        chmod(shared, 0o1777)
        let sticky = try keel(["export", "--data-dir", shared])
        #expect(sticky.status == 1 && sticky.err.contains("\(shared) is a shared folder"), "\(sticky.err)")
        #expect(permissionBits(dir) == 0o755 && permissionBits(shared) == 0o1777, "neither folder was changed")
        #expect(everyFile(dir) == before && everyFile(shared).isEmpty, "nothing was written")
    }

    @Test func aLinkedFolderInsideTheDataFolderIsRefusedByName() throws {
        let s = Scratch()
        let dir = try preparedDataDir(s)
        let elsewhere = s.path + "/elsewhere"
        try FileManager.default.createDirectory(atPath: elsewhere, withIntermediateDirectories: true)
        if FileManager.default.fileExists(atPath: dir + "/wins") { try FileManager.default.removeItem(atPath: dir + "/wins") }
        symlink(elsewhere, dir + "/wins")
        let r = try keel(["win", "--data-dir", dir, "asked for help"])
        #expect(r.status == 1 && r.err.contains("wins in \(dir) is a link to \(elsewhere)"), "\(r.err)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: elsewhere).isEmpty, "nothing written through the link")
    }

    // MARK: FIFOs and damaged files

    @Test func aFIFOInPlaceOfADataFileNeitherHangsTodayNorStopsAWin() throws {
        let s = Scratch()
        let dir = try preparedDataDir(s)
        let month = "wins/\(thisMonth).json"
        try FileManager.default.createDirectory(atPath: dir + "/wins", withIntermediateDirectories: true)
        try? FileManager.default.removeItem(atPath: dir + "/" + month)
        mkfifo(dir + "/" + month, 0o600)
        let started = Date()
        let today = try keel(["today", "--data-dir", dir])
        #expect(today.status == 0 && Date().timeIntervalSince(started) < 10, "keel today returned")
        let win = try keel(["win", "--data-dir", dir, "asked for help"])
        #expect(win.status == 0 && win.out.contains("Kept for"), "\(win.err)")
        #expect(win.err.contains("couldn't read \(month)") && win.err.contains("named pipe"), "\(win.err)")
    }

    @Test func anImportNamesADamagedFileItMeets() throws {
        let s = Scratch()
        let dir = try preparedDataDir(s)
        let export = s.path + "/export.json"
        #expect(try keel(["export", "--data-dir", dir, "--output", export]).status == 0)
        let month = try #require(try FileManager.default.contentsOfDirectory(atPath: dir + "/breathing").filter { $0.hasSuffix(".json") }.sorted().last)
        privateFile(dir + "/breathing/" + month, "{ not json")
        let r = try keel(["import", "--data-dir", dir, export])
        #expect(r.status == 0, "\(r.err)")
        #expect(r.err.contains("couldn't read breathing/\(month)") && r.err.contains("damaged/"), "\(r.err)")
    }
}

func permissionBits(_ path: String) -> mode_t {
    var st = stat()
    return stat(path, &st) == 0 ? st.st_mode & 0o7777 : 0
}

/// A typo at the passphrase prompt is asked again, in the terminal.
@Suite(.serialized) struct PassphraseTriesTests {
    @Test func aWrongTryThenTheRightOneOpensKeel() throws {
        let s = Scratch()
        let dir = try preparedDataDir(s)
        let pass = s.path + "/pass"
        FileManager.default.createFile(atPath: pass, contents: Data("correct horse battery\n".utf8), attributes: [.posixPermissions: 0o600])
        _ = try keel(["encrypt", "--data-dir", dir, "--passphrase-file", pass], env: PrivacyCommandTests.cheap)
        let t = try TerminalSession(["--data-dir", dir])
        #expect(t.waitFor("Passphrase for keel's data:"), "\(t.text)")
        try t.type("correct horse batery")
        try t.press("Enter")
        #expect(t.waitFor("Try again."), "\(t.text)")
        try t.type("correct horse battery")
        try t.press("Enter")
        #expect(t.waitFor("A paced breath"), "\(t.text)")
        try t.press("q")
        #expect(t.exitStatus() == 0)
    }

    @Test func anEncryptedExportIsAskedForAgainAfterATypo() throws {
        let s = Scratch()
        let dir = try preparedDataDir(s)
        let pass = s.path + "/pass"
        FileManager.default.createFile(atPath: pass, contents: Data("export passphrase\n".utf8), attributes: [.posixPermissions: 0o600])
        let file = s.path + "/export.json"
        let e = try keel(["export", "--data-dir", dir, "--encrypt", "--output", file, "--passphrase-file", pass], env: PrivacyCommandTests.cheap)
        #expect(e.status == 0, "\(e.err)")
        let t = try TerminalSession(["import", "--data-dir", s.path + "/other", file])
        #expect(t.waitFor("Passphrase for \(file):"), "\(t.text)")
        try t.type("export passfrase")
        try t.press("Enter")
        #expect(t.waitFor("Try again."), "\(t.text)")
        try t.type("export passphrase")
        try t.press("Enter")
        #expect(t.waitFor("Imported"), "\(t.text)")
        #expect(t.exitStatus() == 0)
    }
}
