import Foundation
import Testing
@testable import KeelStore

/// Imports and sync merges find a record by id in whichever month file
/// keeps it, and a clock that ran ahead can't win every later merge.
@Suite struct MergeByIDTests {
    let time = Timestamp.parse("2026-11-26T10:00:00.000Z")!

    func win(_ id: String, created: String, updated: String? = nil, text: String) -> SmallWin {
        var w = SmallWin(id: id, created: Timestamp.parse(created)!, day: CivilDate("2026-11-02")!, text: text)
        if let updated { w.updated = Timestamp.parse(updated)! }
        return w
    }

    func export(_ records: [SmallWin]) throws -> [UInt8] {
        let values = try records.map { try KeelJSON.decode(JSONValue.self, from: KeelJSON.encode($0)) }
        let doc: JSONValue = .object([
            "format": .number(1), "app": .string("keel"), "exported": .string("2026-11-26T10:00:00.000Z"),
            "collections": .object(["wins": .array(values)]),
        ])
        return try KeelJSON.encode(doc)
    }

    @Test func aRecordWhoseCreatedMonthDiffersIsMergedWhereItLives() throws {
        let tmp = TempDir()
        let now = FakeNow("2026-11-26T10:00:00.000Z")
        let store = try Store(root: tmp.data, now: now.callAsFunction)
        try store.save(win("w1", created: "2026-10-05T08:00:00.000Z", text: "asked a question in class"))
        // The same id, another created month, edited later.
        let moved = win("w1", created: "2026-11-05T08:00:00.000Z", updated: "2026-11-20T08:00:00.000Z", text: "asked two questions in class")
        let result = try Exchange.importFile(try export([moved]), named: "moved.json", into: store)
        #expect(result.count == MergeCount(added: 0, updated: 1, unchanged: 0))
        let all = store.all(SmallWin.self)
        #expect(all.count == 1, "kept once, not twice: \(all.map(\.id))")
        #expect(all.first?.text == "asked two questions in class")
        #expect(tmp.files("wins") == ["2026-10.json"])
        // The person's own export imports again, and changes nothing.
        let own = try Exchange.exportJSON(from: store, at: time)
        let again = try Exchange.importFile(own, named: "own.json", into: store)
        #expect(again.count.added == 0 && again.count.updated == 0)
    }

    @Test func aSyncCopyWithARecordFromAnotherMonthMergesItWhereItLives() throws {
        let tmp = TempDir()
        let store = try Store(root: tmp.data)
        try store.save(win("w1", created: "2026-10-05T08:00:00.000Z", text: "went to the open evening"))
        let other = win("w1", created: "2026-11-05T08:00:00.000Z", updated: "2026-11-20T08:00:00.000Z", text: "went to the open evening and stayed")
        let tally = try RecordSet<SmallWin>().mergeConflictCopy(
            try KeelJSON.encode(FileEnvelope(format: 1, kind: "wins", month: "2026-11", records: [other])),
            into: "wins/2026-11.json", store: store)
        #expect(tally.added == 0 && tally.updated + tally.keptBoth == 1, "\(tally)")
        #expect(store.all(SmallWin.self).map(\.id) == ["w1"])
        #expect(!Posix.exists(tmp.data + "/wins/2026-11.json"))
    }

