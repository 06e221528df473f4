import Synchronization

/// Remembers the width of each scalar of the Basic Multilingual Plane, and
/// whether it stands alone, the first time it is asked. Working them out
/// searches the width tables and reads Unicode properties, and every frame
/// asks again for the same arrows, dots and box lines: keel redraws the
/// whole screen on each key.
/// Other planes (emoji) are worked out each time.
///
/// One relaxed atomic byte per scalar, filled lazily: two threads that meet
/// on an unknown scalar both work out the same answer and store it.
final class ScalarMemo: @unchecked Sendable {  // only atomics are shared
    struct Facts {
        var width: Int
        var standsAlone: Bool
    }

    static let shared = ScalarMemo()
    private static let count = 0x10000

    // 0 is "not yet known"; else `known | (standsAlone ? alone : 0) | width`.
    private static let known: UInt8 = 0x80
    private static let alone: UInt8 = 0x10

    private let entries: UnsafeMutablePointer<Atomic<UInt8>>

    private init() {
        entries = .allocate(capacity: ScalarMemo.count)
        for i in 0..<ScalarMemo.count { (entries + i).initialize(to: Atomic(0)) }
    }

    func facts(_ scalar: Unicode.Scalar) -> Facts {
        let v = Int(scalar.value)
        guard v < ScalarMemo.count else { return ScalarMemo.compute(scalar) }
        let byte = entries[v].load(ordering: .relaxed)
        if byte != 0 {
            return Facts(width: Int(byte & 0x3), standsAlone: byte & ScalarMemo.alone != 0)
        }
        let facts = ScalarMemo.compute(scalar)
        let packed = ScalarMemo.known | (facts.standsAlone ? ScalarMemo.alone : 0) | UInt8(facts.width)
        entries[v].store(packed, ordering: .relaxed)
        return facts
    }

    private static func compute(_ scalar: Unicode.Scalar) -> Facts {
        Facts(width: DisplayWidth.computeWidth(of: scalar), standsAlone: DisplayWidth.computeStandsAlone(scalar))
    }
}
