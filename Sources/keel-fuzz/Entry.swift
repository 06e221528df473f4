#if canImport(Glibc)
import Glibc
#endif
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

// keel-fuzz: libFuzzer feeds arbitrary bytes to every decoder (see
// Tests/Fuzz/FuzzHarness.swift). Built only by `make fuzz`, which sets
// KEEL_FUZZ=1 for Package.swift and links with -sanitize=fuzzer.

let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("keel-fuzz-\(getpid())").path

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOne(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    FuzzHarness.run(bytes, scratch: scratch)
    return 0
}