    @Test func aClockAheadIsFlaggedAndALaterRealEditIsNotDropped() throws {
        let tmp = TempDir()
        let now = FakeNow("2026-11-26T10:00:00.000Z")
        let store = try Store(root: tmp.data, now: now.callAsFunction)
        // A device whose clock says 2030 made this version.
        let ahead = win("w1", created: "2026-11-02T08:00:00.000Z", updated: "2030-01-01T00:00:00.000Z", text: "spoke up in the meeting")
        let first = try Exchange.importFile(try export([ahead]), named: "ahead.json", into: store)
        #expect(first.count.added == 1 && first.count.future == 1)
        #expect(store.all(SmallWin.self).first?.updated == now(), "dated now, not 2030")

        // A real edit here, later.
        now.advance(3600)
        var edited = try #require(store.find(SmallWin.self, id: "w1"))
        edited.text = "spoke up in the meeting, twice"
        edited.updated = now()
        try store.save(edited)

        // The clock-ahead copy again: the real edit stays, and nothing is lost.
        now.advance(3600)
        let second = try Exchange.importFile(try export([ahead]), named: "ahead.json", into: store)
        #expect(second.count.future == 1)
        let kept = try #require(store.find(SmallWin.self, id: "w1"))
        #expect(kept.text.hasPrefix("spoke up in the meeting, twice"), "\(kept.text)")
        #expect(kept.updated <= now().addingTimeInterval(ClockAhead.skew))

        // And a copy that carries the real edit, imported where 2030 was kept, wins.
        let realLater = win("w1", created: "2026-11-02T08:00:00.000Z", updated: "2026-11-26T12:00:00.000Z", text: "a real later edit")
        let (merged, flagged) = ClockAhead.merge(here: ahead, other: realLater, now: now())
        #expect(flagged)
        #expect(merged?.record.text.hasPrefix("a real later edit") == true)
        #expect(merged?.record.text.contains("spoke up in the meeting") == true, "the 2030 words kept as a note")
        #expect(merged.map { !ClockAhead.isAhead($0.record.updated, now: now()) } == true)
    }

    @Test func aClockALittleOffIsBelieved() {
        let now = Timestamp.parse("2026-11-26T10:00:00.000Z")!
        #expect(!ClockAhead.isAhead(now.addingTimeInterval(ClockAhead.skew), now: now))
        #expect(ClockAhead.isAhead(now.addingTimeInterval(ClockAhead.skew + 1), now: now))
        let here = win("w1", created: "2026-11-02T08:00:00.000Z", text: "a")
        let there = win("w1", created: "2026-11-02T08:00:00.000Z", updated: "2026-11-26T10:05:00.000Z", text: "b")
        let (merged, flagged) = ClockAhead.merge(here: here, other: there, now: now)
        #expect(!flagged && merged?.record == there)
    }

    /// The merge is one pass: far more records than a linear search per
    /// record could look up in the time allowed.
    @Test func importingFiftyThousandRecordsIsLinear() throws {
        let tmp = TempDir()
        let store = try Store(root: tmp.data)
        let t0 = Timestamp.parse("2020-01-01T00:00:00.000Z")!
        let wins = (0..<50_000).map { i in
            SmallWin(id: "w\(i)", created: t0.addingTimeInterval(Double(i) * 3000), day: CivilDate("2026-11-02")!, text: "win \(i)")
        }
        let start = Date()
        let count = try store.merge(wins)
        let again = try store.merge(wins)
        let seconds = Date().timeIntervalSince(start)
        #expect(count.added == 50_000 && again.unchanged == 50_000)
        #expect(seconds < 60, "took \(seconds) s")
    }
}

extension MergeByIDTests {
    /// Data an older keel left with one id in two month files exports it
    /// once (the later version), so the person's own export imports.
    @Test func anIdKeptTwiceByAnOlderKeelIsExportedOnce() throws {
        let tmp = TempDir()
        let store = try Store(root: tmp.data)
        try store.save(win("w1", created: "2026-10-05T08:00:00.000Z", text: "the older version"))
        try store.save(win("w1", created: "2026-11-05T08:00:00.000Z", updated: "2026-11-20T08:00:00.000Z", text: "the later version"))
        #expect(store.all(SmallWin.self).count == 2, "kept twice, as an older keel did")
        let own = try Exchange.exportJSON(from: store, at: time)
        let other = TempDir()
        let target = try Store(root: other.data)
        let result = try Exchange.importFile(own, named: "own.json", into: target)
        #expect(result.count.added == 1)
        #expect(target.all(SmallWin.self).map(\.text) == ["the later version"])
    }
}
