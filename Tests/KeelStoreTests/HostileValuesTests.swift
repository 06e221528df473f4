import Foundation
import Testing
@testable import KeelStore

/// Values that are well-formed JSON of the right type but lie outside what
/// keel can count with: each once passed every check and then crashed keel
/// (arithmetic overflow) on the home screen, in `keel today`, the Markdown
/// export or the import itself. Each is now refused whole, naming the field.
@Suite struct HostileValuesTests {
    static let t = "2026-11-02T08:00:00.000Z"
    static func file(_ kind: String, _ record: String) -> [UInt8] {
        Array((HostileImportTests.header + "{\"\(kind)\": [" + record + "]}}").utf8)
    }
    static func record(_ fields: String, created: String = t, updated: String = t) -> String {
        "{\"id\": \"x1\", \"created\": \"\(created)\", \"updated\": \"\(updated)\", \(fields)}"
    }

    static let cases: [(name: String, bytes: [UInt8], says: String)] = [
        ("a day in year Int.max", file("wins", record("\"day\": \"9223372036854775807-01-01\", \"text\": \"won\"")), "expected a date"),
        ("a day in year 10000", file("wins", record("\"day\": \"10000-01-01\", \"text\": \"won\"")), "expected a date"),
        ("a day in year 0", file("wins", record("\"day\": \"0000-06-01\", \"text\": \"won\"")), "expected a date"),
        ("a day the month doesn't have", file("wins", record("\"day\": \"2026-02-30\", \"text\": \"won\"")), "expected a date"),
        ("a letter with a huge week", file("letters", record("\"week\": \"9223372036854775807-12-27\", \"text\": \"Dear me\"")), "expected a date"),
        (
            "a time that is year 10000 in UTC", file("wins", record("\"day\": \"2026-11-02\", \"text\": \"won\"", created: "9999-12-31T23:00:00-05:00")),
            "expected a time"
        ),
        ("an offset of 99 hours", file("wins", record("\"day\": \"2026-11-02\", \"text\": \"won\"", updated: "2026-11-02T08:00:00+99:00")), "expected a time"),
        (
            "1e300 seconds of breathing",
            file("breathing", record("\"pattern\": \"box\", \"timing\": \"4-4-4-4\", \"plannedSeconds\": 1e300, \"actualSeconds\": 60, \"completed\": true")),
            "plannedSeconds: 1e+300 is far larger"
        ),
        (
            "a million seconds of breathing",
            file("breathing", record("\"pattern\": \"box\", \"timing\": \"4-4-4-4\", \"plannedSeconds\": 1000000, \"actualSeconds\": 60, \"completed\": true")),
            "plannedSeconds: 1000000 is outside 0-86400"
        ),
        (
            "a rhythm of -3 days",
            file(
                "circles",
                record(
                    "\"name\": \"Choir\", \"kind\": \"hobby\", \"importance\": 3, \"support\": 3, \"feelsLikeMe\": 3, \"positivity\": 3, \"cadenceDays\": -3, \"notes\": \"\", \"goesWellWith\": [], \"pullsAgainst\": []"
                )), "cadenceDays: -3 is outside 1-3650"
        ),
        (
            "negative seconds of breathing",
            file("breathing", record("\"pattern\": \"box\", \"timing\": \"4-4-4-4\", \"plannedSeconds\": 60, \"actualSeconds\": -5, \"completed\": true")),
            "actualSeconds: -5 is outside"
        ),
        ("a mood of 1e300", file("check-ins", record("\"mood\": 1e300")), "mood: 1e+300 is far larger"),
        ("a mood of Int.max", file("check-ins", record("\"mood\": 9223372036854775807")), "mood: 9.223372036854776e+18 is far larger"),
        (
            "a rhythm of Int.max days",
            file(
                "circles",
                record(
                    "\"name\": \"Choir\", \"kind\": \"hobby\", \"importance\": 3, \"support\": 3, \"feelsLikeMe\": 3, \"positivity\": 3, \"cadenceDays\": 9223372036854775807, \"notes\": \"\", \"goesWellWith\": [], \"pullsAgainst\": []"
                )), "cadenceDays: 9.223372036854776e+18 is far larger"
        ),
        (
            "a rung at rank -1",
            file(
                "exposure-steps",
                record("\"ladderID\": \"l\", \"rank\": -1, \"situation\": \"say hello\", \"fear\": \"\", \"exitStrategy\": \"\", \"phrase\": \"\"")),
            "rank: -1 is outside 0-10000"
        ),
        (
            "settings with 1e300 minutes",
            file("settings", "{\"id\": \"settings\", \"created\": \"\(t)\", \"updated\": \"\(t)\", \"welcomeSeen\": true, \"lastMinutes\": 1e300}"),
            "lastMinutes: 1e+300 is far larger"
        ),
        (
            "settings with 1000 minutes",
            file("settings", "{\"id\": \"settings\", \"created\": \"\(t)\", \"updated\": \"\(t)\", \"welcomeSeen\": true, \"lastMinutes\": 1000}"),
            "lastMinutes: 1000 is outside 0-600"
        ),
        (
            "a rating of 11 in the journal",
            file(
                "journal",
                record(
                    "\"flow\": \"reframe\", \"title\": \"Reframe\", \"answers\": [{\"step\": \"s\", \"kind\": \"rating\", \"prompt\": \"p\", \"rating\": 11}]")),
            "answers[0].rating: 11 is outside 0-10"
        ),
    ]

