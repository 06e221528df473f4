import Foundation
import KeelStore
@testable import KeelCoach

/// A small circle map made by hand for the circle goldens, so a frame can be
/// read against its data: four circles (one pulling against another), nine
/// people in all three rings, some in touch this week and some gone quiet,
/// one in two circles, on the harness's Thursday 26 November 2026.
enum CircleFixture {
    static func day(_ n: Int) -> CivilDate { CivilDate(year: 2026, month: 11, day: 26).adding(days: n) }

    static func fill(_ h: Harness) throws {
        let t = h.wall.addingTimeInterval(-90 * 86400)
        func circle(
            _ id: String, _ name: String, _ kind: BelongingCircle.Kind, support: Int, cadence: Int, notes: String = "",
            goesWell: [String] = [], pulls: [String] = [], order: Double
        ) -> BelongingCircle {
            BelongingCircle(
                id: id, created: t.addingTimeInterval(order), name: name, kind: kind, importance: support,
                support: support, feelsLikeMe: support, positivity: support, cadenceDays: cadence, notes: notes,
                goesWellWith: goesWell, pullsAgainst: pulls)
        }
        try h.store.save([
            circle(
                "gym", "Bouldering gym", .hobby, support: 5, cadence: 7, notes: "Tuesday and Thursday evenings.",
                goesWell: ["school"], order: 0),
            circle("family", "Family", .family, support: 4, cadence: 7, pulls: ["studio"], order: 1),
            circle("studio", "Studio team", .work, support: 3, cadence: 7, order: 2),
            circle("school", "School friends", .closeFriends, support: 3, cadence: 30, order: 3),
        ])
        func person(_ name: String, _ circles: [String], _ ring: Person.Ring, last: Int?) -> Person {
            Person(
                id: "p-" + name.lowercased(), created: t, name: name, circleIDs: circles, ring: ring,
                lastContact: last.map(day), knowsMyPattern: ring == .inner)
        }
        let people = [
            person("Sam", ["gym"], .inner, last: 0),
            person("Lena", ["gym"], .middle, last: -3),
            person("Kofi", ["gym", "school"], .outer, last: -40),
            person("Mum", ["family"], .inner, last: -2),
            person("Dad", ["family"], .middle, last: -50),
            person("Priya", ["studio"], .middle, last: -1),
            person("Ben", ["studio"], .outer, last: -6),
            person("Mia", ["school"], .inner, last: -70),
            person("Tomás", ["school"], .outer, last: nil),
        ]
        try h.store.save(people)
        var contacts: [ContactLog] = []
        for p in people {
            guard let last = p.lastContact else { continue }
            let at = h.ctx.calendar.start(of: last).addingTimeInterval(18 * 3600)
            contacts.append(ContactLog(id: "c-" + p.id, created: at, personID: p.id, day: last, personName: p.name))
        }
        try h.store.save(contacts)
    }

    /// A harness over this world.
    static func harness() throws -> Harness {
        let h = try Harness()
        try fill(h)
        return h
    }
}
