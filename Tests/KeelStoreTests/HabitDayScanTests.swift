import Foundation
import Testing
@testable import KeelStore

/// `Store.habitChecks(month:about:)` reads only the ticks about a few days
/// and checks the rest without making records: whatever the file holds, it
/// must give what the whole file's own path gives for those days, and leave
/// the same problems behind.
@Suite struct HabitDayScanTests {
    static let month = MonthKey(year: 2026, month: 11)
    static let days = [CivilDate(year: 2026, month: 11, day: 23), CivilDate(year: 2026, month: 11, day: 26)]
    static let relative = "habit-days/2026-11.json"

    static func tick(_ habit: String, _ day: String, created: String = "2026-11-26T09:30:00.000Z", extra: String = "") -> String {
        #"{"created": "\#(created)", "day": "\#(day)", "habitID": "\#(habit)", "id": "\#(habit)@\#(day)", "updated": "\#(created)"\#(extra)}"#
    }

    static func file(_ records: [String], separator: String = ",\n") -> String {
        #"{"format": 1, "kind": "habit-days", "month": "2026-11", "records": ["# + records.joined(separator: separator) + "]}\n"
    }

    /// The answer and what the store made of the file, read both ways from the same bytes.
    struct Reading: Equatable {
        var checks: [HabitCheck]
        var problems: [String]
        var setAside: Bool
    }

    func read(_ bytes: [UInt8], scan: Bool) throws -> Reading {
        let tmp = TempDir()
        try Posix.makeDirectory(tmp.data + "/habit-days")
        try Posix.writeAtomically(bytes, to: tmp.data + "/" + Self.relative)
        let store = try Store(root: tmp.data)
        let endings = Self.days.map { Array("@\($0)".utf8) }
        let checks =
            scan
            ? store.habitChecks(month: Self.month, about: Self.days)
            : store.records(HabitCheck.self, month: Self.month, includeDeleted: true).filter { c in
                endings.contains { Array(c.id.utf8).suffix($0.count).elementsEqual($0) }
            }
        return Reading(checks: checks, problems: store.problems.map(\.reason), setAside: !tmp.files("damaged").isEmpty)
    }

    func expectSame(_ text: String, _ why: String, scans: Bool? = nil, sourceLocation: SourceLocation = #_sourceLocation) throws {
        try expectSame(Array(text.utf8), why, scans: scans, sourceLocation: sourceLocation)
    }

    /// `scans`: whether the strict scan itself should vouch for the file (else it is left to the whole path).
    func expectSame(_ bytes: [UInt8], _ why: String, scans: Bool? = nil, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let fast = try read(bytes, scan: true)
        let whole = try read(bytes, scan: false)
        #expect(fast == whole, "\(why)", sourceLocation: sourceLocation)
        if let scans {
            let vouched = HabitCheck.scanned(bytes, keeping: { _ in false }) != nil
            #expect(vouched == scans, "\(why): scanned", sourceLocation: sourceLocation)
        }
    }

