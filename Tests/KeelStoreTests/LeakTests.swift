import Foundation
import Testing
@testable import KeelStore

/// Stale temp files, files that are not what they seem, and data folders
/// keel won't use: each named, none changed behind the person's back.
@Suite struct LeakTests {
    /// A pid no process can have (above the kernel's largest), so a temp
    /// file named with it is one whose writer is gone.
    static let deadPID = 99_999_999

    func plant(_ tmp: TempDir, _ relative: String, _ text: String = "{\"records\": [\"plain words\"]}") {
        _ = FileManager.default.createFile(atPath: tmp.data + "/" + relative, contents: Data(text.utf8))
    }

    @Test func staleTempFilesAreSweptAtStartAndALiveWritersAreLeft() throws {
        let tmp = TempDir()
        let first = try Store(root: tmp.data)
        try first.save(session("a", "2026-11-02T08:00:00.000Z"))
        first.close()
        plant(tmp, ".drafts.json.tmp-\(LeakTests.deadPID)-17")
        plant(tmp, "breathing/.2026-11.json.tmp-\(LeakTests.deadPID)-4021")
        // pid 1 always runs: its temp file is another keel's save in progress.
        plant(tmp, "breathing/.2026-10.json.tmp-1-5")
        plant(tmp, ".stignore", "keel")
        let store = try Store(root: tmp.data)
        #expect(tmp.files().filter { $0.hasPrefix(".") } == [".stignore"])
        #expect(tmp.files("breathing") == [".2026-10.json.tmp-1-5", "2026-11.json"])
        #expect(store.all(BreathSession.self).map(\.id) == ["a"])
        #expect(store.problems.isEmpty)
    }

    /// The sweep at open lists each month folder once, for itself and for
    /// the conflict scan: a copy beside a swept temp file is still merged,
    /// and a folder inside a month folder is still swept.
    @Test func theSweepAtOpenAndTheConflictScanShareOneListing() throws {
        let tmp = TempDir()
        let other = TempDir()
        let first = try Store(root: tmp.data)
        try first.save(session("a", "2026-11-02T08:00:00.000Z"))
        first.close()
        let elsewhere = try Store(root: other.data)
        try elsewhere.save(session("b", "2026-11-03T08:00:00.000Z"))
        elsewhere.close()
        try FileManager.default.copyItem(
            atPath: other.data + "/breathing/2026-11.json", toPath: tmp.data + "/breathing/2026-11.sync-conflict-20261126-093000-ABCDEFG.json")
        plant(tmp, "breathing/.2026-11.json.tmp-\(LeakTests.deadPID)-7")
        try FileManager.default.createDirectory(atPath: tmp.data + "/breathing/kept", withIntermediateDirectories: false)
        plant(tmp, "breathing/kept/.old.json.tmp-\(LeakTests.deadPID)-8")
        let store = try Store(root: tmp.data)
        #expect(store.all(BreathSession.self).map(\.id).sorted() == ["a", "b"])
        #expect(store.months(BreathSession.self).map(\.description) == ["2026-11"])
        #expect(!tmp.files("breathing").contains { $0.hasPrefix(".") })
        #expect(tmp.files("breathing/kept").isEmpty)
        #expect(store.sync.merged.count == 1)
    }

    @Test func aReadOnlyStoreSweepsNothing() throws {
        let tmp = TempDir()
        let holder = try Store(root: tmp.data)
        plant(tmp, ".drafts.json.tmp-\(LeakTests.deadPID)-1")
        let second = try Store(root: tmp.data)
        #expect(second.access.isReadOnly)
        #expect(tmp.files().contains(".drafts.json.tmp-\(LeakTests.deadPID)-1"))
        holder.close()
    }

    @Test func encryptingLeavesNoPlaintextTempFileBehind() throws {
        let tmp = TempDir()
        let store = try Store(root: tmp.data)
        try store.save(session("a", "2026-11-02T08:00:00.000Z"))
        // Planted after the start, as a save of another run cut short would be found by encrypt.
        plant(tmp, "breathing/.2026-11.json.tmp-\(LeakTests.deadPID)-9", "Zoë felt left out")
        let report = try store.encrypt(passphrase: secret, kdf: testKDF)
        #expect(report.finished && report.changed == 1)
        #expect(tmp.files("breathing") == ["2026-11.json"])
    }

