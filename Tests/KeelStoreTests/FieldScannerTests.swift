import Foundation
import Testing
@testable import KeelStore

@Suite struct FieldScannerTests {
    @Test func readsTheWantedStringFieldsOfEachRecord() throws {
        let json = #"""
            {"format": 1, "kind": "journal", "month": "2026-11", "records": [
              {"answers": [{"step": "a", "text": "he said \"no\", {not} [this]"}], "created": "2026-11-02T08:00:00.000Z", "flow": "reframe", "id": "x", "n": 3.5},
              {"created": "2026-11-03T08:00:00.000Z", "deleted": "2026-11-04T08:00:00.000Z", "flow": "morning", "ok": true, "nothing": null},
              {}
            ]}
            """#
        let scanned = try #require(FieldScanner.records(Array(json.utf8), keys: ["flow", "created", "deleted"]))
        #expect(scanned.kind == "journal" && scanned.format == 1)
        #expect(
            scanned.records == [
                ["created": "2026-11-02T08:00:00.000Z", "flow": "reframe"],
                ["created": "2026-11-03T08:00:00.000Z", "deleted": "2026-11-04T08:00:00.000Z", "flow": "morning"],
                [:],
            ])
    }

    @Test func agreesWithTheStoresOwnFiles() throws {
        let tmp = TempDir()
        let store = try Store(root: tmp.data)
        try store.save([session("a", "2026-11-02T08:00:00.000Z"), session("b", "2026-11-03T09:00:00.123Z")])
        store.close()
        let fresh = try Store(root: tmp.data)
        let fields = try #require(fresh.fields(BreathSession.self, month: MonthKey(year: 2026, month: 11), keys: ["id", "created"]))
        #expect(fields.map { $0["id"] } == ["a", "b"])
        #expect(fields.map { $0["created"] } == ["2026-11-02T08:00:00.000Z", "2026-11-03T09:00:00.123Z"])
        #expect(fresh.fields(BreathSession.self, month: MonthKey(year: 2026, month: 12), keys: ["id"]) == [], "no file, no records")
    }

    /// A byte that is not UTF-8 is repaired in the loose scan (the string
    /// grows by two bytes) and the scan goes on from the string's real end.
    @Test func readsOnPastABrokenByte() {
        var bytes = Array(#"{"kind": "journal", "records": [{"flow": "aXb", "id": "x"}]}"#.utf8)
        bytes[bytes.firstIndex(of: UInt8(ascii: "X"))!] = 0xFF
        let scanned = FieldScanner.records(bytes, keys: ["flow", "id"])
        #expect(scanned?.records == [["flow": "a\u{FFFD}b", "id": "x"]])
    }

    @Test func leavesAnythingUnusualToTheFullDecoder() {
        for bad in ["{", "[]", #"{"records": [1, 2]}"#, #"{"records": [{"flow": "caf\u00e9"}]}"#, #"{"records": [{"a": }]}"#, "{\"records\": [{\"a\": \"open"] {
            let keys: Set<String> = ["flow", "a"]
            #expect(FieldScanner.records(Array(bad.utf8), keys: keys) == nil, "\(bad)")
        }
    }
}
