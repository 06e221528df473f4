import Foundation
import Testing
@testable import KeelStore

@Suite struct StoreTests {
    @Test func savesAndReadsBackAcrossInstances() throws {
        let tmp = TempDir()
        let store = try Store(root: tmp.data)
        try store.save(session("a", "2026-11-02T08:00:00.000Z"))
        store.close()
        let again = try Store(root: tmp.data)
        #expect(again.all(BreathSession.self) == [session("a", "2026-11-02T08:00:00.000Z")])
    }

    @Test func growingRecordsAreSplitByMonthAndOneSaveTouchesOneFile() throws {
        let tmp = TempDir()
        let store = try Store(root: tmp.data)
        try store.save([
            session("a", "2026-09-30T23:59:00.000Z"), session("b", "2026-10-01T00:01:00.000Z"),
            session("c", "2026-11-15T12:00:00.000Z"),
        ])
        #expect(tmp.files("breathing") == ["2026-09.json", "2026-10.json", "2026-11.json"])
        var written: [String] = []
        store.didWrite = { written.append($0) }
        try store.save(session("d", "2026-10-20T10:00:00.000Z"))
        #expect(written == ["breathing/2026-10.json"])
        #expect(store.records(BreathSession.self, month: MonthKey(year: 2026, month: 10)).map(\.id) == ["b", "d"])
    }

    @Test func filesAreOwnerOnlyAndNoTempFileIsLeft() throws {
        let tmp = TempDir()
        let store = try Store(root: tmp.data)
        try store.save(session("a", "2026-11-02T08:00:00.000Z"))
        #expect(Posix.permissions(tmp.data) == 0o700)
        #expect(Posix.permissions(tmp.data + "/breathing") == 0o700)
        #expect(Posix.permissions(tmp.data + "/breathing/2026-11.json") == 0o600)
        #expect(tmp.files("breathing") == ["2026-11.json"])
    }

    @Test func everyFileCarriesAFormatVersionAndKind() throws {
        let tmp = TempDir()
        let store = try Store(root: tmp.data)
        try store.save(session("a", "2026-11-02T08:00:00.000Z"))
        let text = String(decoding: tmp.bytes("breathing/2026-11.json"), as: UTF8.self)
        #expect(text.contains("\"format\" : 1"))
        #expect(text.contains("\"kind\" : \"breathing\""))
        #expect(text.contains("\"created\" : \"2026-11-02T08:00:00.000Z\""))
    }

    @Test func aCorruptFileIsMovedAsideWholeAndTheRestWorks() throws {
        let tmp = TempDir()
        let now = FakeNow()
        let garbage = "{\"format\": 1, \"kind\": \"breathing\", \"records\": [ {oops"
        try tmp.write("breathing/2026-10.json", garbage)
        let store = try Store(root: tmp.data, now: now.callAsFunction)
        try store.save(session("ok", "2026-11-02T08:00:00.000Z"))
        #expect(store.all(BreathSession.self).map(\.id) == ["ok"])
        #expect(store.problems.count == 1)
        let problem = try #require(store.problems.first)
        #expect(problem.file == "breathing/2026-10.json")
        let kept = try #require(problem.keptAs)
        #expect(kept.hasPrefix("damaged/breathing__2026-10.json."))
        #expect(String(decoding: tmp.bytes(kept), as: UTF8.self) == garbage)
        #expect(!Posix.exists(tmp.data + "/breathing/2026-10.json"))
        #expect(!store.access.isReadOnly)
    }

    @Test func aFileOfTheWrongKindIsSetAsideToo() throws {
        let tmp = TempDir()
        let wrong = "{\"format\": 1, \"kind\": \"breathing\", \"records\": []}"
        try tmp.write("settings.json", wrong)
        let store = try Store(root: tmp.data)
        #expect(store.singleton(Settings.self).welcomeSeen == false)
        #expect(store.problems.count == 1)
        let problem = try #require(store.problems.first)
        #expect(problem.file == "settings.json")
        #expect(problem.reason.contains("\"breathing\""), "\(problem.reason)")
        let kept = try #require(problem.keptAs, "the file is set aside")
        #expect(kept.hasPrefix("damaged/settings.json."), "\(kept)")
        #expect(String(decoding: tmp.bytes(kept), as: UTF8.self) == wrong)
        #expect(!Posix.exists(tmp.data + "/settings.json"))
        #expect(!store.access.isReadOnly)
    }

    @Test func aFileFromANewerKeelMakesTheDataReadOnlyAndIsNotTouched() throws {
        let tmp = TempDir()
        let newer = "{\"format\": 9, \"kind\": \"settings\", \"records\": []}"
        try tmp.write("settings.json", newer)
        let store = try Store(root: tmp.data)
        _ = store.singleton(Settings.self)
        #expect(store.access.isReadOnly)
        #expect(throws: StoreError.self) { try store.save(session("x", "2026-11-02T08:00:00.000Z")) }
        #expect(String(decoding: tmp.bytes("settings.json"), as: UTF8.self) == newer)
        #expect(store.problems.first?.reason.contains("newer keel") == true)
    }

