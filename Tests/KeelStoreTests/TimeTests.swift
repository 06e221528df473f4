import Foundation
import Testing
@testable import KeelStore

@Suite struct TimeTests {
    @Test func timestampsRoundTripToTheMillisecond() throws {
        let d = Date(timeIntervalSince1970: 1_790_000_000.123)
        let text = Timestamp.format(d)
        #expect(text == "2026-09-21T14:13:20.123Z")
        #expect(Timestamp.parse(text) == d)
    }

    @Test func parsesOffsetsAndPlainSeconds() {
        #expect(Timestamp.parse("2026-09-21T16:13:20+02:00") == Timestamp.parse("2026-09-21T14:13:20.000Z"))
        #expect(Timestamp.parse("2026-09-21T14:13:20Z") == Date(timeIntervalSince1970: 1_790_000_000))
        #expect(Timestamp.parse("2026-13-01T00:00:00Z") == nil)
        #expect(Timestamp.parse("yesterday") == nil)
        #expect(Timestamp.parse("2026-09-21T14:13:20.Z") == nil)
    }

    @Test func timesBeforeNineteenSeventyFormatCorrectly() {
        #expect(Timestamp.format(Date(timeIntervalSince1970: -1.5)) == "1969-12-31T23:59:58.500Z")
    }

    @Test func civilDatesConvertBothWays() {
        for days in [CivilDate.firstDay, -1, 0, 1, 20_000, 20_783, 100_000, CivilDate.lastDay] {
            #expect(CivilDate(daysSinceEpoch: days).daysSinceEpoch == days)
        }
        #expect(CivilDate(daysSinceEpoch: 0) == CivilDate(year: 1970, month: 1, day: 1))
        #expect(CivilDate(year: 2024, month: 2, day: 28).adding(days: 1) == CivilDate(year: 2024, month: 2, day: 29))
        #expect(CivilDate(year: 2026, month: 11, day: 26).weekday == 4)  // a Thursday
        #expect(CivilDate("2026-11-26") == CivilDate(year: 2026, month: 11, day: 26))
        #expect(CivilDate("2026-02-x") == nil)
    }

    @Test func localDaysFollowTheOffset() {
        let lateUTC = Timestamp.parse("2026-11-26T23:30:00.000Z")!
        #expect(LocalCalendar.utc.day(of: lateUTC) == CivilDate(year: 2026, month: 11, day: 26))
        let berlin = LocalCalendar.fixed(offsetSeconds: 3600)
        #expect(berlin.day(of: lateUTC) == CivilDate(year: 2026, month: 11, day: 27))
        #expect(berlin.hour(of: lateUTC) == 0)
        let newYork = LocalCalendar.fixed(offsetSeconds: -5 * 3600)
        #expect(newYork.day(of: Timestamp.parse("2026-11-27T03:00:00.000Z")!) == CivilDate(year: 2026, month: 11, day: 26))
        #expect(newYork.start(of: CivilDate(year: 2026, month: 11, day: 26)) == Timestamp.parse("2026-11-26T05:00:00.000Z"))
    }

    @Test func recordsAreFiledByUTCMonth() {
        #expect(MonthKey(utc: Timestamp.parse("2026-11-30T23:59:59.999Z")!).description == "2026-11")
        #expect(MonthKey(utc: Timestamp.parse("2026-12-01T00:00:00.000Z")!).description == "2026-12")
        #expect(MonthKey("2026-11")?.adding(months: 2).description == "2027-01")
        #expect(MonthKey("2026-13") == nil)
    }

    @Test func monthNamesParseOnlyInTheirExactShape() {
        #expect(MonthKey("0999-01") == MonthKey(year: 999, month: 1))
        #expect(MonthKey("2026-12") == MonthKey(year: 2026, month: 12))
        for bad in ["", "2026", "2026-", "2026-1", "2026-011", "2026_11", "20261-1", "2026-00", "2026-1a", "２０２６-11", "2026-11.json"] {
            #expect(MonthKey(bad) == nil, "\(bad)")
        }
    }

    @Test func dataDirectoryFollowsTheContract() {
        let env: [String: String] = ["HOME": "/home/sam", "XDG_DATA_HOME": "/x/data", "KEEL_DATA_DIR": "/k"]
        #expect(DataDirectory.resolve(flag: "/flag", environment: { env[$0] }) == "/flag")
        #expect(DataDirectory.resolve(flag: nil, environment: { env[$0] }) == "/k")
        #expect(DataDirectory.resolve(flag: nil, environment: { ["HOME": "/home/sam", "XDG_DATA_HOME": "/x/data"][$0] }) == "/x/data/keel")
        #expect(DataDirectory.resolve(flag: nil, environment: { ["HOME": "/home/sam"][$0] }) == "/home/sam/.local/share/keel")
        #expect(DataDirectory.resolve(flag: "~/k/", environment: { env[$0] }) == "/home/sam/k")
        #expect(DataDirectory.resolve(flag: nil, environment: { _ in nil }) == nil)
        #expect(DataDirectory.configDirectory(environment: { ["HOME": "/h"][$0] }) == "/h/.config/keel")
    }
}
