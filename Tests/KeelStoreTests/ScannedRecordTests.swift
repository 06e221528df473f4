import Foundation
import Testing
@testable import KeelStore

/// The strict scan stands in for the JSON decoder on the kinds read at
/// start: it must give the very records the decoder gives, or nothing.
@Suite struct ScannedRecordTests {
    static let t = Timestamp.parse("2026-11-26T09:30:00.000Z")!

    static var checks: [HabitCheck] {
        var rest = HabitCheck(habitID: "h1", day: CivilDate(year: 2026, month: 11, day: 25), created: t, rest: true, source: "home")
        rest.deleted = t.addingTimeInterval(60)
        rest.updated = t.addingTimeInterval(60)
        var odd = HabitCheck(habitID: "h\"2\\/", day: CivilDate(year: 2026, month: 11, day: 26), created: t, small: true, habitName: "Tab\there\nand\r")
        odd.id = "not the usual id"
        return [HabitCheck(habitID: "h1", day: CivilDate(year: 2026, month: 11, day: 26), created: t), rest, odd]
    }

    static var habits: [Habit] {
        var gone = Habit(id: "b", created: t, name: "Walk", schedule: .perWeek(3), twoMinute: "", practice: "flow:morning")
        gone.deleted = t
        gone.wideningStepID = "w1"
        gone.order = 2
        var unknown = Habit(id: "c", created: t, name: "Stretch", schedule: .weekdays, catalogItem: "stretch")
        unknown.schedule = "fortnightly"
        return [Habit(id: "a", created: t, name: "Read", schedule: .daily, twoMinute: "a page"), gone, unknown]
    }

    static var steps: [ExposureStep] {
        var done = ExposureStep(
            id: "s2", created: t, ladderID: "l1", rank: -3, situation: "Say hello", due: CivilDate(year: 2026, month: 12, day: 1),
            expected: 7, fear: "silence", likelihood: 40, exitStrategy: "leave", breathing: "box", phrase: "ok",
            personID: "p", personName: "Sam", source: "example:x")
        done.doneOn = CivilDate(year: 2026, month: 11, day: 20)
        done.skippedOn = CivilDate(year: 2026, month: 11, day: 21)
        done.updated = t.addingTimeInterval(1.5)
        return [ExposureStep(id: "s1", created: t, ladderID: "l1", rank: 0, situation: "Go in"), done]
    }

    /// The kind's file as the store writes it, and the records the decoder reads from it.
    func written<R: KeelRecord>(_ records: [R]) throws -> (bytes: [UInt8], decoded: [R]) {
        let tmp = TempDir()
        let store = try Store(root: tmp.data)
        try store.save(records)
        let relative = store.relativePath(R.self, month: MonthKey(utc: Self.t))
        let bytes = tmp.bytes(relative)
        return (bytes, try KeelJSON.decode(FileEnvelope<R>.self, from: bytes).records)
    }

    @Test func givesTheDecodersRecordsForEachKindReadAtStart() throws {
        let c = try written(Self.checks)
        #expect(Store.scanned(c.bytes, as: HabitCheck.self) == c.decoded)
        let h = try written(Self.habits)
        #expect(Store.scanned(h.bytes, as: Habit.self) == h.decoded)
        let s = try written(Self.steps)
        #expect(Store.scanned(s.bytes, as: ExposureStep.self) == s.decoded)
        let l = try written([ExposureLadder(id: "l1", created: Self.t, goal: "Join the club"), ExposureLadder(id: "l2", created: Self.t, goal: "")])
        #expect(Store.scanned(l.bytes, as: ExposureLadder.self) == l.decoded)
        let w = try written([
            WeeklyLetter(id: "w1", created: Self.t, week: CivilDate(year: 2026, month: 11, day: 23), text: "Dear me,\n\"well\" done.")
        ])
        #expect(Store.scanned(w.bytes, as: WeeklyLetter.self) == w.decoded)
        #expect(Store.scanned(c.bytes, as: BreathSession.self) == nil, "a kind without a scan goes to the decoder")
    }

    /// Settings are read at every start: the scan reads every field the
    /// store writes, and leaves a fraction of a minute to the decoder.
    @Test func settingsScanAsTheDecoderReadsThem() throws {
        var full = Settings.fresh(at: Self.t)
        full.welcomeSeen = true
        full.stillMode = false
        full.askCalm = true
        full.region = "GB"
        full.lastPattern = "box"
        full.lastMinutes = 3
        full.deleted = Self.t
        let f = try written([full])
        #expect(Store.scanned(f.bytes, as: Settings.self) == f.decoded)
        let plain = try written([Settings.fresh(at: Self.t)])
        #expect(Store.scanned(plain.bytes, as: Settings.self) == plain.decoded)
        full.lastMinutes = 2.5
        let fraction = try written([full])
        #expect(Store.scanned(fraction.bytes, as: Settings.self) == nil)
        #expect(fraction.decoded.first?.lastMinutes == 2.5)
    }

