import Foundation

/// This program (re-run as the saving child) and the keel binary under test.
let selfPath: String = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
let keelPath: String = {
    let args = CommandLine.arguments
    if let i = args.firstIndex(of: "--keel"), i + 1 < args.count { return args[i + 1] }
    return URL(fileURLWithPath: selfPath).deletingLastPathComponent().appendingPathComponent("keel").path
}()
