#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import KeelStore

/// One line on stderr while a long import runs ("Checking 120000 of 600000
/// records"), rewritten in place: shown only when a person is watching (a
/// terminal) and the import has taken more than a second; quiet otherwise.
final class ImportProgress {
    private let start = ImportProgress.seconds()
    private let watching = isatty(2) == 1
    private var lastShown = 0.0
    private var shown = false

    func update(_ stage: Exchange.ImportStage, _ done: Int, _ total: Int) {
        guard watching else { return }
        let now = ImportProgress.seconds()
        guard now - start > 1, now - lastShown >= 0.2 || done == total else { return }
        lastShown = now
        shown = true
        let verb = stage == .checking ? "Checking" : "Merging"
        // \r and erase-to-end keep it one line however the numbers shrink.
        Console.errorRaw("\r\(verb) \(done) of \(total) \(total == 1 ? "record" : "records")\u{1B}[K")
    }

    /// Clears the line, so what is printed next starts on a clean one.
    func finish() {
        if shown { Console.errorRaw("\r\u{1B}[K") }
    }

    private static func seconds() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
    }
}

/// What `keel import` says when times in the file lay in the future.
enum ClockAheadWords {
    static func line(_ n: Int) -> String {
        let what = n == 1 ? "1 record was" : "\(n) records were"
        return "\(what) stamped in the future, so the clock where \(n == 1 ? "it was" : "they were") made may run ahead. "
            + "keel dated \(n == 1 ? "it" : "them") today, and where both versions differ, kept the other's words as a note."
    }
}
