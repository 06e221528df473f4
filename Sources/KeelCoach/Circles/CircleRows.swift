import KeelStore

/// One line of the circles list, and one thing the map can highlight: a
/// circle, or a person seen in one of their circles (someone in two circles
/// has a row under each).
enum CircleRow: Hashable {
    case circle(String)
    case person(String, in: String?)

    var personID: String? {
        if case .person(let id, _) = self { return id }
        return nil
    }

    /// The circle this row sits in.
    var circleID: String? {
        switch self {
        case .circle(let id): return id
        case .person(_, let id): return id
        }
    }
}

extension CircleWorld {
    /// Each circle followed by its people, closest first; then anyone in no circle.
    var rows: [CircleRow] {
        circles.flatMap { c in [CircleRow.circle(c.id)] + members(of: c.id).map { .person($0.id, in: c.id) } }
            + unplaced.map { .person($0.id, in: nil) }
    }
}
