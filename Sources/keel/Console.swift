#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Plain writes to standard output and error (the C `stdout`/`stderr`
/// globals aren't usable from Swift 6's strict concurrency).
enum Console {
    static func out(_ text: String) { write(1, Array(text.utf8)) }
    static func out(_ bytes: [UInt8]) { write(1, bytes) }
    static func error(_ text: String) { write(2, Array((text.hasSuffix("\n") ? text : text + "\n").utf8)) }
    /// Standard error as given, no line break added (a progress line).
    static func errorRaw(_ text: String) { write(2, Array(text.utf8)) }

    private static func write(_ fd: Int32, _ bytes: [UInt8]) {
        var offset = 0
        while offset < bytes.count {
            let n = bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress! + offset, $0.count - offset) }
            if n < 0 { if errno == EINTR { continue } else { return } }
            offset += n
        }
    }

    /// Appends lines to a file (the pacer's phase log).
    static func appender(path: String) -> ((String) -> Void)? {
        let fd = open(path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0o600)
        guard fd >= 0 else { return nil }
        return { line in
            let bytes = Array((line + "\n").utf8)
            _ = bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
        }
    }
}
