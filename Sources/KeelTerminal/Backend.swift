/// Where frames go and keys come from. The ncurses backend is the real one;
/// `MemoryBackend` runs every screen in tests.
public protocol Backend: AnyObject {
    var size: Size { get }
    /// Puts a frame on the terminal, sending only what changed.
    func draw(_ buffer: Buffer)
    /// Waits for the next event. `timeout` nil blocks (an idle screen uses no
    /// CPU); otherwise returns nil when the time is up.
    func nextEvent(timeout: Double?) -> TerminalEvent?
}

/// An in-memory terminal for tests: a script of events and pauses, played
/// on a test clock, with every frame kept. When the script runs out it
/// sends a terminate event, so a run loop always ends.
public final class MemoryBackend: Backend {
    public enum Scripted: Sendable {
        case event(TerminalEvent)
        /// Time passes with no key pressed.
        case pause(Double)
    }

    public var size: Size
    public let clock: TestClock
    public private(set) var frames: [Buffer] = []
    public var script: [Scripted] = []
    /// Every wait the loop asked for: nil means it blocked, as an idle screen should.
    public private(set) var timeouts: [Double?] = []

    public init(size: Size = Size(width: 80, height: 24), clock: TestClock = TestClock()) {
        self.size = size
        self.clock = clock
    }

    public func draw(_ buffer: Buffer) { frames.append(buffer) }

    public func nextEvent(timeout: Double?) -> TerminalEvent? {
        timeouts.append(timeout)
        while let first = script.first {
            switch first {
            case .event(let e):
                script.removeFirst()
                if case .resize(let s) = e { size = s }
                return e
            case .pause(let seconds):
                if let timeout, timeout < seconds {
                    clock.advance(seconds: timeout)
                    script[0] = .pause(seconds - timeout)
                    return nil
                }
                clock.advance(seconds: seconds)
                script.removeFirst()
            }
        }
        return .terminate(signal: 0)
    }

    public func type(_ text: String) {
        for ch in text { script.append(.event(.key(.char(ch)))) }
    }

    public func press(_ keys: Key...) {
        for k in keys { script.append(.event(.key(k))) }
    }

    public func wait(_ seconds: Double) { script.append(.pause(seconds)) }

    public func resize(_ width: Int, _ height: Int) { script.append(.event(.resize(Size(width: width, height: height)))) }
}
