import Foundation
import Testing
@testable import KeelStore

/// A second keel on data another keel holds: its saves go to a side file
/// (0600, sealed when the data is), the lock is tried again before every
/// save, and a keel that holds the lock brings side files in by id.
@Suite struct PendingTests {
    func win(_ id: String, _ text: String) -> SmallWin {
        SmallWin(id: id, created: Timestamp.parse("2026-11-26T09:30:00.000Z")!, day: CivilDate(year: 2026, month: 11, day: 26), text: text)
    }

    func sideFiles(_ tmp: TempDir) -> [String] { tmp.files(Store.pendingFolder).filter { $0.hasSuffix(".json") } }

    @Test func aSaveWhileAnotherKeelIsOpenGoesToASideFileAndIsSeen() throws {
        let tmp = TempDir()
        let first = try Store(root: tmp.data)
        let second = try Store(root: tmp.data)
        try second.save(win("w1", "asked a question"))
        try second.saveDraft(id: "flow:reframe", title: "Reframe", state: .object(["text": .string("half an answer 日本")]))
        #expect(second.isWaitingForLock)
        #expect(second.all(SmallWin.self).map(\.text) == ["asked a question"], "this run sees what it kept")
        #expect(second.draft("flow:reframe") != nil)
        let files = sideFiles(tmp)
        #expect(files.count == 1)
        #expect(files[0].hasPrefix("\(getpid())-"))
        #expect(Posix.permissions(tmp.data + "/" + Store.pendingFolder + "/" + files[0]) == 0o600)
        #expect(!Posix.exists(tmp.data + "/wins"), "no data file was written while the other keel had the lock")
        withExtendedLifetime(first) {}
    }

    @Test func theLockIsTriedAgainBeforeEverySave() throws {
        let tmp = TempDir()
        let first = try Store(root: tmp.data)
        let second = try Store(root: tmp.data)
        try second.save(win("w1", "kept aside"))
        first.close()
        try second.save(win("w2", "saved for real"))
        #expect(!second.isWaitingForLock)
        #expect(!second.access.isReadOnly)
        #expect(sideFiles(tmp).isEmpty, "its own side file was brought in and removed")
        second.close()
        let third = try Store(root: tmp.data)
        #expect(Set(third.all(SmallWin.self).map(\.id)) == ["w1", "w2"])
    }

    @Test func theNextWritableKeelBringsSideFilesInAndSaysWhat() throws {
        let tmp = TempDir()
        let first = try Store(root: tmp.data)
        let second = try Store(root: tmp.data)
        try second.save(win("w1", "one"))
        try second.save(win("w2", "two"))
        try second.saveDraft(id: "win", title: "A small win", state: .object(["text": .string("unfinished")]))
        // The second keel ends without getting the lock, then the first closes.
        second.close()
        first.close()
        let next = try Store(root: tmp.data)
        #expect(Set(next.all(SmallWin.self).map(\.id)) == ["w1", "w2"])
        #expect(next.draft("win")?.state["text"]?.string == "unfinished")
        let report = next.takeBroughtIn()
        #expect(report == PendingReport(entries: 2, drafts: 1, files: 1))
        #expect(report.sentence == "Brought in 2 entries and 1 unfinished draft kept while keel was open in another window.")
        #expect(next.takeBroughtIn().isEmpty, "said once")
        #expect(sideFiles(tmp).isEmpty)
    }

    @Test func anOpenKeelPicksUpAQuickCaptureAtItsNextSave() throws {
        let tmp = TempDir()
        let open = try Store(root: tmp.data)
        _ = open.all(SmallWin.self)
        let quick = try Store(root: tmp.data)  // `keel win` from a shell
        try quick.save(win("w1", "from the shell"))
        quick.close()
        try open.save(win("w2", "typed in keel"))
        #expect(Set(open.all(SmallWin.self).map(\.id)) == ["w1", "w2"])
        #expect(open.takeBroughtIn().entries == 1)
        #expect(sideFiles(tmp).isEmpty)
    }

    @Test func aSideFileOfAKeelStillRunningIsLeftForLater() throws {
        let tmp = TempDir()
        let writer = try Store(root: tmp.data)
        try writer.save(win("w0", "mine"))
        let other = try Store(root: tmp.data)
        try other.save(win("w1", "someone else's"))
        // Renamed as if another process, still alive (pid 1 always is), wrote it.
        let dir = tmp.data + "/" + Store.pendingFolder
        let mine = try #require(sideFiles(tmp).first)
        try Posix.move(dir + "/" + mine, to: dir + "/1-abcdef12.json")
        writer.mergePending()
        #expect(writer.all(SmallWin.self).map(\.id) == ["w0"])
        #expect(sideFiles(tmp) == ["1-abcdef12.json"])
        withExtendedLifetime(other) {}
    }

    @Test func aDamagedSideFileIsSetAsideAndNamed() throws {
        let tmp = TempDir()
        try tmp.write(Store.pendingFolder + "/99999999-deadbeef.json", "{\"format\": 1, \"coll")
        let store = try Store(root: tmp.data)
        #expect(sideFiles(tmp).isEmpty)
        #expect(store.problems.contains { $0.file.hasPrefix(Store.pendingFolder) && $0.keptAs != nil })
        #expect(tmp.files(Store.damagedFolder).count == 1)
    }

    @Test func sideFilesAreSealedWhenTheDataIsAndEncryptCoversThem() throws {
        let tmp = TempDir()
        let first = try Store(root: tmp.data)
        _ = try first.encrypt(passphrase: secret, kdf: testKDF)
        let second = try unlocked(tmp.data)
        try second.save(win("w1", "Zoë was brave 👍🏽"))
        let file = Store.pendingFolder + "/" + (try #require(sideFiles(tmp).first))
        let bytes = tmp.bytes(file)
        #expect(SealedFile.looksSealed(bytes))
        #expect(!String(decoding: bytes, as: UTF8.self).contains("brave"))
        // keel decrypt (lock held by the first keel) turns it back into plain JSON, like every other file.
        _ = try first.decrypt()
        #expect(String(decoding: tmp.bytes(file), as: UTF8.self).contains("brave"))
        second.close()
        first.close()
        let next = try Store(root: tmp.data)
        #expect(next.all(SmallWin.self).map(\.text) == ["Zoë was brave 👍🏽"])
    }

    @Test func anImportWhileKeelIsOpenWaitsInTheSideFile() throws {
        let tmp = TempDir(), source = TempDir()
        let from = try Store(root: source.data)
        try from.save([win("w1", "one"), win("w2", "two")])
        let export = try Exchange.exportJSON(from: from, at: Timestamp.now())
        let first = try Store(root: tmp.data)
        let second = try Store(root: tmp.data)
        let result = try Exchange.importFile(export, named: "export.json", into: second)
        #expect(result.records >= 2)
        #expect(sideFiles(tmp).count == 1)
        second.close()
        try first.save(win("w3", "three"))
        #expect(Set(first.all(SmallWin.self).map(\.id)) == ["w1", "w2", "w3"])
    }
}
