import KeelStore

/// How much of a person's support rests on each circle.
///
/// A circle's support is the support the person rated it (1-5) times the
/// closeness of the people in it: someone in the inner ring counts 3, the
/// middle ring 2, the outer ring 1 (a circle with nobody named yet counts
/// as one tie). Someone in two circles counts in both, because they support
/// you in both places. Shares are of the total over all circles.
public enum Concentration {
    /// Above this share of support, one circle carries a lot.
    public static let warningShare = 0.5

    public struct Share: Equatable, Sendable {
        public var circleID: String
        public var name: String
        public var weight: Double
        /// 0...1 of the total.
        public var share: Double
        /// Whole percent, rounded, for people to read.
        public var percent: Int { Int((share * 100).rounded()) }
    }

    public static func ringWeight(_ ring: Person.Ring) -> Double {
        switch ring {
        case .inner: return 3
        case .middle: return 2
        case .outer: return 1
        }
    }

    public static func weight(of circle: BelongingCircle, in world: CircleWorld) -> Double {
        let ties = world.members(of: circle.id).reduce(0.0) { $0 + ringWeight($1.ring) }
        return Double(circle.support) * max(1, ties)
    }

    /// Every circle's share, the largest first.
    public static func shares(_ world: CircleWorld) -> [Share] {
        let weights = world.circles.map { ($0, weight(of: $0, in: world)) }
        let total = weights.reduce(0.0) { $0 + $1.1 }
        guard total > 0 else { return [] }
        return weights.map { Share(circleID: $0.0.id, name: $0.0.name, weight: $0.1, share: $0.1 / total) }
            .sorted { ($0.weight, $1.name) > ($1.weight, $0.name) }
    }

    public static func largest(_ world: CircleWorld) -> Share? { shares(world).first }

    /// The circle that carries more than half of the support, if one does.
    public static func ridesOnOne(_ world: CircleWorld) -> Share? {
        guard let top = largest(world), top.share > warningShare else { return nil }
        return top
    }
}
