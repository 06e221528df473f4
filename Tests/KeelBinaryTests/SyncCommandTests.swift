import Foundation
import Testing

/// `keel sync status` on a data folder where a sync tool left conflict copies.
@Suite struct SyncCommandTests {
    /// A conflict copy of `file` as another device would have it: one more
    /// session, made from the first one with a new id.
    func copyWithOneMoreSession(_ data: String, _ file: String) throws -> Data {
        let bytes = try Data(contentsOf: URL(fileURLWithPath: data + "/" + file))
        var envelope = try #require(try JSONSerialization.jsonObject(with: bytes) as? [String: Any])
        var records = try #require(envelope["records"] as? [[String: Any]])
        var extra = try #require(records.first)
        extra["id"] = "from-the-desktop"
        records.append(extra)
        envelope["records"] = records
        return try JSONSerialization.data(withJSONObject: envelope, options: [.prettyPrinted, .sortedKeys])
    }

    @Test func statusNamesWhatWasMergedAndWhatCouldNotBe() throws {
        let s = Scratch()
        try keel(["sample", "--into", s.data, "--years", "0.2"])
        let month = try #require(try FileManager.default.contentsOfDirectory(atPath: s.data + "/breathing").sorted().last)
        let stem = String(month.dropLast(5))
        let copy = "breathing/\(stem).sync-conflict-20261126-093015-B7XQ2ZP.json"
        try copyWithOneMoreSession(s.data, "breathing/" + month).write(to: URL(fileURLWithPath: s.data + "/" + copy))
        let broken = "settings (Desktop's conflicted copy 2026-11-26).json"
        try "{ \"format\": 1, \"kind\": ".write(toFile: s.data + "/" + broken, atomically: true, encoding: .utf8)

        let r = try keel(["sync", "status", "--data-dir", s.data])
        #expect(r.status == 0, "\(r.err)")
        #expect(r.out.contains("Merged 1 file from other devices:"), "\(r.out)")
        #expect(r.out.contains("  \(copy) (Syncthing) into breathing/\(month): 1 added,"), "\(r.out)")
        #expect(r.out.contains("    Kept as sync-archive/\(copy)."), "\(r.out)")
        #expect(r.out.contains("Couldn't merge 1 file:"), "\(r.out)")
        #expect(r.out.contains("  \(broken) (Dropbox): it is not a keel file"), "\(r.out)")
        #expect(r.out.contains("it stays where it is."), "\(r.out)")
        #expect(r.err.isEmpty, "\(r.err)")
        #expect(FileManager.default.fileExists(atPath: s.data + "/" + broken))
        #expect(FileManager.default.fileExists(atPath: s.data + "/sync-archive/" + copy))
        #expect(!FileManager.default.fileExists(atPath: s.data + "/" + copy))
        let exported = try keel(["export", "--data-dir", s.data])
        #expect(exported.out.contains("\"from-the-desktop\""))

        let again = try keel(["sync", "status", "--data-dir", s.data])
        #expect(!again.out.contains("Merged"), "\(again.out)")
        #expect(again.out.contains("  \(broken) (Dropbox)"), "\(again.out)")
        #expect(again.out.contains("1 merged copy kept in sync-archive/."), "\(again.out)")
    }

    @Test func statusOnQuietDataSaysSo() throws {
        let s = Scratch()
        try keel(["sample", "--into", s.data, "--years", "0.1"])
        let r = try keel(["sync", "status", "--data-dir", s.data])
        #expect(r.status == 0)
        #expect(r.out == "Data: \(s.data)\nNo conflict copies here: every device's changes are in the main files.\n", "\(r.out)")
    }
}
