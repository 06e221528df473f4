import Foundation
import Testing
@testable import KeelStore

/// A cheap scrypt for tests: the same code path, 1/128 of the work.
let testKDF = KDFParameters(n: 1024)
let secret = Array("correct horse battery".utf8)
let otherSecret = Array("a different passphrase".utf8)

/// Every file under a folder with its bytes and change time, to show that
/// nothing was touched.
func diskState(_ root: String) -> [String: String] {
    var out: [String: String] = [:]
    func walk(_ rel: String) {
        let full = rel.isEmpty ? root : root + "/" + rel
        for name in Posix.listDirectory(full) {
            let inner = rel.isEmpty ? name : rel + "/" + name
            if Posix.isDirectory(root + "/" + inner) { walk(inner); continue }
            let stamp = Posix.stamp(root + "/" + inner)
            out[inner] = "\((try? Posix.read(root + "/" + inner)) ?? [])/\(String(describing: stamp))"
        }
    }
    walk("")
    return out
}

func unlocked(_ path: String, _ passphrase: [UInt8] = secret) throws -> Store {
    try Store(root: path, passphrase: { passphrase })
}

@Suite struct PrivacyTests {
    func filled(_ tmp: TempDir) throws -> Store {
        let store = try Store(root: tmp.data)
        try store.save([session("a", "2026-10-02T08:00:00.000Z"), session("b", "2026-11-02T08:00:00.000Z")])
        try store.saveDraft(id: "flow:x", title: "X", state: .object(["text": .string("Zoë felt left out 日本 👍🏽")]))
        return store
    }

    @Test func everyFileIsSealedAndReadsBackWithThePassphrase() throws {
        let tmp = TempDir()
        let store = try filled(tmp)
        let report = try store.encrypt(passphrase: secret, kdf: testKDF)
        #expect(report.changed == 3 && report.finished)
        for file in ["breathing/2026-10.json", "breathing/2026-11.json", "drafts.json"] {
            let text = String(decoding: tmp.bytes(file), as: UTF8.self)
            #expect(text.contains("\"cipher\" : \"AES-256-GCM\""))
            #expect(!text.contains("Zoë") && !text.contains("box") && !text.contains("breathing\""))
        }
        store.close()
        let again = try unlocked(tmp.data)
        #expect(again.all(BreathSession.self).map(\.id) == ["a", "b"])
        #expect(again.draft("flow:x")?.state["text"]?.string == "Zoë felt left out 日本 👍🏽")
    }

    @Test func newSavesAreSealedAndTheKeyIsDerivedOncePerRun() throws {
        let tmp = TempDir()
        #expect(try filled(tmp).encrypt(passphrase: secret, kdf: testKDF).finished)
        let store = try unlocked(tmp.data)
        for i in 0..<20 { try store.save(session("n\(i)", "2026-0\(1 + i % 9)-02T08:00:00.000Z")) }
        store.reload()
        #expect(store.all(BreathSession.self).count == 22)
        #expect(store.keyring?.derivations == 1)
        #expect(Keyring.isSealed(tmp.bytes("breathing/2026-05.json")))
    }

    @Test func aWrongPassphraseThrowsAndTouchesNothing() throws {
        let tmp = TempDir()
        let store = try filled(tmp)
        _ = try store.encrypt(passphrase: secret, kdf: testKDF)
        store.close()
        let before = diskState(tmp.data)
        #expect(throws: StoreError.wrongPassphrase) { try unlocked(tmp.data, otherSecret) }
        #expect(throws: StoreError.self) { try Store(root: tmp.data) }
        #expect(diskState(tmp.data) == before)
    }

    @Test func decryptingGivesBackThePlainFilesAndRemovesTheVault() throws {
        let tmp = TempDir()
        let plain = try filled(tmp)
        plain.close()
        let before = ["breathing/2026-10.json", "drafts.json"].map { tmp.bytes($0) }
        let store = try Store(root: tmp.data)
        _ = try store.encrypt(passphrase: secret, kdf: testKDF)
        let report = try store.decrypt()
        #expect(report.finished && report.changed == 3)
        #expect(["breathing/2026-10.json", "drafts.json"].map { tmp.bytes($0) } == before)
        #expect(!tmp.files().contains("encryption.json"))
        store.close()
        #expect(try Store(root: tmp.data).all(BreathSession.self).count == 2)
    }