    @Test func anEmptyFileHasNoRecords() {
        let json = #"{"format": 1, "kind": "habit-days", "month": "2026-11", "records": []}"#
        #expect(Store.scanned(Array(json.utf8), as: HabitCheck.self) == [])
    }

    /// What the decoder might read differently (or refuse) goes to it.
    @Test func leavesEverythingUnusualToTheDecoder() {
        let record = #""created": "2026-11-26T09:30:00.000Z", "day": "2026-11-26", "habitID": "h", "id": "h@2026-11-26", "updated": "2026-11-26T09:30:00.000Z""#
        func file(_ fields: String, format: String = "1", kind: String = "habit-days", after: String = "") -> [UInt8] {
            Array(#"{"format": \#(format), "kind": "\#(kind)", "records": [{\#(fields)}]}\#(after)"#.utf8)
        }
        #expect(Store.scanned(file(record), as: HabitCheck.self)?.count == 1, "the plain file scans")
        let unusual: [(String, [UInt8])] = [
            ("a key it doesn't know", file(record + #", "colour": "red""#)),
            ("a key twice", file(record + #", "habitID": "h2""#)),
            ("a \\u escape", file(record + #", "source": "caf\u00e9""#)),
            ("a flag written as text", file(record + #", "rest": "true""#)),
            ("a flag written as a number", file(record + #", "rest": 1"#)),
            ("text written as a number", file(record + #", "source": 3"#)),
            ("a nested value", file(record + #", "source": {"a": 1}"#)),
            ("a time it can't read", file(record.replacing("2026-11-26T09:30:00.000Z\", \"day", with: "yesterday\", \"day"))),
            ("a day it can't read", file(record.replacing("\"day\": \"2026-11-26\"", with: "\"day\": \"2026-13-01\""))),
            ("a required field missing", file(record.replacing("\"habitID\": \"h\", ", with: ""))),
            ("a newer format", file(record, format: "2")),
            ("a fractional format", file(record, format: "1.0")),
            ("another kind", file(record, kind: "habits")),
            ("something after the file", file(record, after: " x")),
            ("a raw control character", file(record + ", \"source\": \"a\u{01}b\"")),
            ("a cut-off file", Array(file(record).dropLast(3))),
        ]
        for (why, bytes) in unusual {
            #expect(Store.scanned(bytes, as: HabitCheck.self) == nil, "\(why)")
        }
        var notUTF8 = file(record + #", "source": "ab""#)
        notUTF8[notUTF8.count - 6] = 0xFF
        #expect(Store.scanned(notUTF8, as: HabitCheck.self) == nil, "bytes that are not UTF-8")
    }

    /// Through the store: the decoder's path still reads what the scan leaves to it.
    @Test func theStoreReadsAFileTheScanLeavesAlone() throws {
        let tmp = TempDir()
        try tmp.write(
            "habit-days/2026-11.json",
            #"{"format": 1, "kind": "habit-days", "month": "2026-11", "records": [{"created": "2026-11-26T09:30:00.000Z", "day": "2026-11-26", "habitID": "h", "habitName": "caf\u00e9", "id": "h@2026-11-26", "updated": "2026-11-26T09:30:00.000Z"}]}"#
        )
        let store = try Store(root: tmp.data)
        #expect(store.all(HabitCheck.self).map(\.habitName) == ["café"])
        #expect(store.problems.isEmpty)
    }

    @Test func aDamagedFileIsStillSetAside() throws {
        let tmp = TempDir()
        try tmp.write("habit-days/2026-11.json", #"{"format": 1, "kind": "habit-days", "records": [{"id": "#)
        let store = try Store(root: tmp.data)
        #expect(store.all(HabitCheck.self).isEmpty)
        #expect(store.problems.map(\.file) == ["habit-days/2026-11.json"])
    }

    /// A month folder read as bytes names the months `Store.months(in:)` finds in its listing.
    @Test func monthFolderFindsTheMonthsTheListingNames() throws {
        let tmp = TempDir()
        let names = [
            "2026-11.json", "2026-01.json", "1999-12.json", "2026-13.json", "2026-00.json", "2026-1.json", "20261-01.json",
            ".2026-10.json", "2026-10.json.tmp", "2026-10.jsonx", "2026-10.sync-conflict-20261126-093000-ABCDEFG.json", "notes.txt",
            "2026-1a.json", "2026-10.JSON",
        ]
        for name in names { try tmp.write("habit-days/" + name, "{}") }
        let listing = MonthFolder.list(tmp.data + "/habit-days")
        let all = Posix.listDirectory(tmp.data + "/habit-days")
        #expect(listing.months == Store.months(in: all))
        #expect(listing.months.map(\.description) == ["1999-12", "2026-01", "2026-11"])
        #expect(listing.others == all.filter { !["2026-11.json", "2026-01.json", "1999-12.json"].contains($0) })
        let none = MonthFolder.list(tmp.data + "/nothing-here")
        #expect(none.months.isEmpty && none.others.isEmpty)
    }
}