    @Test func keepsOnlyTheTicksAboutTheDaysAsked() throws {
        let text = Self.file([
            Self.tick("a", "2026-11-01"), Self.tick("a", "2026-11-23"), Self.tick("b", "2026-11-26", extra: #", "rest": true"#),
            Self.tick("c", "2026-11-25", extra: #", "deleted": "2026-11-26T10:00:00.000Z""#),
            Self.tick("c", "2026-11-26", extra: #", "deleted": "2026-11-26T10:00:00.000Z", "small": true, "source": "home""#),
        ])
        let r = try read(Array(text.utf8), scan: true)
        #expect(r.checks.map(\.id) == ["a@2026-11-23", "b@2026-11-26", "c@2026-11-26"])
        #expect(r.checks[1].rest == true && r.checks[2].deleted != nil && r.checks[2].small == true)
        #expect(r.checks[2].source == "home")
        try expectSame(text, "plain ticks", scans: true)
    }

    @Test func oddTextInFieldsReadsAsTheDecoderReadsIt() throws {
        let cases: [(String, String, Bool)] = [
            (Self.file([Self.tick("h", "2026-11-26", extra: #", "habitName": "Méditation 日本 🧘""#)]), "UTF-8 in a name", true),
            (Self.file([Self.tick("ü", "2026-11-26"), Self.tick("ü", "2026-11-02")]), "UTF-8 in the id", true),
            (Self.file([Self.tick("h", "2026-11-26", extra: #", "habitName": "a \"quoted\"\\ \/ \n\t\r one""#)]), "escapes", true),
            (Self.file([Self.tick("h", "2026-11-02", extra: #", "habitName": "caf\u00e9""#)]), "a \\u escape, outside the days", false),
            (Self.file([Self.tick("h", "2026-11-26", extra: #", "habitName": "caf\u00e9""#)]), "a \\u escape", false),
            (Self.file([Self.tick("h", "2026-11-26")]).replacing("\n", with: "\r\n"), "CRLF line ends", true),
            (Self.file([Self.tick("h", "2026-11-26"), Self.tick("h", "2026-11-02")], separator: ",\r\n\t  "), "CRLF and tabs between records", true),
            (#"{"records": [\#(Self.tick("h", "2026-11-26"))], "kind": "habit-days", "format": 1}"#, "the envelope in another order", true),
            (
                #"{"format": 1, "kind": "habit-days", "records": [{"id": "h@2026-11-26", "updated": "2026-11-26T09:30:00Z", "habitID": "h", "day": "2026-11-26", "created": "2026-11-26T10:30:00+01:00"}]}"#,
                "fields in another order, times with an offset", true
            ),
        ]
        for (text, why, scans) in cases { try expectSame(text, why, scans: scans) }
    }

    /// Damage outside the days asked must still be seen: the whole path
    /// then sets the file aside, and the scan must not answer instead.
    @Test func damageAnywhereInTheFileGoesTheWholeWay() throws {
        let good = Self.tick("h", "2026-11-26")
        let cases: [(String, String)] = [
            (Self.file([good, Self.tick("h", "2026-11-02", created: "yesterday")]), "a time it can't read, outside the days"),
            (Self.file([good, Self.tick("h", "2026-11-02", created: "2026-11-02T25:00:00.000Z")]), "an hour that isn't"),
            (Self.file([good, Self.tick("h", "2026-02-30")]), "30 February"),
            (Self.file([good, Self.tick("h", "2026-13-01")]), "a thirteenth month"),
            (Self.file([good, Self.tick("h", "26-11-2026")]), "a day the other way round"),
            (Self.file([good, Self.tick("h", "2026-11-2")]), "a day without its zero"),
            (Self.file([good, Self.tick("h", "10000-01-01")]), "a five-digit year"),
            (Self.file([good, Self.tick("h", "9999-12-31", created: "9999-12-31T23:59:59.999Z")]), "the last day keel writes"),
            (Self.file([good, Self.tick("h", "0001-01-01", created: "0001-01-01T00:00:00.000Z")]), "the first day keel writes"),
            (Self.file([good, Self.tick("h", "2026-11-02", created: "10000-01-01T00:00:00.000Z")]), "a time in year 10000"),
            (Self.file([good, Self.tick("h", "2026-11-02", extra: #", "rest": "yes""#)]), "a flag as text, outside the days"),
            (Self.file([good, Self.tick("h", "2026-11-02", extra: #", "colour": "red""#)]), "an unknown key, outside the days"),
            (Self.file([good, Self.tick("h", "2026-11-02", extra: #", "day": "2026-11-03""#)]), "a key twice"),
            (
                Self.file([good, #"{"created": "2026-11-26T09:30:00.000Z", "day": "2026-11-02", "id": "x", "updated": "2026-11-26T09:30:00.000Z"}"#]),
                "no habitID"
            ),
            (Self.file([good, Self.tick("h", "2026-11-02", extra: #", "source": null"#)]), "a null where text may be missing"),
            (Self.file([good, Self.tick("h", "2026-11-02", extra: #", "habitName": 7"#)]), "a number for text"),
            (Self.file([good, Self.tick("h", "2026-11-02", extra: ", \"habitName\": \"a\u{01}b\"")]), "a raw control character"),
            (Self.file([good, "[]"]), "a record that is a list"),
            (Self.file([good, Self.tick("h", "2026-11-26")]), "the same tick twice"),
            (String(Self.file([good, Self.tick("h", "2026-11-02")]).dropLast(8)), "a cut-off last record"),
            (String(Self.file([good]).dropLast(2)), "a missing closing brace"),
            (Self.file([good]).replacing("\"format\": 1", with: "\"format\": 2"), "a newer format"),
            (Self.file([good]).replacing("habit-days\", \"month", with: "habits\", \"month"), "another kind"),
            (Self.file([good]) + "<<<<<<< HEAD\n", "a git marker after the file"),
            ("", "an empty file"),
        ]
        for (text, why) in cases { try expectSame(text, why) }
        var notUTF8 = Array(Self.file([good, Self.tick("h", "2026-11-02", extra: #", "habitName": "ab""#)]).utf8)
        let at = notUTF8.lastIndex(of: UInt8(ascii: "b"))!
        notUTF8[at] = 0xFF
        try expectSame(notUTF8, "bytes that are not UTF-8, outside the days", scans: false)
    }

    /// Ids are what a habit log looks ticks up by: one whose id names a
    /// day asked is kept whatever its day field says, and the other way round.
    @Test func idsDecideNotTheDayField() throws {
        let text = Self.file([
            #"{"created": "2026-11-26T09:30:00.000Z", "day": "2026-11-02", "habitID": "h", "id": "h@2026-11-26", "updated": "2026-11-26T09:30:00.000Z"}"#,
            #"{"created": "2026-11-26T09:30:00.000Z", "day": "2026-11-26", "habitID": "h", "id": "not the usual id", "updated": "2026-11-26T09:30:00.000Z"}"#,
            #"{"created": "2026-11-26T09:30:00.000Z", "day": "2026-11-26", "habitID": "h", "id": "@2026-11-26", "updated": "2026-11-26T09:30:00.000Z"}"#,
            #"{"created": "2026-11-26T09:30:00.000Z", "day": "2026-11-26", "habitID": "h", "id": "2026-11-26", "updated": "2026-11-26T09:30:00.000Z"}"#,
        ])
        let r = try read(Array(text.utf8), scan: true)
        #expect(r.checks.map(\.id) == ["h@2026-11-26", "@2026-11-26"])
        try expectSame(text, "ids and days that disagree", scans: true)
    }

    /// A file already read (or just written) is answered from the store's
    /// cache, which holds saves another keel's lock keeps in a side file.
    @Test func aCachedFileIsAnsweredFromTheCache() throws {
        let tmp = TempDir()
        let store = try Store(root: tmp.data)
        let t = Timestamp.parse("2026-11-26T09:30:00.000Z")!
        try store.save([HabitCheck(habitID: "h", day: Self.days[1], created: t), HabitCheck(habitID: "h", day: Self.days[0].adding(days: -1), created: t)])
        try tmp.write(Self.relative, Self.file([]))  // behind the cache's back: the cache still answers, as records() does
        #expect(store.habitChecks(month: Self.month, about: Self.days).map(\.id) == ["h@2026-11-26"])
        #expect(store.records(HabitCheck.self, month: Self.month).count == 2)
        store.forgetChangedFiles()
        #expect(store.habitChecks(month: Self.month, about: Self.days).isEmpty)
    }

    @Test func aMissingMonthHasNoTicks() throws {
        let tmp = TempDir()
        let store = try Store(root: tmp.data)
        #expect(store.habitChecks(month: Self.month, about: Self.days).isEmpty)
        #expect(store.problems.isEmpty)
    }
}
