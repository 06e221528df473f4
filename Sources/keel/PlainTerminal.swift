#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import KeelCoach
import KeelTerminal

/// Plain mode's lines on standard input and output. Input is read with
/// read(2) into keel's own buffer, so waiting with poll(2) for the pacer and
/// reading a line see the same bytes; the terminal's own line editing
/// (canonical mode) is left as it is. Output is cleaned of every control
/// character first: no escape sequence ever reaches the reader.
final class PlainTerminal: LineIO {
    private var pending: [UInt8] = []
    private var atEnd = false
    private var saidBreak = false

    init() { PlainSignals.install() }

    /// At a terminal, long lines break between words at its width, so no
    /// word is cut in two where the terminal would wrap it (a reader reads
    /// by line); into a pipe or a file they go whole.
    func write(_ line: String) {
        let text = PlainText.clean(line)
        var size = winsize()
        guard isatty(1) == 1, ioctl(1, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 1, !text.isEmpty else {
            return Console.out(text + "\n")
        }
        // One column spare: a line that fills the width exactly leaves some terminals a blank line after it.
        Console.out(Wrap.lines(text, width: Int(size.ws_col) - 1).map { $0 + "\n" }.joined())
    }

    func bell() { Console.out([0x07]) }

    func readLine() -> String? {
        while true {
            if let line = takeLine() { return line }
            if PlainSignals.caught {
                if !saidBreak { Console.out("\n") }  // what follows starts on a line of its own, after the ^C
                saidBreak = true
                return nil
            }
            if atEnd { return takeRest() }
            fill()
        }
    }

    func waitForLine(until deadline: Moment, clock: MonotonicClock) -> LineWait {
        while true {
            if PlainSignals.caught { return .interrupted }
            if let line = takeLine() { return .line(line) }
            let left = deadline.seconds(since: clock.now())
            if left <= 0 { return .timeout }
            let ms = Int32(min(left * 1000, 60_000).rounded(.up))
            if atEnd {
                // Nothing more will come: wait the time out all the same, so the pace holds.
                _ = poll(nil, 0, ms)
                if clock.now() >= deadline { return PlainSignals.caught ? .interrupted : .endOfInput }
                continue
            }
            var fds = [pollfd(fd: 0, events: Int16(POLLIN), revents: 0)]
            if poll(&fds, 1, ms) > 0 { fill() }
        }
    }

    /// One read's worth of bytes, or the end of input (or a signal) noted.
    private func fill() {
        var chunk = [UInt8](repeating: 0, count: 4096)
        let n = chunk.withUnsafeMutableBytes { Glibc.read(0, $0.baseAddress, $0.count) }
        if n > 0 {
            pending += chunk[0..<n]
        } else if n == 0 || errno != EINTR {
            atEnd = true
        }
    }

    private func takeLine() -> String? {
        guard let i = pending.firstIndex(of: 0x0A) else { return nil }
        var bytes = Array(pending[..<i])
        pending.removeSubrange(...i)
        if bytes.last == 0x0D { bytes.removeLast() }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// A last line without its line break, at the end of input.
    private func takeRest() -> String? {
        guard !pending.isEmpty else { return nil }
        defer { pending.removeAll() }
        return String(decoding: pending, as: UTF8.self)
    }
}

/// Ctrl-C, SIGTERM and SIGHUP in plain mode end the conversation the way
/// the end of input does: the practice keeps its draft and keel leaves
/// cleanly, with 128 + the signal as its exit status, as the full screen
/// does (130 for Ctrl-C). The handler only notes the signal; the read it
/// interrupts (no SA_RESTART) returns, and the conversation sees it.
enum PlainSignals {
    nonisolated(unsafe) static var flag: sig_atomic_t = 0
    static var caught: Bool { flag != 0 }
    static var exitStatus: Int32 { caught ? 128 + Int32(flag) : 0 }

    static func install() {
        // A parent may have left them blocked (a test runner's thread, say): they must reach keel.
        var unblock = sigset_t()
        sigemptyset(&unblock)
        for signal in [SIGINT, SIGTERM, SIGHUP] { sigaddset(&unblock, signal) }
        sigprocmask(SIG_UNBLOCK, &unblock, nil)
        for signal in [SIGINT, SIGTERM, SIGHUP] {
            var action = sigaction()
            action.__sigaction_handler.sa_handler = { PlainSignals.flag = sig_atomic_t($0) }
            sigemptyset(&action.sa_mask)
            action.sa_flags = 0
            sigaction(signal, &action, nil)
        }
    }
}
