import KeelStore

/// The circles and people as the map and its insights see them: live
/// records only, with links to deleted circles dropped. A plain value, so
/// every figure about it can be worked out and tested without a store.
public struct CircleWorld: Equatable, Sendable {
    /// In the order they were added (the map keeps them where the person put them).
    public private(set) var circles: [BelongingCircle]
    /// By name.
    public private(set) var people: [Person]

    public init(circles: [BelongingCircle], people: [Person]) {
        self.circles = circles.filter { !$0.isDeleted }.sorted { ($0.created, $0.id) < ($1.created, $1.id) }
        let live = Set(self.circles.map(\.id))
        self.people = people.filter { !$0.isDeleted }.map { p in
            var p = p
            p.circleIDs = p.circleIDs.filter { live.contains($0) }
            return p
        }.sorted { ($0.name.lowercased(), $0.id) < ($1.name.lowercased(), $1.id) }
    }

    public static func load(_ store: Store) -> CircleWorld {
        CircleWorld(circles: store.all(BelongingCircle.self), people: store.all(Person.self))
    }

    public var isEmpty: Bool { circles.isEmpty && people.isEmpty }

    public func circle(_ id: String) -> BelongingCircle? { circles.first { $0.id == id } }
    public func person(_ id: String) -> Person? { people.first { $0.id == id } }

    /// The people in a circle, closest first, then by name.
    public func members(of circleID: String) -> [Person] {
        people.filter { $0.circleIDs.contains(circleID) }.sorted { (Self.order($0.ring), $0.name.lowercased()) < (Self.order($1.ring), $1.name.lowercased()) }
    }

    /// People who are in no circle (yet, or any more).
    public var unplaced: [Person] { people.filter { $0.circleIDs.isEmpty } }

    public func circles(of person: Person) -> [BelongingCircle] { person.circleIDs.compactMap(circle) }

    static func order(_ ring: Person.Ring) -> Int {
        switch ring {
        case .inner: return 0
        case .middle: return 1
        case .outer: return 2
        }
    }
}
