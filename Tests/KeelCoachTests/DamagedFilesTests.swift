import Foundation
import Testing
import KeelCoach
import KeelStore

/// Every kind of file the store writes (every kind in `Collections.all`, as
/// `keel sample` writes them, and drafts), plain and encrypted, cut short,
/// overwritten, emptied, from a newer keel, of the wrong kind, or with
/// invalid UTF-8: keel opens, names the file, keeps its bytes, and every
/// other kind of record is still all there.
@Suite struct DamagedFilesTests {
    enum Damage: String, CaseIterable, Sendable {
        case truncated, garbage, empty, newerFormat, wrongKind, invalidUTF8
    }

    static let passphrase = Array("correct horse battery".utf8)

    /// A small sample history (and a draft), made once per run and copied for each case.
    static let template: String = {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("keel-damage-\(UUID().uuidString)").path
        let store = try! Store(root: dir)
        var sample = SampleHistory(years: 0.1, seed: 11, end: Timestamp.parse("2026-11-26T09:30:00.000Z")!, calendar: .utc)
        sample.content = Harness.content
        _ = try! sample.generate(into: store)
        try! store.saveDraft(id: "flow:reframe", title: "Reframe", state: .object(["answer": .string("They didn't reply")]))
        store.close()
        return dir
    }()

    static func copy(encrypted: Bool) throws -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("keel-damage-\(UUID().uuidString)").path
        try FileManager.default.copyItem(atPath: template, toPath: dir)
        if encrypted {
            let store = try Store(root: dir)
            _ = try store.encrypt(passphrase: passphrase, kdf: KDFParameters(n: 1024))
            store.close()
        }
        return dir
    }

    static func open(_ dir: String) throws -> Store { try Store(root: dir, passphrase: { passphrase }) }

    static func counts(_ store: Store) -> [String: Int] {
        Dictionary(uniqueKeysWithValues: Collections.all.map { ($0.kind.name, $0.count(in: store)) })
    }

    /// The file that holds a kind: its single file, or its newest month.
    static func file(of kind: RecordKind, in dir: String) -> String? {
        if kind.layout == .single { return Posix.exists(dir + "/\(kind.name).json") ? "\(kind.name).json" : nil }
        return Posix.listDirectory(dir + "/" + kind.name).last { $0.hasSuffix(".json") }.map { "\(kind.name)/\($0)" }
    }

    static func damaged(_ plain: [UInt8], _ damage: Damage, kind: String) -> [UInt8] {
        let text = String(decoding: plain, as: UTF8.self)
        switch damage {
        case .truncated: return Array(plain.prefix(plain.count / 2))
        case .garbage: return (0..<plain.count).map { UInt8(truncatingIfNeeded: $0 &* 2_654_435_761 >> 7) }
        case .empty: return []
        case .newerFormat: return Array(text.replacing("\"format\" : 1,", with: "\"format\" : 99,").utf8)
        case .wrongKind: return Array(text.replacing("\"kind\" : \"\(kind)\"", with: "\"kind\" : \"\(kind == "drafts" ? "settings" : "drafts")\"").utf8)
        case .invalidUTF8:
            var bytes = plain
            let at = Array(text.utf8).firstIndex(of: UInt8(ascii: ":"))! + 3
            bytes.replaceSubrange(at..<(at + 2), with: [0xFF, 0xC3])
            return bytes
        }
    }

    @Test(arguments: Damage.allCases, [false, true])
    func everyKindSurvivesADamagedFile(_ damage: Damage, encrypted: Bool) throws {
        let baseline = try DamagedFilesTests.counts(DamagedFilesTests.open(DamagedFilesTests.template))
        for kind in Collections.all.map(\.kind) {
            let dir = try DamagedFilesTests.copy(encrypted: encrypted)
            defer { try? FileManager.default.removeItem(atPath: dir) }
            let file = try #require(DamagedFilesTests.file(of: kind, in: dir), "\(kind.name) has a file in the sample")
            var bytes = try Posix.read(dir + "/" + file)
            if encrypted {
                let ring = try DamagedFilesTests.open(dir).keyring!
                let plain = DamagedFilesTests.damaged(try ring.open(bytes), damage, kind: kind.name)
                // Damage to the sealed bytes themselves for the first three; to what they hold for the rest.
                bytes = [.truncated, .garbage, .empty].contains(damage) ? DamagedFilesTests.damaged(bytes, damage, kind: kind.name) : try ring.seal(plain)
            } else {
                bytes = DamagedFilesTests.damaged(bytes, damage, kind: kind.name)
            }
            try Posix.writeAtomically(bytes, to: dir + "/" + file)

            let store = try DamagedFilesTests.open(dir)
            let counts = DamagedFilesTests.counts(store)
            let label = "\(kind.name) \(damage) \(encrypted ? "encrypted" : "plain")"
            for (name, n) in baseline where name != kind.name { #expect(counts[name] == n, "\(label): \(name) lost records") }
            let problem = try #require(store.problems.first { $0.file == file }, "\(label) is named")
            if damage == .newerFormat {
                #expect(store.access.isReadOnly, "\(label)")
                #expect(try Posix.read(dir + "/" + file) == bytes, "\(label) untouched")
                #expect(counts[kind.name] == baseline[kind.name], "\(label) still read")
            } else {
                let kept = try #require(problem.keptAs, "\(label) kept aside")
                let keptBytes = try Posix.read(dir + "/" + kept)
                #expect(keptBytes == bytes || (encrypted && (try? store.keyring!.open(keptBytes)) == bytes), "\(label) kept byte for byte")
                #expect(!store.access.isReadOnly, "\(label)")
                try store.saveDraft(id: "after", title: "After", state: .string("still saving"))
                #expect(store.draft("after")?.state == .string("still saving"), "\(label): saving still works")
            }
            store.close()
        }
    }
}
