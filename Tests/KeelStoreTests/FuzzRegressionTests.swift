import Foundation
import Testing
@testable import KeelStore

/// Every input `make fuzz` found crashing a decoder (Tests/Fuzz/regressions,
/// kept after the fix) and every seed it starts from, through the same
/// harness: none may trap.
@Suite struct FuzzRegressionTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fuzz").path

    static var inputs: [String] {
        ["regressions", "seeds"].flatMap { sub in
            Posix.listDirectory(folder + "/" + sub).filter { !$0.hasPrefix(".") }.sorted().map { "\(sub)/\($0)" }
        }
    }

    @Test func everyKeptInputReadsWithoutATrap() throws {
        let tmp = TempDir()
        let inputs = FuzzRegressionTests.inputs
        #expect(inputs.count >= 10, "the seeds are there: \(inputs)")
        for name in inputs {
            FuzzHarness.run(try Posix.read(FuzzRegressionTests.folder + "/" + name), scratch: tmp.path)
        }
    }
}
