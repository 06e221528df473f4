import KeelStore
import KeelTerminal

/// The circle map as a numbered list: each circle a heading and a row, its
/// people under it with their ring named. A number picks one; e edits
/// (a person's ring is moved there), c notes being in touch, d deletes.
extension CirclesScreen: PlainListing {
    func plainIntro(_ ctx: Context) -> [String] { ["Your circles", "The places you belong and the people in each, closest first."] }

    var plainEmpty: String { "No circles yet. A circle is a place you belong: family, a club, a team, old friends." }

    func plainRows(_ ctx: Context) -> [(heading: String?, text: String)] {
        rows.map { row in
            switch row {
            case .circle(let id):
                guard let c = world.circle(id) else { return (nil, "a circle") }
                let kind = c.kind.label
                let count = world.members(of: id).count
                let people = count == 0 ? "no one added yet" : count == 1 ? "1 person" : "\(count) people"
                return (c.name, "\(c.name), the circle: \(c.name.lowercased() == kind ? "" : "\(kind), ")\(people)")
            case .person(let id, let circleID):
                guard let p = world.person(id) else { return (nil, "someone") }
                let heading = circleID == nil && rows.first(where: { $0.circleID == nil }) == row ? "In no circle yet" : nil
                return (heading, "\(p.name), \(PlainPages.ringName(p.ring).lowercased())")
            }
        }
    }

    mutating func plainSelect(_ row: Int?) { selected = row ?? rows.count }

    func plainRowActions(_ ctx: Context) -> [PlainAction] {
        if let p = selectedPerson {
            return [
                PlainAction(letter: "e", words: "edit", key: .enter), PlainAction(letter: "c", words: "note you were in touch today", key: .char("c")),
                PlainAction(letter: "d", words: "delete", key: .char("d"), confirm: "Delete \(p.name) from your circles?"),
            ]
        }
        guard let c = selectedCircle else { return [] }
        return [
            PlainAction(letter: "e", words: "edit", key: .enter), PlainAction(letter: "a", words: "add a person to it", key: .char("a")),
            PlainAction(letter: "d", words: "delete", key: .char("d"), confirm: "Delete the circle \(c.name)? Its people stay."),
        ]
    }

    func plainListActions(_ ctx: Context) -> [PlainAction] {
        var out = [PlainAction(letter: "a", words: "add a person", key: .char("a")), PlainAction(letter: "n", words: "add a circle", key: .char("n"))]
        if !undo.isEmpty { out.append(PlainAction(letter: "u", words: "undo", key: .char("u"))) }
        if !world.isEmpty { out.append(PlainAction(letter: "i", words: "hear the insights", key: .char("i"))) }
        return out
    }
}