    /// An encrypt cut short: some files sealed, some still plain. Both read,
    /// and running encrypt again finishes the job.
    @Test func aHalfEncryptedFolderReadsAndEncryptFinishesIt() throws {
        let tmp = TempDir()
        let store = try filled(tmp)
        let plainDraft = tmp.bytes("drafts.json")
        _ = try store.encrypt(passphrase: secret, kdf: testKDF)
        store.close()
        try Posix.writeAtomically(plainDraft, to: tmp.data + "/drafts.json")
        let mixed = try unlocked(tmp.data)
        #expect(mixed.draft("flow:x")?.state["text"]?.string == "Zoë felt left out 日本 👍🏽")
        #expect(mixed.all(BreathSession.self).count == 2)
        #expect(mixed.problems.isEmpty)
        let report = try mixed.encrypt(passphrase: [], kdf: testKDF)
        #expect(report.changed == 1 && report.unchanged == 2)
        #expect(Keyring.isSealed(tmp.bytes("drafts.json")))
    }

    /// A passphrase change cut short after the vault and half the files:
    /// either passphrase opens everything.
    @Test func aPassphraseChangeCutShortOpensWithEitherPassphrase() throws {
        let tmp = TempDir()
        let store = try filled(tmp)
        _ = try store.encrypt(passphrase: secret, kdf: testKDF)
        let old = store.keyring!.allKeys
        let fresh = try Keyring.fresh(passphrase: otherSecret, kdf: testKDF)
        try Vault.write(root: tmp.data, keys: [fresh.current] + old, openers: [fresh.current] + old)
        store.keyring!.use(fresh.current)
        try store.saveDraft(id: "flow:x", title: "X", state: .object(["text": .string("changed under the new key")]))
        store.close()
        for passphrase in [secret, otherSecret] {
            let s = try unlocked(tmp.data, passphrase)
            #expect(s.all(BreathSession.self).count == 2)
            #expect(s.draft("flow:x")?.state["text"]?.string == "changed under the new key")
            #expect(s.problems.isEmpty)
            s.close()
        }
        let finish = try unlocked(tmp.data, otherSecret)
        let report = try finish.changePassphrase(to: Array("third passphrase".utf8), kdf: testKDF)
        #expect(report.finished && report.changed == 3)
        finish.close()
        #expect(throws: StoreError.wrongPassphrase) { try unlocked(tmp.data, secret) }
        #expect(try unlocked(tmp.data, Array("third passphrase".utf8)).all(BreathSession.self).count == 2)
    }

    @Test func aChangedEncryptedFileIsSetAsideByteForByte() throws {
        let tmp = TempDir()
        _ = try filled(tmp).encrypt(passphrase: secret, kdf: testKDF)
        var bytes = tmp.bytes("breathing/2026-10.json")
        // One character of the ciphertext, well inside it, changed.
        let text = String(decoding: bytes, as: UTF8.self)
        let i = text.utf8.distance(from: text.startIndex, to: text.range(of: "\"ciphertext\" : \"")!.upperBound) + 5
        bytes[i] = bytes[i] == UInt8(ascii: "A") ? UInt8(ascii: "B") : UInt8(ascii: "A")
        try Posix.writeAtomically(bytes, to: tmp.data + "/breathing/2026-10.json")
        let store = try unlocked(tmp.data)
        #expect(store.all(BreathSession.self).map(\.id) == ["b"])
        let problem = try #require(store.problems.first)
        #expect(problem.reason.contains("does not open"))
        #expect(tmp.bytes(try #require(problem.keptAs)) == bytes)
    }

