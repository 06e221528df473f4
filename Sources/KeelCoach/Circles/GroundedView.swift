import KeelStore

/// Someone who could give a grounded view after a sting: from a different
/// circle than the one where it happened; people who know how you handle
/// rejection first, then the closest. For the reframe flow and the coach.
public enum GroundedView {
    public static func suggestions(awayFrom stingCircleID: String?, in world: CircleWorld, limit: Int = 3) -> [Person] {
        world.people
            .filter { p in !p.circleIDs.isEmpty && !(stingCircleID.map { p.circleIDs.contains($0) } ?? false) }
            .sorted {
                ($0.knowsMyPattern ? 0 : 1, CircleWorld.order($0.ring), $0.name.lowercased())
                    < ($1.knowsMyPattern ? 0 : 1, CircleWorld.order($1.ring), $1.name.lowercased())
            }
            .prefix(limit).map { $0 }
    }
}
