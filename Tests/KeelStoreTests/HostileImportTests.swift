import Foundation
import Testing
@testable import KeelStore

/// Files no keel wrote: each is refused whole, with a message that says
/// what is wrong, and nothing in the data folder changes.
@Suite struct HostileImportTests {
    static let header = "{\"format\": 1, \"app\": \"keel\", \"exported\": \"2026-11-26T10:00:00.000Z\", \"collections\": "
    static let record =
        "{\"id\": \"r1\", \"created\": \"2026-11-02T08:00:00.000Z\", \"updated\": \"2026-11-02T08:00:00.000Z\", \"pattern\": \"box\", \"timing\": \"4-4-4-4\", \"plannedSeconds\": 160, \"actualSeconds\": 160, \"completed\": true}"

    static let cases: [(name: String, bytes: [UInt8], says: String)] = [
        ("huge", Array(repeating: 32, count: Exchange.maxImportBytes + 1), "too large to import"),
        (
            "deeply nested arrays",
            Array((header + "{\"breathing\": " + String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000) + "}}").utf8),
            "nested more than 64 levels"
        ),
        (
            "deeply nested objects",
            Array((header + "{\"breathing\": [" + String(repeating: "{\"a\":", count: 70) + "1" + String(repeating: "}", count: 70) + "]}}").utf8),
            "nested more than 64 levels"
        ),
        ("not JSON", Array("keel export, honest".utf8), "not valid JSON"),
        ("invalid UTF-8", [0x7B, 0x22, 0xFF, 0xFE, 0x22, 0x3A, 0x31, 0x7D], "not valid JSON"),
        ("a list at the top", Array("[1, 2, 3]".utf8), "expected an object at the top"),
        ("no format", Array("{\"collections\": {}}".utf8), "format: missing"),
        ("a newer format", Array("{\"format\": 99, \"collections\": {}}".utf8), "newer keel"),
        ("collections of the wrong type", Array((header + "[1]}").utf8), "collections: missing or not an object"),
        ("a kind keel doesn't know", Array((header + "{\"spells\": []}}").utf8), "doesn't know this kind"),
        ("records of the wrong type", Array((header + "{\"breathing\": \"lots\"}}").utf8), "expected a list"),
        (
            "a field of the wrong type", Array((header + "{\"breathing\": [" + record.replacing("160,", with: "\"long\",") + "]}}").utf8),
            "plannedSeconds: expected a number"
        ),
        ("a record that is a number", Array((header + "{\"breathing\": [7]}}").utf8), "expected an object, found"),
        ("duplicate ids", Array((header + "{\"breathing\": [" + record + ", " + record + "]}}").utf8), "the same id appears twice"),
        ("a value out of range", Array((header + "{\"breathing\": [" + record.replacing("}", with: ", \"calmBefore\": 99}") + "]}}").utf8), "outside 0-10"),
        ("an empty id", Array((header + "{\"breathing\": [" + record.replacing("\"r1\"", with: "\"\"") + "]}}").utf8), "id must not be empty"),
    ]

    @Test(arguments: 0..<cases.count)
    func isRefusedWholeAndNothingIsWritten(_ i: Int) throws {
        let c = HostileImportTests.cases[i]
        let tmp = TempDir()
        let store = try Store(root: tmp.data)
        try store.save(session("mine", "2026-11-01T08:00:00.000Z"))
        let before = diskState(tmp.data)
        var writes = 0
        store.didWrite = { _ in writes += 1 }
        do {
            _ = try Exchange.importFile(c.bytes, named: "hostile.json", into: store)
            Issue.record("\(c.name) was imported")
        } catch {
            #expect(error.description.contains(c.says), "\(c.name): \(error.description.prefix(300))")
            #expect(error.description.hasPrefix("hostile.json"), "\(c.name) names the file")
        }
        #expect(writes == 0)
        #expect(diskState(tmp.data) == before, "\(c.name) changed the data folder")
    }

    @Test func aValidRecordBesideABadOneIsNotImportedEither() throws {
        let tmp = TempDir()
        let store = try Store(root: tmp.data)
        let bad = HostileImportTests.record.replacing("\"r1\"", with: "\"r2\"").replacing("\"box\"", with: "7")
        let file = Array((HostileImportTests.header + "{\"breathing\": [" + HostileImportTests.record + ", " + bad + "]}}").utf8)
        #expect(throws: Exchange.ImportError.self) { try Exchange.importFile(file, named: "x.json", into: store) }
        #expect(store.all(BreathSession.self).isEmpty)
    }
}