    @Test func tempWriterNamesOnlyKeelsOwnTempFiles() {
        #expect(Posix.tempWriter(".2026-11.json.tmp-4242-77") == 4242)
        #expect(Posix.tempWriter("2026-11.json.tmp-4242-77") == nil)
        #expect(Posix.tempWriter(".notes.tmp-x-1") == nil)
        #expect(Posix.tempWriter(".notes.tmp-12") == nil)
        #expect(Posix.tempWriter(".tmp-12-3") == 12)
        #expect(Posix.tempWriter(".a.tmp-1-2.tmp-34-5") == 34)
        for name in [".", "..", ".git", ".tmp-", "notes.tmp-1-2"] { #expect(Posix.tempWriter(name) == nil, "\(name)") }
    }

    @Test func aFIFOInPlaceOfADataFileIsNamedWithoutWaiting() throws {
        let tmp = TempDir()
        let store = try Store(root: tmp.data)
        try store.save([session("a", "2026-10-02T08:00:00.000Z"), session("b", "2026-11-02T08:00:00.000Z")])
        store.close()
        try FileManager.default.removeItem(atPath: tmp.data + "/breathing/2026-11.json")
        #expect(mkfifo(tmp.data + "/breathing/2026-11.json", 0o600) == 0)
        // The shell's quick look (no lock, nothing moved) and a full open: neither blocks.
        let look = Store(readingOnly: tmp.data)
        #expect(look.all(BreathSession.self).map(\.id) == ["a"])
        #expect(look.problems.first?.reason.contains("named pipe") == true)
        let opened = try Store(root: tmp.data)
        #expect(opened.all(BreathSession.self).map(\.id) == ["a"])
        let problem = try #require(opened.problems.first)
        #expect(problem.file == "breathing/2026-11.json" && problem.reason.contains("named pipe"))
        #expect(problem.keptAs?.hasPrefix("damaged/") == true)
    }

    @Test func aHugeSparseFileIsRefusedFromItsSizeAlone() throws {
        let tmp = TempDir()
        let store = try Store(root: tmp.data)
        try store.save(session("a", "2026-10-02T08:00:00.000Z"))
        store.close()
        let path = tmp.data + "/breathing/2026-11.json"
        let fd = open(path, O_WRONLY | O_CREAT, 0o600)
        #expect(ftruncate(fd, 2 << 30) == 0)
        close(fd)
        let started = Date()
        let look = Store(readingOnly: tmp.data)
        #expect(look.all(BreathSession.self).map(\.id) == ["a"])
        #expect(look.problems.first?.reason.contains("larger than keel reads") == true)
        // Reading 256 MB of zeros takes far longer than this on any machine.
        #expect(Date().timeIntervalSince(started) < 0.5)
    }

    @Test func aNamedFileOfAnyKindCanStillBeRead() throws {
        let tmp = TempDir()
        try Posix.makeDirectory(tmp.data)
        let fifo = tmp.data + "/pipe"
        #expect(mkfifo(fifo, 0o600) == 0)
        let writer = Thread {
            let fd = open(fifo, O_WRONLY)
            _ = Array("a line\n".utf8).withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
            close(fd)
        }
        writer.start()
        #expect(try Posix.read(fifo, anyKind: true) == Array("a line\n".utf8))
        #expect(throws: FileError(path: "/dev/zero", operation: "reading", code: FileError.device)) { try Posix.read("/dev/zero") }
    }

    // MARK: export --output

    @Test(.enabled(if: getuid() == 0, "needs root, to make a device"))
    func anOutputThatIsADeviceIsWrittenIntoNotReplaced() throws {
        let tmp = TempDir()
        try Posix.makeDirectory(tmp.data)
        // A private twin of /dev/null, so a mistake can't replace the real one.
        let device = tmp.data + "/null"
        #expect(mknod(device, S_IFCHR | 0o600, dev_t((1 << 8) | 3)) == 0)  // major 1, minor 3
        try Posix.writeOutput(Array("export".utf8), to: device)
        var st = stat()
        #expect(stat(device, &st) == 0 && (st.st_mode & S_IFMT) == S_IFCHR)
        #expect(Posix.listDirectory(tmp.data) == ["null"], "no temp file beside it")
    }

    @Test func anOutputThatIsAFIFOIsWrittenIntoNotReplaced() throws {
        let tmp = TempDir()
        try Posix.makeDirectory(tmp.data)
        let fifo = tmp.data + "/pipe"
        #expect(mkfifo(fifo, 0o600) == 0)
        let reader = Reader(fifo)
        try Posix.writeOutput(Array("through the pipe".utf8), to: fifo)
        #expect(reader.wait() == Array("through the pipe".utf8))
        var st = stat()
        #expect(stat(fifo, &st) == 0 && (st.st_mode & S_IFMT) == S_IFIFO)
        #expect(Posix.listDirectory(tmp.data) == ["pipe"], "no temp file beside it")
    }

    @Test func anOutputThatIsALinkReplacesTheFileItPointsTo() throws {
        let tmp = TempDir()
        try Posix.makeDirectory(tmp.data)
        try Posix.writeAtomically(Array("old".utf8), to: tmp.data + "/real.json")
        #expect(symlink(tmp.data + "/real.json", tmp.data + "/link.json") == 0)
        try Posix.writeOutput(Array("new".utf8), to: tmp.data + "/link.json")
        #expect(Posix.isSymbolicLink(tmp.data + "/link.json"))
        #expect(try Posix.read(tmp.data + "/real.json") == Array("new".utf8))
        try Posix.writeOutput(Array("fresh".utf8), to: tmp.data + "/missing.json")
        #expect(try Posix.read(tmp.data + "/missing.json") == Array("fresh".utf8))
        #expect(throws: FileError.self) { try Posix.writeOutput([1], to: tmp.data) }
    }

    // MARK: the data folder

    @Test func aFolderKeelMakesIsPrivate() throws {
        let tmp = TempDir()
        _ = try Store(root: tmp.data + "/deeper")
        #expect(Posix.permissions(tmp.data + "/deeper") == 0o700)
    }

    @Test func aFolderOthersCanOpenIsRefusedAndLeftAsItIs() throws {
        let tmp = TempDir()
        try Posix.makeDirectory(tmp.data)
        for mode: mode_t in [0o755, 0o750, 0o701, 0o1700, 0o1777] {
            Posix.setPermissions(tmp.data, mode)
            do {
                _ = try Store(root: tmp.data)
                Issue.record("a folder with permissions \(String(mode, radix: 8)) was used")
            } catch {
                guard case .refused(let why) = error else { Issue.record("\(error)"); continue }
                #expect(why.contains(tmp.data))
                #expect(why.contains(mode & mode_t(S_ISVTX) != 0 ? "shared folder" : "chmod 700"), "\(why)")
            }
            #expect(Posix.permissions(tmp.data) == mode, "the folder was changed")
            #expect(Posix.listDirectory(tmp.data).isEmpty, "nothing was written")
        }
    }

    @Test func aLinkedFolderInsideTheDataFolderIsRefused() throws {
        let tmp = TempDir()
        _ = try Store(root: tmp.data).close()
        let elsewhere = tmp.path + "/elsewhere"
        try Posix.makeDirectory(elsewhere)
        for name in ["wins", Store.damagedFolder, Store.archiveFolder] {
            #expect(symlink(elsewhere, tmp.data + "/" + name) == 0)
            #expect(
                throws: StoreError.refused(
                    "\(name) in \(tmp.data) is a link to \(elsewhere), and keel reads and writes only inside its own data folder. Move that folder itself into \(tmp.data) in place of the link, or point --data-dir at the folder the data is really in"
                )
            ) {
                try Store(root: tmp.data)
            }
            unlink(tmp.data + "/" + name)
        }
        #expect(Posix.listDirectory(elsewhere).isEmpty)
        // A linked data folder itself is fine: that is where the person keeps it.
        #expect(symlink(tmp.data, tmp.path + "/linked") == 0)
        #expect(try Store(root: tmp.path + "/linked").access == .readWrite)
    }

