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

/// An in-memory terminal: events are queued by the test, frames are kept.
public final class MemoryBackend: Backend {
    public var size: Size
    public private(set) var frames: [Buffer] = []
    public var pending: [TerminalEvent] = []
    /// Waits asked for, so tests can check that idle screens block.
    public private(set) var timeouts: [Double?] = []

    public init(size: Size = Size(width: 80, height: 24)) { self.size = size }

    public var lastFrame: Buffer? { frames.last }

    public func draw(_ buffer: Buffer) { frames.append(buffer) }

    public func nextEvent(timeout: Double?) -> TerminalEvent? {
        timeouts.append(timeout)
        guard !pending.isEmpty else { return nil }
        let event = pending.removeFirst()
        if case .resize(let s) = event { size = s }
        return event
    }

    public func type(_ text: String) {
        for ch in text { pending.append(.key(.char(ch))) }
    }

    public func press(_ keys: Key...) {
        for k in keys { pending.append(.key(k)) }
    }
}
