import KeelStore

/// Who and what is in touch: active circles, quiet ties, rings and deep ties.
///
/// A circle is active when someone in it was in touch within the circle's
/// usual rhythm (its cadence in days). A person's usual rhythm is the
/// shortest cadence of their circles for the inner ring, twice that for the
/// middle ring and three times for the outer ring; a tie has gone quiet
/// when it has been longer than that since the last contact.
public enum CircleRhythm {
    /// Used for people in no circle.
    public static let defaultCadence = 30

    /// The latest contact with anyone in the circle.
    public static func lastContact(_ circle: BelongingCircle, in world: CircleWorld) -> CivilDate? {
        world.members(of: circle.id).compactMap(\.lastContact).max()
    }

    public static func isActive(_ circle: BelongingCircle, in world: CircleWorld, today: CivilDate) -> Bool {
        guard let last = lastContact(circle, in: world) else { return false }
        return today.days(since: last) <= circle.cadenceDays
    }

    public static func activeCircles(_ world: CircleWorld, today: CivilDate) -> [BelongingCircle] {
        world.circles.filter { isActive($0, in: world, today: today) }
    }

    public static func ringStretch(_ ring: Person.Ring) -> Int {
        switch ring {
        case .inner: return 1
        case .middle: return 2
        case .outer: return 3
        }
    }

    /// How many days usually pass between contacts with this person.
    public static func usualGap(_ person: Person, in world: CircleWorld) -> Int {
        let base = world.circles(of: person).map(\.cadenceDays).min() ?? defaultCadence
        return base * ringStretch(person.ring)
    }

    public struct QuietTie: Equatable, Sendable {
        public var person: Person
        public var daysSince: Int
        public var usualGap: Int
        /// How far past the usual gap, as a ratio (1.5 = half as long again).
        public var overdue: Double { Double(daysSince) / Double(max(1, usualGap)) }
    }

    public static func isQuiet(_ person: Person, in world: CircleWorld, today: CivilDate) -> Bool {
        guard let last = person.lastContact else { return false }
        return today.days(since: last) > usualGap(person, in: world)
    }

    /// Ties gone quiet, closest ring first, then the longest overdue.
    public static func quietTies(_ world: CircleWorld, today: CivilDate) -> [QuietTie] {
        world.people.compactMap { p -> QuietTie? in
            guard let last = p.lastContact else { return nil }
            let gap = usualGap(p, in: world)
            let days = today.days(since: last)
            return days > gap ? QuietTie(person: p, daysSince: days, usualGap: gap) : nil
        }.sorted { (CircleWorld.order($0.person.ring), -$0.overdue, $0.person.name) < (CircleWorld.order($1.person.ring), -$1.overdue, $1.person.name) }
    }

    public static func ringCounts(_ world: CircleWorld) -> [Person.Ring: Int] {
        var counts: [Person.Ring: Int] = [.inner: 0, .middle: 0, .outer: 0]
        for p in world.people { counts[p.ring, default: 0] += 1 }
        return counts
    }

    /// Deep ties (the inner ring) in each circle, in the circles' order.
    public static func deepTies(_ world: CircleWorld) -> [(circle: BelongingCircle, count: Int)] {
        world.circles.map { c in (c, world.members(of: c.id).filter { $0.ring == .inner }.count) }
    }
}
