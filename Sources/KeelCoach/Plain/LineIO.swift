import KeelTerminal

/// What plain mode reads and writes: whole lines, nothing redrawn. The keel
/// command gives it standard input and output; tests give it `MemoryLineIO`,
/// so every conversation runs in memory.
public protocol LineIO: AnyObject {
    /// Prints one line (a line break is added). Plain mode cleans it first.
    func write(_ line: String)
    /// The next line typed, without its line break; nil at the end of input.
    func readLine() -> String?
    /// Waits for a line until `deadline` on the given monotonic clock (the
    /// pacer's phase changes). At the end of input it waits the time out
    /// all the same, then says `.endOfInput`.
    func waitForLine(until deadline: Moment, clock: MonotonicClock) -> LineWait
    /// The terminal bell, for the pacer when asked for.
    func bell()
}

/// What waiting for a line brought.
public enum LineWait: Equatable {
    case line(String)
    case timeout
    case endOfInput
    /// Ctrl-C, or a signal that ends keel.
    case interrupted
}

/// Lines given up front, and what was written, for tests. While the pacer
/// waits, a `TestClock` is moved to the deadline, so a three-minute session
/// runs at once; a line in `during` arrives when the pacer has waited past
/// its time (seconds on the clock).
public final class MemoryLineIO: LineIO {
    public var input: [String]
    public private(set) var output: [String] = []
    public private(set) var bells = 0
    /// Lines typed while the pacer runs: (clock seconds, line).
    public var during: [(at: Double, line: String)]

    public init(_ input: [String] = [], during: [(at: Double, line: String)] = []) {
        self.input = input
        self.during = during
    }

    public func write(_ line: String) { output.append(PlainText.clean(line)) }

    public func readLine() -> String? { input.isEmpty ? nil : input.removeFirst() }

    public func waitForLine(until deadline: Moment, clock: MonotonicClock) -> LineWait {
        if let first = during.first, Moment(seconds: first.at) <= deadline {
            during.removeFirst()
            (clock as? TestClock)?.set(max(clock.now(), Moment(seconds: first.at)))
            return .line(first.line)
        }
        (clock as? TestClock)?.set(max(clock.now(), deadline))
        return .timeout
    }

    public func bell() { bells += 1 }

    /// Everything written, one line after another.
    public var text: String { output.joined(separator: "\n") }
}

/// Words as plain mode prints them: no escape sequence or other control
/// character can reach the reader's terminal, whatever a record holds.
public enum PlainText {
    public static func clean(_ line: String) -> String {
        var out = String.UnicodeScalarView()
        for s in line.unicodeScalars {
            switch s.value {
            case 0x09: out.append(" ")
            case 0x0A, 0x0D: out.append(" ")
            case 0x00..<0x20, 0x7F..<0xA0: continue  // C0 and C1 controls, ESC and CSI among them
            default: out.append(s)
            }
        }
        return String(out)
    }

    /// A typed line without the spaces around it.
    static func trim(_ line: String) -> String {
        TextEditor(line).trimmed
    }
}
