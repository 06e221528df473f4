import Foundation
import Testing
@testable import KeelContent
import KeelBase

@Suite struct CatalogTests {
    @Test func readsAWellFormedCatalog() {
        let json = #"{"format": 1, "id": "t", "title": "T", "items": [{"id": "a", "label": "A", "detail": "one line"}]}"#
        let (catalog, errors) = Catalog.load(Array(json.utf8), file: "t.json")
        #expect(errors.isEmpty)
        #expect(catalog?.item("a")?.detail == "one line")
    }

    @Test func namesTheFilePathAndReason() {
        let cases: [(String, String)] = [
            (#"{"format": 1, "id": "t", "title": "T", "items": [{"id": "a"}]}"#, "t.json: items[0].label: missing"),
            (
                #"{"format": 1, "id": "t", "title": "T", "items": [{"id": "a", "label": "A"}, {"id": "a", "label": "B"}]}"#,
                "t.json: items[1].id: \"a\" is used twice"
            ),
            (#"{"format": 1, "id": "t", "title": "T", "items": []}"#, "t.json: items: a catalog needs at least one item"),
            (#"{"format": 1, "id": "t", "title": "T", "items": [{"id": "a", "label": 5}]}"#, "t.json: items[0].label: expected text"),
            ("{nope", "t.json: (top level): not valid JSON"),
        ]
        for (json, expected) in cases {
            let (catalog, errors) = Catalog.load(Array(json.utf8), file: "t.json")
            #expect(catalog == nil)
            #expect(errors.map(\.description) == [expected])
        }
    }

    @Test func theLibrarySkipsABrokenFileWithANotice() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("keel-content-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try Posix.makeDirectory(dir + "/catalogs")
        try Posix.writeAtomically(
            Array(#"{"format": 1, "id": "good", "title": "G", "items": [{"id": "a", "label": "A"}]}"#.utf8), to: dir + "/catalogs/good.json")
        try Posix.writeAtomically(Array(#"{"format": 1, "id": "bad", "title": "B", "items": [{"id": ""}]}"#.utf8), to: dir + "/catalogs/bad.json")
        let library = ContentLibrary(resources: dir)
        #expect(library.catalog("good") != nil)
        #expect(library.catalog("bad") == nil)
        #expect(library.notices.map(\.path).contains("items[0].label"))
    }

    @Test func findsTheShippedContentBesideTheSourceTree() {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path
        let found = ResourceLocator.find(environment: { _ in nil }, executable: root + "/.build/debug/keel")
        #expect(found == root + "/Resources")
        #expect(ResourceLocator.find(environment: { $0 == "KEEL_RESOURCES" ? root + "/Resources" : nil }, executable: nil) == root + "/Resources")
    }
}

@Suite struct LazyLibraryTests {
    static let resources =
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().path + "/Resources"

    @Test func shippedFilesAreNamedAfterTheirIds() {
        let report = ContentCheck.run(paths: [], resources: LazyLibraryTests.resources, userDirectory: nil)
        #expect(report.errors.isEmpty, "\(report.errors)")
        #expect(report.files.count >= 6)
    }

    @Test func aMisnamedShippedFileIsNamedByTheCheck() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("keel-lazy-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try Posix.makeDirectory(dir + "/catalogs")
        try Posix.writeAtomically(
            Array(#"{"format": 1, "id": "traps", "title": "T", "items": [{"id": "a", "label": "A"}]}"#.utf8), to: dir + "/catalogs/other.json")
        let report = ContentCheck.run(paths: [], resources: dir, userDirectory: nil)
        #expect(
            report.errors.map(\.description) == [
                dir + "/catalogs/other.json: id: a shipped file is named after its id: call it traps.json, or change the id to \"other\""
            ])
    }

    @Test func nothingShippedIsReadUntilAskedFor() {
        let library = ContentLibrary(resources: LazyLibraryTests.resources)
        #expect(library.hasFlow("reframe") && library.hasCatalog("thinking-traps") && library.hasFlows)
        #expect(!library.hasFlow("no-such-flow"))
        #expect(library.flow("reframe")?.id == "reframe")
        #expect(library.catalog("thinking-traps")?.items.isEmpty == false)
        #expect(library.crisis != nil)
        #expect(library.notices.isEmpty)
    }
}
