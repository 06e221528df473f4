import KeelStore
import KeelTerminal

/// The circle map's layout, kept from frame to frame: working it out places
/// every person and dots every ring, so it is done again only when what it
/// is made from changes (the world, the map's size, the day, the person
/// named), never on a key that changes none of them.
final class MapLayoutMemo {
    private struct Inputs: Equatable {
        var world: CircleWorld
        var size: Size
        var today: CivilDate
        var named: Set<String>
    }

    private var inputs: Inputs?
    private var kept: MapLayout?
    /// How many times the layout was worked out (the tests count them).
    private(set) var computed = 0

    func layout(world: CircleWorld, size: Size, today: CivilDate, named: Set<String>) -> MapLayout {
        let wanted = Inputs(world: world, size: size, today: today, named: named)
        if let kept, inputs == wanted { return kept }
        let layout = MapLayout(world: world, size: size, today: today, named: named)
        inputs = wanted
        kept = layout
        computed += 1
        return layout
    }
}