    @Test func aSecondKeelOnTheSameDataOpensReadOnly() throws {
        let tmp = TempDir()
        let first = try Store(root: tmp.data)
        let second = try Store(root: tmp.data)
        #expect(!first.access.isReadOnly)
        #expect(second.access == .readOnly(reason: "another keel is open on this data"))
        #expect(second.isWaitingForLock, "its saves go to a side file (PendingTests)")
        first.close()
        second.close()
        let third = try Store(root: tmp.data)
        #expect(!third.access.isReadOnly)
    }

    @Test func deleteLeavesATombstone() throws {
        let tmp = TempDir()
        let now = FakeNow()
        let store = try Store(root: tmp.data, now: now.callAsFunction)
        try store.save(session("a", "2026-11-02T08:00:00.000Z"))
        now.advance(60)
        try store.delete(BreathSession.self, id: "a")
        #expect(store.all(BreathSession.self).isEmpty)
        let tomb = try #require(store.all(BreathSession.self, includeDeleted: true).first)
        #expect(tomb.deleted == now.current)
        #expect(tomb.updated == now.current)
    }

    @Test func mergeKeepsTheNewerAndIsIdempotent() throws {
        let tmp = TempDir()
        let store = try Store(root: tmp.data)
        var older = session("a", "2026-11-02T08:00:00.000Z", calm: 2)
        try store.save(older)
        older.calmBefore = 5
        older.updated = older.updated.addingTimeInterval(30)
        let incoming = [older, session("b", "2026-11-03T08:00:00.000Z")]
        #expect(try store.merge(incoming) == MergeCount(added: 1, updated: 1, unchanged: 0))
        #expect(try store.merge(incoming) == MergeCount(added: 0, updated: 0, unchanged: 2))
        #expect(store.find(BreathSession.self, id: "a")?.calmBefore == 5)
        var stale = session("a", "2026-11-02T08:00:00.000Z", calm: 1)
        stale.updated = stale.updated.addingTimeInterval(-100)
        _ = try store.merge([stale])
        #expect(store.find(BreathSession.self, id: "a")?.calmBefore == 5)
    }

    @Test func draftsAreKeptAndCleared() throws {
        let tmp = TempDir()
        let store = try Store(root: tmp.data)
        try store.saveDraft(id: "flow:test", title: "Test", state: .object(["answer": .string("日本 😀")]))
        #expect(store.draft("flow:test")?.state["answer"]?.string == "日本 😀")
        try store.clearDraft("flow:test")
        #expect(store.draft("flow:test") == nil)
    }

    @Test func recentReadsOnlyTheNewestMonthsItNeeds() throws {
        let tmp = TempDir()
        let store = try Store(root: tmp.data)
        try store.save([
            session("a", "2026-01-02T08:00:00.000Z"), session("b", "2026-11-02T08:00:00.000Z"),
            session("c", "2026-11-03T08:00:00.000Z"),
        ])
        #expect(store.recent(BreathSession.self, limit: 2).map(\.id) == ["b", "c"])
        #expect(store.recent(BreathSession.self, limit: 3).map(\.id) == ["a", "b", "c"])
    }

    @Test func settingsAreASingleRecord() throws {
        let tmp = TempDir()
        let store = try Store(root: tmp.data)
        var s = store.singleton(Settings.self)
        s.welcomeSeen = true
        try store.save(s)
        #expect(tmp.files().contains("settings.json"))
        store.close()
        #expect(try Store(root: tmp.data).singleton(Settings.self).welcomeSeen)
    }
}

@Suite struct LatestCreatedTests {
    @Test func findsTheNewestLiveRecordFromTheNewestMonth() throws {
        let tmp = TempDir()
        let store = try Store(root: tmp.data)
        try store.save([
            session("a", "2026-10-02T08:00:00.000Z"), session("b", "2026-11-03T08:00:00.000Z"),
            session("c", "2026-11-01T08:00:00.000Z"),
        ])
        store.close()
        let fresh = try Store(root: tmp.data)
        #expect(fresh.latestCreated(BreathSession.self) == Timestamp.parse("2026-11-03T08:00:00.000Z"))
    }

    @Test func skipsTombstonesAndEmptyMonths() throws {
        let tmp = TempDir()
        let store = try Store(root: tmp.data)
        try store.save([session("a", "2026-10-02T08:00:00.000Z"), session("b", "2026-11-03T08:00:00.000Z")])
        try store.delete(BreathSession.self, id: "b")
        #expect(store.latestCreated(BreathSession.self) == Timestamp.parse("2026-10-02T08:00:00.000Z"))
        store.close()
        #expect(try Store(root: tmp.data).latestCreated(BreathSession.self) == Timestamp.parse("2026-10-02T08:00:00.000Z"))
    }

    @Test func aDamagedNewestFileTakesTheCarefulPath() throws {
        let tmp = TempDir()
        let store = try Store(root: tmp.data)
        try store.save(session("a", "2026-10-02T08:00:00.000Z"))
        store.close()
        try tmp.write("breathing/2026-11.json", "{ broken")
        let fresh = try Store(root: tmp.data)
        #expect(fresh.latestCreated(BreathSession.self) == Timestamp.parse("2026-10-02T08:00:00.000Z"))
        #expect(fresh.problems.map(\.file) == ["breathing/2026-11.json"])
    }
}
