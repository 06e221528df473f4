import Foundation
import Testing
@testable import KeelStore

@Suite struct ExchangeTests {
    let time = Timestamp.parse("2026-11-26T10:00:00.000Z")!

    func filledStore(_ tmp: TempDir) throws -> Store {
        let store = try Store(root: tmp.data)
        try store.save([session("a", "2026-10-02T08:00:00.000Z"), session("b", "2026-11-02T08:00:00.123Z", calm: nil)])
        try store.saveDraft(id: "flow:x", title: "X", state: .object(["text": .string("Zoë 日本 👍🏽")]))
        var s = store.singleton(Settings.self)
        s.welcomeSeen = true
        try store.save(s)
        return store
    }

    @Test func jsonExportIsLosslessThroughImport() throws {
        let a = TempDir(), b = TempDir()
        let source = try filledStore(a)
        let exported = try Exchange.exportJSON(from: source, at: time)
        let target = try Store(root: b.data)
        let result = try Exchange.importFile(exported, named: "x.json", into: target)
        #expect(result.count.added == 4)
        #expect(try Exchange.exportJSON(from: target, at: time) == exported)
    }

    @Test func importingTwiceChangesNothing() throws {
        let a = TempDir(), b = TempDir()
        let exported = try Exchange.exportJSON(from: try filledStore(a), at: time)
        let target = try Store(root: b.data)
        _ = try Exchange.importFile(exported, named: "x.json", into: target)
        var writes = 0
        target.didWrite = { _ in writes += 1 }
        let again = try Exchange.importFile(exported, named: "x.json", into: target)
        #expect(again.count == MergeCount(added: 0, updated: 0, unchanged: 4))
        #expect(writes == 0)
    }

    @Test func exportHasStableKeysAndISOTimes() throws {
        let a = TempDir()
        let text = String(decoding: try Exchange.exportJSON(from: try filledStore(a), at: time), as: UTF8.self)
        #expect(text.contains("\"exported\" : \"2026-11-26T10:00:00.000Z\""))
        #expect(text.contains("\"created\" : \"2026-11-02T08:00:00.123Z\""))
        let keys = ["\"app\"", "\"collections\"", "\"exported\"", "\"format\""].map { text.range(of: $0)!.lowerBound }
        #expect(keys == keys.sorted())
    }

    @Test func anInvalidImportNamesTheRecordAndFieldAndWritesNothing() throws {
        let b = TempDir()
        let target = try Store(root: b.data)
        let bad = """
            {"format": 1, "app": "keel", "exported": "2026-11-26T10:00:00.000Z", "collections": {
              "breathing": [
                {"id": "ok", "created": "2026-11-02T08:00:00.000Z", "updated": "2026-11-02T08:00:00.000Z", "pattern": "box",
                 "timing": "4-4-4-4", "plannedSeconds": 160, "actualSeconds": 160, "completed": true},
                {"id": "bad1", "created": "2026-11-02T08:00:00.000Z", "updated": "2026-11-02T08:00:00.000Z", "pattern": "box",
                 "timing": "4-4-4-4", "plannedSeconds": "long", "actualSeconds": 160, "completed": true},
                {"id": "bad2", "created": "2026-11-02T08:00:00.000Z", "updated": "2026-11-02T08:00:00.000Z", "pattern": "box",
                 "timing": "4-4-4-4", "plannedSeconds": 160, "actualSeconds": 160, "completed": true, "calmBefore": 14}
              ]}}
            """
        do {
            _ = try Exchange.importFile(Array(bad.utf8), named: "bad.json", into: target)
            Issue.record("the import should have been refused")
        } catch {
            let text = error.description
            #expect(text.contains("bad.json: collections.breathing[1].plannedSeconds: expected a number (id bad1)"))
            #expect(text.contains("bad.json: collections.breathing[2] (id bad2).calmBefore: 14 is outside 0-10"))
        }
        #expect(target.all(BreathSession.self).isEmpty)
        #expect(!Posix.exists(b.data + "/breathing"))
    }

    @Test func refusesFilesThatAreNotKeelExports() throws {
        let b = TempDir()
        let target = try Store(root: b.data)
        let cases: [(String, String)] = [
            ("not json", "x.json: not valid JSON"),
            ("[1,2]", "x.json: expected an object at the top, found a list"),
            ("{\"collections\": {}}", "x.json: format: missing"),
            ("{\"format\": 99, \"collections\": {}}", "newer keel"),
            ("{\"format\": 1, \"collections\": {\"mystery\": []}}", "collections.mystery: keel doesn't know"),
            ("{\"format\": 1, \"collections\": {\"breathing\": [5]}}", "collections.breathing[0]: expected an object, found a number"),
        ]
        for (input, expected) in cases {
            do {
                _ = try Exchange.importFile(Array(input.utf8), named: "x.json", into: target)
                Issue.record("accepted: \(input)")
            } catch {
                #expect(error.description.contains(expected), "\(input) → \(error.description)")
            }
        }
    }

    @Test func duplicateIdsAreRefused() throws {
        let b = TempDir()
        let target = try Store(root: b.data)
        let rec = """
            {"id": "same", "created": "2026-11-02T08:00:00.000Z", "updated": "2026-11-02T08:00:00.000Z", "pattern": "box", "timing": "4-4-4-4", "plannedSeconds": 160, "actualSeconds": 160, "completed": true}
            """
        let file = "{\"format\": 1, \"collections\": {\"breathing\": [\(rec), \(rec)]}}"
        let before = b.files()
        let error = #expect(throws: Exchange.ImportError.self) { try Exchange.importFile(Array(file.utf8), named: "d.json", into: target) }
        let message = error?.description ?? ""
        #expect(message.hasPrefix("d.json: collections.breathing") && message.contains("the same id appears twice"), "\(message)")
        #expect(target.all(BreathSession.self).isEmpty, "nothing was imported")
        #expect(b.files() == before && b.files("breathing").isEmpty, "nothing was written")
    }

    @Test func markdownIsReadable() throws {
        let a = TempDir()
        let md = Exchange.exportMarkdown(from: try filledStore(a), at: time, calendar: .utc)
        #expect(md.hasPrefix("# keel\n\nExported 2026-11-26 at 10:00."))
        #expect(md.contains("## Breathing sessions"))
        #expect(md.contains("### October 2026"))
        #expect(md.contains("- 2026-11-02 08:00: box (4-4-4-4), 3 min of 3 min, calm after 7"))
        #expect(md.contains("### Draft: X"))
        #expect(!md.contains("Settings"))
    }
}

extension ExchangeTests {
    /// The quick export (records encoded straight) writes the same bytes as
    /// the one built through JSONValue, and the quick import reads it to the
    /// same records as the path that names every fault.
    @Test func theQuickPathsMatchTheCarefulOnes() throws {
        let a = TempDir()
        let store = try filledStore(a)
        try store.save(SmallWin(id: "w1", created: time, day: CivilDate("2026-11-26")!, text: "a \"quoted\" win / with a slash"))
        try store.delete(BreathSession.self, id: "a")
        let quick = try Exchange.exportJSON(from: store, at: time)
        #expect(quick == (try Exchange.exportJSONByValues(from: store, at: time)))
        let typed = try #require(TypedImport.plans(quick), "a keel export takes the quick path")
        let careful = try Exchange.carefulPlan(quick, named: "x")
        #expect(typed.map(\.count) == careful.map(\.count))
    }
}
