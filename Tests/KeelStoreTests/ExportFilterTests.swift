import Foundation
import Testing
@testable import KeelStore

/// `keel export --since --until --kind`: part of the history, by local day
/// and kind, the same through the quick export and the careful one.
@Suite struct ExportFilterTests {
    let time = Timestamp.parse("2026-11-26T10:00:00.000Z")!

    func sessionsStore(_ tmp: TempDir) throws -> Store {
        let store = try ExchangeTests().filledStore(tmp)
        try store.save(SmallWin(id: "w1", created: Timestamp.parse("2026-11-20T23:30:00.000Z")!, day: CivilDate("2026-11-20")!, text: "late win"))
        return store
    }

    func kinds(_ bytes: [UInt8]) throws -> [String: Int] {
        let doc = try #require(try JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any])
        let collections = try #require(doc["collections"] as? [String: [Any]])
        return collections.mapValues(\.count)
    }

    @Test func daysAreLocalAndBothEndsIncluded() {
        // 23:30 UTC on the 20th is the 21st an hour east.
        let late = Timestamp.parse("2026-11-20T23:30:00.000Z")!
        let east = ExportFilter(since: CivilDate("2026-11-21"), until: CivilDate("2026-11-21"), calendar: LocalCalendar { _ in 3600 })
        #expect(east.includes(created: late))
        let utc = ExportFilter(since: CivilDate("2026-11-21"), calendar: .utc)
        #expect(!utc.includes(created: late))
        #expect(ExportFilter(until: CivilDate("2026-11-20"), calendar: .utc).includes(created: late))
        #expect(ExportFilter.everything.includes(created: late))
    }

    @Test func kindsAndDaysKeepOnlyThoseRecords() throws {
        let a = TempDir()
        let store = try sessionsStore(a)
        let all = try kinds(try Exchange.exportJSON(from: store, at: time))
        #expect(all["breathing"] == 2 && all["wins"] == 1)
        let wins = try kinds(try Exchange.exportJSON(from: store, at: time, filter: ExportFilter(kinds: ["wins"])))
        #expect(wins == ["wins": 1])
        let november = ExportFilter(kinds: ["breathing", "wins"], since: CivilDate("2026-11-01"), calendar: .utc)
        let part = try Exchange.exportJSON(from: store, at: time, filter: november)
        #expect(try kinds(part) == ["breathing": 1, "wins": 1])
        #expect(part == (try Exchange.exportJSONByValues(from: store, at: time, filter: november)))
        let md = Exchange.exportMarkdown(from: store, at: time, calendar: .utc, filter: ExportFilter(kinds: ["wins"], calendar: .utc))
        #expect(md.contains("late win") && !md.contains("Breathing"))
        // A part imports like a whole export.
        let b = TempDir()
        let result = try Exchange.importFile(part, named: "part.json", into: try Store(root: b.data))
        #expect(result.count.added == 2)
    }
}
