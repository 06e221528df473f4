#if canImport(Glibc)
import Glibc
#endif
import KeelStore

/// An export of N small wins over ten years (120 month files), imported into
/// an empty data folder, imported again (every record already there), and
/// exported: each must take time in proportion to N, not N².
enum ImportBench {
    static func export(records n: Int) -> [UInt8] {
        var out = "{\"format\": 1, \"app\": \"keel\", \"exported\": \"2026-11-26T10:00:00.000Z\", \"collections\": {\"wins\": [\n"
        out.reserveCapacity(n * 200)
        // Ten years that end before today, so no time lies in the future.
        let start = Timestamp.parse("2016-01-01T00:00:00.000Z")!.timeIntervalSince1970
        let step = 10 * 365.25 * 86_400 / Double(max(n, 1))
        for i in 0..<n {
            let t = Timestamp.format(Date(timeIntervalSince1970: start + Double(i) * step))
            let day = t.prefix(10)
            out += "{\"id\":\"bench-\(i)\",\"created\":\"\(t)\",\"updated\":\"\(t)\",\"day\":\"\(day)\",\"text\":\"said hello to a neighbour\"}"
            out += i == n - 1 ? "\n" : ",\n"
        }
        out += "]}}\n"
        return Array(out.utf8)
    }

    static func run(dir: String, records n: Int) throws {
        let bytes = export(records: n)
        let store = try Store(root: dir)
        var t0 = monotonic()
        let first = try Exchange.importFile(bytes, named: "bench.json", into: store)
        let importSeconds = monotonic() - t0
        t0 = monotonic()
        let again = try Exchange.importFile(bytes, named: "bench.json", into: store)
        let reimportSeconds = monotonic() - t0
        t0 = monotonic()
        let exported = try Exchange.exportJSON(from: store, at: Timestamp.now())
        let exportSeconds = monotonic() - t0
        guard first.count.added == n, again.count.unchanged == n else {
            print("{\"error\": \"import counted \(first.count) then \(again.count)\"}")
            exit(1)
        }
        print(
            """
            {"importRecords": \(n), "importMB": \(bytes.count >> 20), "importSeconds": \(importSeconds), \
            "reimportSeconds": \(reimportSeconds), "exportSeconds": \(exportSeconds), "exportMB": \(exported.count >> 20)}
            """)
    }
}