    // MARK: secrets

    @Test func wipingEmptiesAPassphraseAndLeavesOtherArraysAlone() {
        var owned = Array("correct horse battery".utf8)
        let shared = secret
        var copy = shared
        Secrets.wipe(&owned)
        Secrets.wipe(&copy)
        #expect(owned.isEmpty && copy.isEmpty)
        #expect(shared == Array("correct horse battery".utf8), "another array's bytes are left alone")
    }

    @Test func aFileSealedUnderASaltTheVaultDoesNotKnowIsLeftUntouched() throws {
        let tmp = TempDir()
        let store = try Store(root: tmp.data)
        try store.save(session("a", "2026-10-02T08:00:00.000Z"))
        _ = try store.encrypt(passphrase: secret, kdf: testKDF)
        store.close()
        // Sealed on its own, with the same passphrase but a salt of its own.
        let plain = Array("{\"format\": 1, \"kind\": \"breathing\", \"month\": \"2026-11\", \"records\": []}\n".utf8)
        let sealed = try Keyring.fresh(passphrase: secret, kdf: testKDF).seal(plain)
        try Posix.writeAtomically(sealed, to: tmp.data + "/breathing/2026-11.json")
        let opened = try unlocked(tmp.data)
        #expect(opened.all(BreathSession.self).map(\.id) == ["a"])
        #expect(opened.keyring?.derivations == 1, "the passphrase is not kept to try again")
        #expect(opened.problems.first?.reason.contains("left where it is, untouched") == true)
        #expect(tmp.bytes("breathing/2026-11.json") == sealed)
    }
}

/// Reads a FIFO to its end on another thread.
final class Reader: @unchecked Sendable {
    private var bytes: [UInt8] = []
    private let done = DispatchSemaphore(value: 0)
    init(_ path: String) {
        Thread { [self] in
            let fd = open(path, O_RDONLY)
            var chunk = [UInt8](repeating: 0, count: 4096)
            while true {
                let n = read(fd, &chunk, chunk.count)
                if n <= 0 { break }
                bytes += chunk[0..<n]
            }
            close(fd)
            done.signal()
        }.start()
    }
    func wait() -> [UInt8] {
        done.wait()
        return bytes
    }
}
