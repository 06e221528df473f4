import Testing
import KeelCoach
import KeelStorm
import KeelStore
import KeelTerminal

/// The sample history with every date and time moved to the first or last
/// moment keel accepts (years 1 and 9999) and every amount to the end of its
/// range, imported, and then every screen opened on it: values like these
/// once passed `problems()` and then crashed the home screen, `keel today`
/// and the Markdown export with an arithmetic overflow.
@Suite struct ExtremeValuesAppTests {
    enum End { case first, last }

    /// The sample's export with every value moved to one end.
    static func extremeExport(_ end: End) throws -> [UInt8] {
        let source = try Harness.sampled()
        let json = try Exchange.exportJSON(from: source.store, at: source.wall)
        guard case .object(var top)? = try? KeelJSON.decode(JSONValue.self, from: json),
            case .object(let collections)? = top["collections"]
        else { throw Failure("no collections") }
        let monday = end == .first ? "0001-01-01" : Week(containing: CivilDate(year: 9999, month: 12, day: 31)).first.description
        var moved: [String: JSONValue] = [:]
        for (kind, list) in collections {
            var seen: Set<String> = []
            var records: [JSONValue] = []
            for record in list.array ?? [] {
                var r = extreme(record, end, key: "", monday: monday)
                if kind == HabitCheck.kind.name, case .object(var o) = r, let habit = o["habitID"]?.string, let day = o["day"]?.string {
                    o["id"] = .string("\(habit)@\(day)")
                    r = .object(o)
                }
                // Days moved to one end can make two habit days the same day: keep the first.
                guard let id = r["id"]?.string, seen.insert(id).inserted else { continue }
                records.append(r)
            }
            moved[kind] = .array(records)
        }
        top["collections"] = .object(moved)
        return try KeelJSON.encode(JSONValue.object(top))
    }

    static let amounts: [String: (first: Double, last: Double)] = [
        "plannedSeconds": (0, 86_400), "actualSeconds": (0, 86_400), "cadenceDays": (1, 3650),
        "lastMinutes": (0, 600), "rank": (0, 10_000),
    ]

    static func extreme(_ v: JSONValue, _ end: End, key: String, monday: String) -> JSONValue {
        switch v {
        case .string(let s) where key == "week" && CivilDate(s) != nil:
            return .string(monday)
        case .string(let s) where CivilDate(s) != nil:
            return .string(end == .first ? "0001-01-01" : "9999-12-31")
        case .string(let s) where Timestamp.parse(s) != nil:
            return .string(end == .first ? "0001-01-01T00:00:00.000Z" : "9999-12-31T23:59:59.999Z")
        case .number where amounts[key] != nil:
            return .number(end == .first ? amounts[key]!.first : amounts[key]!.last)
        case .array(let a):
            return .array(a.map { extreme($0, end, key: key, monday: monday) })
        case .object(let o):
            return .object(o.reduce(into: [:]) { $0[$1.key] = extreme($1.value, end, key: $1.key, monday: monday) })
        default:
            return v
        }
    }

    struct Failure: Error, CustomStringConvertible {
        let description: String
        init(_ d: String) { description = d }
    }

    @Test(arguments: [End.first, End.last], ["2026-11-26T09:30:00.000Z", "9999-12-31T23:59:59.000Z", "0001-01-01T00:00:00.000Z"])
    func everyScreenOpensOnDatesAtTheEndsOfTime(_ end: End, _ wall: String) throws {
        let bytes = try ExtremeValuesAppTests.extremeExport(end)
        let h = try Harness(wall: wall)
        let result = try Exchange.importFile(bytes, named: "extreme.json", into: h.store)
        #expect(result.records > 100, "the sample came through whole")

        // The shell line, the home notes, both exports, and importing the export again.
        #expect(!TodayLines.shellLine(h.ctx).isEmpty)
        _ = TodayLines.home(h.ctx)
        let markdown = Exchange.exportMarkdown(from: h.store, at: h.wall, calendar: .utc)
        #expect(markdown.contains(end == .first ? "January 1" : "December 9999"))
        let again = try Exchange.exportJSON(from: h.store, at: h.wall)
        let twice = try Exchange.importFile(again, named: "again.json", into: h.store)
        #expect(twice.count.added == 0 && twice.count.updated == 0, "\(twice.count)")

        // Every screen from the home screen, under a short storm of keys.
        let entries = HomeMenu.entries(h.ctx)
        for entry in -1..<entries.count {
            let storm = KeyStorm(ctx: h.ctx, clock: h.clock, seed: 7 &+ UInt64(entry + 1))
            storm.pasteChance = 0
            storm.run(entry: entry, keys: 80)
            #expect(storm.report.problems.isEmpty, "\(entry < 0 ? "Home" : entries[entry].label): \(storm.report.problems.prefix(3))")
        }
    }
}
