#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A point on a monotonic clock, in nanoseconds. Timing (the breathing
/// pacer above all) is computed from these, never from wall time, so a
/// clock change or a slow frame can't make anything drift.
public struct Moment: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var nanoseconds: Int64
    public init(nanoseconds: Int64) { self.nanoseconds = nanoseconds }
    public init(seconds: Double) { self.nanoseconds = Int64((seconds * 1e9).rounded()) }

    public static func < (a: Moment, b: Moment) -> Bool { a.nanoseconds < b.nanoseconds }
    public func adding(seconds: Double) -> Moment { Moment(nanoseconds: nanoseconds + Int64((seconds * 1e9).rounded())) }
    public func adding(nanoseconds n: Int64) -> Moment { Moment(nanoseconds: nanoseconds + n) }
    /// Seconds from `earlier` to this moment.
    public func seconds(since earlier: Moment) -> Double { Double(nanoseconds - earlier.nanoseconds) / 1e9 }
    public var description: String { "t+\(Double(nanoseconds) / 1e9)s" }
}

public protocol MonotonicClock: AnyObject, Sendable {
    func now() -> Moment
}

/// CLOCK_MONOTONIC: unaffected by changes to the wall clock.
public final class SystemClock: MonotonicClock, @unchecked Sendable {
    public init() {}
    public func now() -> Moment {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return Moment(nanoseconds: Int64(ts.tv_sec) * 1_000_000_000 + Int64(ts.tv_nsec))
    }
}

/// A clock tests move by hand: a five-minute breathing session runs in microseconds.
public final class TestClock: MonotonicClock, @unchecked Sendable {
    private var current: Moment
    public init(start: Moment = Moment(nanoseconds: 1_000_000_000)) { current = start }
    public func now() -> Moment { current }
    public func advance(seconds: Double) { current = current.adding(seconds: seconds) }
    public func set(_ moment: Moment) { current = moment }
}
