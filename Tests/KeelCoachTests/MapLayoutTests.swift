import Foundation
import Testing
import KeelStore
import KeelTerminal
@testable import KeelCoach

@Suite struct MapLayoutTests {
    /// The sample's world, as `keel sample` writes it, ending on the harness's day.
    static func sampleWorld() throws -> (CircleWorld, CivilDate) {
        let h = try Harness()
        _ = try SampleHistory(years: 0.5, seed: 7, end: h.wall, calendar: .utc).generate(into: h.store)
        return (CircleWorld.load(h.store), h.ctx.today)
    }

    func cells(_ piece: MapLayout.Piece) -> [Point] {
        (0..<DisplayWidth.of(piece.text)).map { Point(x: piece.x + $0, y: piece.y) }
    }

    func marks(_ layout: MapLayout) -> [(MapLayout.Piece, String, String)] {
        layout.pieces.compactMap { p in
            if case .mark(let person, let circle, _, _) = p.role { return (p, person, circle) }
            return nil
        }
    }

    @Test(arguments: [Size(width: 56, height: 13), Size(width: 76, height: 17), Size(width: 116, height: 33), Size(width: 200, height: 55)])
    func nothingOverlapsAndEverythingIsInside(_ size: Size) throws {
        let (world, today) = try MapLayoutTests.sampleWorld()
        let layout = MapLayout(world: world, size: size, today: today)
        var seen: Set<Point> = []
        for piece in layout.pieces {
            for c in cells(piece) {
                #expect(c.x >= 0 && c.y >= 0 && c.x < size.width && c.y < size.height, "\(piece) is outside \(size)")
                #expect(seen.insert(c).inserted, "\(piece) overlaps another piece")
            }
        }
        let labels = layout.pieces.filter { if case .label = $0.role { return true } else { return false } }
        #expect(labels.count == world.circles.count, "every circle is labelled")
        let you = try #require(layout.pieces.first { $0.role == .you })
        #expect(abs(you.x + 1 - size.width / 2) <= 1 && abs(you.y - size.height / 2) <= 1, "you are at the centre")
        let placements = world.circles.reduce(0) { $0 + world.members(of: $1.id).count }
        #expect(marks(layout).count + layout.hiddenCount == placements, "each person is drawn in each of their circles, or counted as not shown")
    }

    @Test func atTheUsualSizesEveryoneFits() throws {
        let (world, today) = try MapLayoutTests.sampleWorld()
        for size in [Size(width: 76, height: 17), Size(width: 116, height: 33)] {
            #expect(MapLayout(world: world, size: size, today: today).hiddenCount == 0, "\(size)")
        }
    }

    @Test func peopleSitInTheirCirclesSectorAndTheirRing() throws {
        let (world, today) = try MapLayoutTests.sampleWorld()
        let layout = MapLayout(world: world, size: Size(width: 116, height: 33), today: today)
        let placements = world.circles.reduce(0) { $0 + world.members(of: $1.id).count }
        #expect(placements > 0 && marks(layout).count == placements, "everyone is drawn in each of their circles at this size")
        for (piece, personID, circleID) in marks(layout) {
            let person = try #require(world.person(personID))
            let sector = try #require(layout.sectors.first { $0.circleID == circleID })
            let (r, t) = layout.polar(piece.x, piece.y)
            #expect(t >= sector.start && t < sector.end, "\(person.name) is in \(circleID)'s sector")
            let band = try #require(MapLayout.bands.first { $0.ring == person.ring })
            #expect(r >= band.from && r < band.to, "\(person.name) sits in the \(person.ring) ring")
            #expect(piece.text == CircleGlyph.filled(world.circle(circleID)!.kind) || piece.text == CircleGlyph.hollow(world.circle(circleID)!.kind))
        }
        let sectors = layout.sectors
        #expect(sectors.first?.start == 0)
        #expect(abs((sectors.last?.end ?? 0) - 2 * Double.pi) < 1e-9)
        let widest = sectors.max { $0.end - $0.start < $1.end - $1.start }
        #expect(world.circle(widest!.circleID)?.name == "Bouldering gym", "the fullest circle has the widest sector")
    }

    @Test func quietTiesAreHollowAndStrainIsAWavyLine() throws {
        var b = WorldBuilder()
        b.circle("work", .work, cadence: 7, pulls: ["family"])
        b.circle("family", .family, cadence: 7)
        b.person("Fresh", ["work"], .inner, last: "2026-11-25")
        b.person("Quiet", ["family"], .inner, last: "2026-10-01")
        let layout = MapLayout(world: b.world, size: Size(width: 76, height: 17), today: day("2026-11-26"))
        let glyphs = Dictionary(uniqueKeysWithValues: marks(layout).map { ($0.1, $0.0.text) })
        #expect(glyphs == ["p-Fresh": "■", "p-Quiet": "○"])
        #expect(layout.pieces.contains { $0.role == .strain && $0.text == "~" })
        // The same two circles and people without the pull: no wavy line.
        var calmWorld = WorldBuilder()
        calmWorld.circle("work", .work, cadence: 7)
        calmWorld.circle("family", .family, cadence: 7)
        calmWorld.person("Fresh", ["work"], .inner, last: "2026-11-25")
        calmWorld.person("Quiet", ["family"], .inner, last: "2026-10-01")
        let calm = MapLayout(world: calmWorld.world, size: Size(width: 76, height: 17), today: day("2026-11-26"))
        #expect(calm.sectors.count == 2 && marks(calm).count == 2, "the calm map has its circles and people")
        #expect(!calm.pieces.contains { $0.role == .strain })
    }

    @Test func aCrowdedCircleSaysHowManyItCouldNotShow() {
        var b = WorldBuilder()
        b.circle("big")
        for i in 0..<12 { b.circle("small\(i)") }
        for i in 0..<30 { b.person("P\(i)", ["small0"], .inner) }
        let layout = MapLayout(world: b.world, size: MapLayout.minimum, today: day("2026-11-26"))
        #expect(layout.hidden["small0", default: 0] > 0)
        #expect(marks(layout).count + layout.hiddenCount == 30)
    }

    @Test func namesAppearWhenThereIsRoomOrForTheSelectedPerson() throws {
        let (world, today) = try MapLayoutTests.sampleWorld()
        let names = { (l: MapLayout) in l.pieces.filter { if case .name = $0.role { return true } else { return false } }.map(\.text) }
        let small = MapLayout(world: world, size: Size(width: 76, height: 17), today: today)
        #expect(names(small).isEmpty)
        let sam = try #require(world.people.first { $0.name == "Sam" })
        #expect(names(MapLayout(world: world, size: Size(width: 76, height: 17), today: today, named: [sam.id])) == ["Sam"])
        let large = names(MapLayout(world: world, size: Size(width: 116, height: 33), today: today))
        #expect(large.count >= world.people.count * 3 / 4, "most people are named in a large window: \(large)")
    }
}
