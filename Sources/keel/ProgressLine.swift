#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Synchronization

/// "Encrypting... 3 s" on stderr while a long command works,
/// rewritten in place once a second: only when a person is watching (stderr
/// is a terminal) and only once the work has taken more than a second, so
/// quick runs and scripts see nothing. A thread keeps the time, so the work
/// itself needs no hooks; `finish()` clears the line before the result.
final class ProgressLine: Sendable {
    private let state = Mutex(State())
    private struct State {
        var running = true
        var shown = false
    }

    /// Starts counting; says `what` (a few words) after the first second.
    init(_ what: String, watching: Bool = isatty(2) == 1) {
        guard watching else {
            state.withLock { $0.running = false }
            return
        }
        let started = ProgressLine.seconds()
        let thread = ProgressThread { [self] in
            while true {
                usleep(250_000)
                let elapsed = Int(ProgressLine.seconds() - started)
                let going = state.withLock { s -> Bool in
                    guard s.running else { return false }
                    if elapsed >= 1 {
                        // \r and erase-to-end keep it one line.
                        ProgressLine.write("\r\(what)... \(elapsed) s\u{1B}[K")
                        s.shown = true
                    }
                    return true
                }
                if !going { return }
            }
        }
        thread.start()
    }

    /// Stops and clears the line, so what is printed next starts clean.
    func finish() {
        state.withLock { s in
            if s.shown { ProgressLine.write("\r\u{1B}[K") }
            s.running = false
            s.shown = false
        }
    }

    private static func write(_ text: String) {
        let bytes = Array(text.utf8)
        _ = bytes.withUnsafeBytes { Glibc.write(2, $0.baseAddress, $0.count) }
    }

    private static func seconds() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
    }
}

/// A thread from pthreads (Foundation isn't linked into the binary).
private final class ProgressThread: @unchecked Sendable {
    let body: @Sendable () -> Void
    init(_ body: @escaping @Sendable () -> Void) { self.body = body }

    func start() {
        var id = pthread_t()
        let box = Unmanaged.passRetained(self).toOpaque()
        pthread_create(
            &id, nil,
            { raw in
                let me = Unmanaged<ProgressThread>.fromOpaque(raw!).takeRetainedValue()
                me.body()
                return nil
            }, box)
        pthread_detach(id)
    }
}
