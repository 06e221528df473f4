import Foundation
@testable import KeelStore

/// A fresh temporary folder per test, removed afterwards.
final class TempDir {
    let path: String
    init() {
        path = FileManager.default.temporaryDirectory.appendingPathComponent("keel-test-\(UUID().uuidString)").path
    }
    var data: String { path + "/data" }
    deinit { try? FileManager.default.removeItem(atPath: path) }

    func bytes(_ relative: String) -> [UInt8] { (try? Posix.read(data + "/" + relative)) ?? [] }
    func write(_ relative: String, _ text: String) throws {
        let full = data + "/" + relative
        try Posix.makeDirectory(Posix.directory(of: full))
        try Posix.writeAtomically(Array(text.utf8), to: full)
    }
    func files(_ relative: String = "") -> [String] { Posix.listDirectory(data + (relative.isEmpty ? "" : "/" + relative)) }
}

/// A fixed clock for records: 26 November 2026, 09:30 UTC, plus `step` seconds each call.
final class FakeNow: @unchecked Sendable {
    var current: Date
    init(_ iso: String = "2026-11-26T09:30:00.000Z") { current = Timestamp.parse(iso)! }
    func callAsFunction() -> Date { current }
    func advance(_ seconds: Double) { current = current.addingTimeInterval(seconds) }
}

func session(_ id: String, _ iso: String, calm: Int? = 4) -> BreathSession {
    BreathSession(
        id: id, created: Timestamp.parse(iso)!, pattern: "box", timing: "4-4-4-4", plannedSeconds: 160,
        actualSeconds: 160, completed: true, calmBefore: calm, calmAfter: 7, source: "breathe")
}