    @Test func hostileScryptParametersAreRefusedWithoutRunning() throws {
        let tmp = TempDir()
        _ = try filled(tmp).encrypt(passphrase: secret, kdf: testKDF)
        let text = String(decoding: tmp.bytes("drafts.json"), as: UTF8.self).replacing("\"n\" : 1024", with: "\"n\" : 1073741824")
        try tmp.write("drafts.json", text)
        let store = try unlocked(tmp.data)
        #expect(store.draft("flow:x") == nil)
        #expect(store.problems.first?.reason.contains("scrypt cost") == true)
    }

    @Test func movedAsideAndArchivedFilesAreSealedToo() throws {
        let tmp = TempDir()
        _ = try filled(tmp).encrypt(passphrase: secret, kdf: testKDF)
        try tmp.write("breathing/2026-09.json", "{ not json, but private words")
        let store = try unlocked(tmp.data)
        _ = store.all(BreathSession.self)
        let kept = try #require(store.problems.first?.keptAs)
        #expect(Keyring.isSealed(tmp.bytes(kept)))
        #expect(try store.keyring!.open(tmp.bytes(kept)) == Array("{ not json, but private words".utf8))
    }

    @Test func aDamagedVaultIsRebuiltFromTheFiles() throws {
        let tmp = TempDir()
        _ = try filled(tmp).encrypt(passphrase: secret, kdf: testKDF)
        try tmp.write("encryption.json", "{\"format\": 1, \"unl")
        #expect(throws: StoreError.self) { try unlocked(tmp.data, otherSecret) }
        let store = try unlocked(tmp.data)
        #expect(store.all(BreathSession.self).count == 2)
        #expect(store.problems.first?.file == "encryption.json")
        store.close()
        #expect(try unlocked(tmp.data).problems.isEmpty)
    }

    @Test func aVaultFromANewerKeelIsAClearRefusal() throws {
        let tmp = TempDir()
        _ = try filled(tmp).encrypt(passphrase: secret, kdf: testKDF)
        let text = String(decoding: tmp.bytes("encryption.json"), as: UTF8.self).replacing(
            "\"format\" : 1,\n  \"unlock\"", with: "\"format\" : 7,\n  \"unlock\"")
        try tmp.write("encryption.json", text)
        let before = diskState(tmp.data)
        #expect(throws: StoreError.vault("encryption.json was written by a newer keel (format 7); update keel to open this data")) {
            try unlocked(tmp.data)
        }
        #expect(diskState(tmp.data) == before)
    }

    @Test func anEncryptedConflictCopyIsMerged() throws {
        let tmp = TempDir()
        let store = try filled(tmp)
        _ = try store.encrypt(passphrase: secret, kdf: testKDF)
        store.close()
        let here = tmp.bytes("breathing/2026-11.json")
        let other = try unlocked(tmp.data)
        try other.save(session("c", "2026-11-05T08:00:00.000Z"))
        other.close()
        // The other device's version arrives as a copy; this device's stays the main file.
        try Posix.move(tmp.data + "/breathing/2026-11.json", to: tmp.data + "/breathing/2026-11.sync-conflict-20261126-093015-B7XQ2ZP.json")
        try Posix.writeAtomically(here, to: tmp.data + "/breathing/2026-11.json")
        let merged = try unlocked(tmp.data)
        #expect(merged.all(BreathSession.self).map(\.id) == ["a", "b", "c"])
        let kept = try #require(merged.sync.merged.first?.keptAs)
        #expect(Keyring.isSealed(tmp.bytes(kept)))
        #expect(Keyring.isSealed(tmp.bytes("breathing/2026-11.json")))
    }

    @Test func anExportSealedHereOpensWithThePassphraseAlone() throws {
        let ring = try Keyring.fresh(passphrase: secret, kdf: testKDF)
        let sealed = try ring.seal(Array("{\"format\": 1}".utf8))
        #expect(try Keyring.open(sealed, passphrase: secret) == Array("{\"format\": 1}".utf8))
        #expect(throws: SealFailure.wrongKey) { try Keyring.open(sealed, passphrase: otherSecret) }
    }
}