    @Test(arguments: 0..<cases.count)
    func isRefusedWholeAndNothingIsWritten(_ i: Int) throws {
        let c = HostileValuesTests.cases[i]
        let tmp = TempDir()
        let store = try Store(root: tmp.data)
        try store.save(session("mine", "2026-11-01T08:00:00.000Z"))
        let before = diskState(tmp.data)
        do {
            _ = try Exchange.importFile(c.bytes, named: "hostile.json", into: store)
            Issue.record("\(c.name) was imported")
        } catch {
            #expect(error.description.contains(c.says), "\(c.name): \(error.description.prefix(300))")
        }
        #expect(diskState(tmp.data) == before, "\(c.name) changed the data folder")
    }

    @Test func theEndsOfTheRangeAreKeptAndReadBack() throws {
        let last = try #require(Timestamp.parse("9999-12-31T23:59:59.999Z"))
        #expect(Timestamp.format(last) == "9999-12-31T23:59:59.999Z")
        let first = try #require(Timestamp.parse("0001-01-01T00:00:00.000Z"))
        #expect(Timestamp.format(first) == "0001-01-01T00:00:00.000Z")
        #expect(Timestamp.parse("0001-01-01T00:00:00+01:00") == nil, "year 0 in UTC")
        #expect(Timestamp.parse("9999-12-31T23:59:59.999-00:01") == nil, "year 10000 in UTC")
        #expect(CivilDate("9999-12-31") == CivilDate(year: 9999, month: 12, day: 31))
        #expect(CivilDate("2028-02-29") != nil && CivilDate("2027-02-29") == nil)
    }

    /// Arithmetic on a date or time built in code (not decoded) never traps:
    /// it stops at the ends of years 1-9999.
    @Test func calendarArithmeticStopsAtTheEndsInsteadOfOverflowing() {
        let huge = CivilDate(year: Int.max, month: 99, day: Int.max)
        #expect(huge.adding(days: Int.max) == CivilDate(year: 9999, month: 12, day: 31))
        #expect(huge.adding(days: Int.min) == CivilDate(year: 1, month: 1, day: 1))
        #expect((1...7).contains(huge.weekday))
        #expect(huge.monthName == "December")
        #expect(CivilDate(daysSinceEpoch: Int.max).year == 9999)
        #expect(CivilDate(daysSinceEpoch: Int.min).year == 1)
        _ = huge.days(since: CivilDate(year: Int.min, month: -5, day: Int.min))
        #expect(MonthKey(year: Int.max, month: 0).adding(months: Int.max) == MonthKey(year: 9999, month: 12))
        #expect(MonthKey(year: 2026, month: 11).adding(months: Int.min) == MonthKey(year: 1, month: 1))
        for t in [1e300, -1e300, Double.infinity, -Double.infinity, Double.nan] {
            let d = Date(timeIntervalSince1970: t)
            #expect(Timestamp.format(d).count == 24, "\(t)")
            _ = LocalCalendar.utc.day(of: d)
            _ = LocalCalendar.fixed(offsetSeconds: Int.max).clock(of: d)
            _ = MonthKey(utc: d)
        }
    }
}
