import Foundation
import Testing
import KeelStore
@testable import KeelCoach

/// A small world built by hand: circles and people with known values.
struct WorldBuilder {
    static let t0 = Timestamp.parse("2026-01-01T09:00:00.000Z")!
    var circles: [BelongingCircle] = []
    var people: [Person] = []

    @discardableResult
    mutating func circle(
        _ id: String, _ kind: BelongingCircle.Kind = .hobby, support: Int = 3, cadence: Int = 14,
        pulls: [String] = []
    ) -> String {
        var c = BelongingCircle(
            id: id, created: WorldBuilder.t0.addingTimeInterval(Double(circles.count)), name: id, kind: kind,
            support: support, cadenceDays: cadence)
        c.pullsAgainst = pulls
        circles.append(c)
        return id
    }

    mutating func person(_ name: String, _ circleIDs: [String], _ ring: Person.Ring, last: String? = nil, knows: Bool = false) {
        people.append(
            Person(
                id: "p-\(name)", created: WorldBuilder.t0, name: name, circleIDs: circleIDs, ring: ring,
                lastContact: last.flatMap(CivilDate.init), knowsMyPattern: knows))
    }

    var world: CircleWorld { CircleWorld(circles: circles, people: people) }
}

func day(_ s: String) -> CivilDate { CivilDate(s)! }

@Suite struct ConcentrationTests {
    @Test func sharesWeighSupportByTheClosenessOfEachCirclesPeople() throws {
        var b = WorldBuilder()
        b.circle("climbing", support: 5)
        b.circle("work", support: 2)
        b.circle("choir", support: 3)  // nobody named yet: counts as one tie
        b.person("Sam", ["climbing"], .inner)  // 3
        b.person("Lena", ["climbing"], .middle)  // 2
        b.person("Ben", ["work"], .outer)  // 1
        let shares = Concentration.shares(b.world)
        #expect(shares.map(\.circleID) == ["climbing", "choir", "work"])
        #expect(shares.map(\.weight) == [25, 3, 2])
        #expect(abs(shares[0].share - 25.0 / 30) < 1e-12)
        #expect(shares[0].percent == 83)
        #expect(abs(shares.reduce(0) { $0 + $1.share } - 1) < 1e-12)
        #expect(Concentration.ridesOnOne(b.world)?.circleID == "climbing")
    }

    @Test func theWarningIsForMoreThanHalfOnly() {
        var b = WorldBuilder()
        b.circle("a", support: 2)
        b.circle("b", support: 2)
        b.person("Ann", ["a"], .outer)
        b.person("Bo", ["b"], .outer)
        #expect(Concentration.largest(b.world)?.share == 0.5)
        #expect(Concentration.ridesOnOne(b.world) == nil, "exactly half is not above half")
        b.person("Cy", ["a"], .outer)
        #expect(Concentration.ridesOnOne(b.world)?.circleID == "a")
    }

    @Test func someoneInTwoCirclesCountsInBothAndDeletedRecordsNotAtAll() {
        var b = WorldBuilder()
        b.circle("family", support: 4)
        b.circle("friends", support: 4)
        b.circle("gone", support: 5)
        b.person("Priya", ["family", "friends", "gone"], .inner)
        b.circles[2].deleted = WorldBuilder.t0
        b.person("Old", ["family"], .inner)
        b.people[1].deleted = WorldBuilder.t0
        let world = b.world
        #expect(world.circles.map(\.id) == ["family", "friends"])
        #expect(world.person("p-Priya")?.circleIDs == ["family", "friends"], "links to a deleted circle drop out")
        #expect(Concentration.shares(world).map(\.weight) == [12, 12])
        #expect(Concentration.ridesOnOne(world) == nil)
    }

    @Test func noCirclesMeansNoFigures() {
        #expect(Concentration.shares(CircleWorld(circles: [], people: [])).isEmpty)
        #expect(Concentration.ridesOnOne(CircleWorld(circles: [], people: [])) == nil)
    }
}

@Suite struct RhythmTests {
    func world() -> CircleWorld {
        var b = WorldBuilder()
        b.circle("club", cadence: 7)
        b.circle("family", .family, cadence: 30)
        b.person("Ina", ["club"], .inner, last: "2026-11-19")  // usual gap 7
        b.person("Mo", ["club"], .middle, last: "2026-11-12")  // 14
        b.person("Otto", ["club"], .outer, last: "2026-11-05")  // 21
        b.person("Both", ["club", "family"], .inner, last: "2026-11-19")  // the shorter cadence: 7
        b.person("Far", ["family"], .middle, last: "2026-09-01")  // 60
        b.person("New", ["family"], .outer)  // nothing logged
        return b.world
    }

    @Test func usualGapsFollowTheCircleAndTheRing() {
        let w = world()
        #expect(w.people.map { CircleRhythm.usualGap($0, in: w) } == [7, 60, 7, 14, 90, 21])
        #expect(w.people.map(\.name) == ["Both", "Far", "Ina", "Mo", "New", "Otto"])
    }

    @Test func tiesGoQuietTheDayAfterTheirUsualGap() {
        let w = world()
        #expect(CircleRhythm.quietTies(w, today: day("2026-11-26")).map(\.person.name) == ["Far"])
        let dayAfter = CircleRhythm.quietTies(w, today: day("2026-11-27"))
        #expect(dayAfter.map(\.person.name) == ["Both", "Ina", "Far", "Mo", "Otto"], "inner ring first, then the longest overdue")
        #expect(dayAfter.first?.daysSince == 8)
        #expect(dayAfter.first?.usualGap == 7)
        #expect(!CircleRhythm.isQuiet(w.person("p-New")!, in: w, today: day("2030-01-01")), "no contact logged: not counted as quiet")
    }

    @Test func quietTiesAcrossAYearEnd() {
        var b = WorldBuilder()
        b.circle("club", cadence: 7)
        b.person("Ana", ["club"], .inner, last: "2026-12-28")
        #expect(CircleRhythm.quietTies(b.world, today: day("2027-01-04")).isEmpty)
        let q = CircleRhythm.quietTies(b.world, today: day("2027-01-05"))
        #expect(q.map(\.daysSince) == [8])
        #expect(CircleRhythm.quietTies(b.world, today: day("2028-02-29")).first?.daysSince == 428)
    }

    @Test func aCircleIsActiveWhileSomeoneInItIsWithinItsCadence() {
        let w = world()
        let club = w.circle("club")!, family = w.circle("family")!
        #expect(CircleRhythm.lastContact(club, in: w) == day("2026-11-19"))
        #expect(CircleRhythm.isActive(club, in: w, today: day("2026-11-26")))
        #expect(!CircleRhythm.isActive(club, in: w, today: day("2026-11-27")))
        #expect(CircleRhythm.isActive(family, in: w, today: day("2026-12-19")), "Both is in the family too")
        #expect(!CircleRhythm.isActive(family, in: w, today: day("2026-12-20")))
        #expect(CircleRhythm.activeCircles(w, today: day("2026-12-01")).map(\.id) == ["family"])
        var b = WorldBuilder()
        b.circle("empty")
        #expect(CircleRhythm.activeCircles(b.world, today: day("2026-11-26")).isEmpty)
    }

    @Test func ringsAndDeepTies() {
        let w = world()
        #expect(CircleRhythm.ringCounts(w) == [.inner: 2, .middle: 2, .outer: 2])
        #expect(CircleRhythm.deepTies(w).map(\.count) == [2, 1])
    }

    @Test func wordsForSpans() {
        #expect(RhythmWords.ago(0) == "today")
        #expect(RhythmWords.ago(1) == "yesterday")
        #expect(RhythmWords.ago(20) == "3 weeks ago", "20 days round to 3 weeks, as the insights round them")
        #expect(RhythmWords.every(7) == "every week")
        #expect(RhythmWords.every(21) == "every 3 weeks")
        #expect(RhythmWords.spans(8, within: 7) == ("8 days", "7"))
        #expect(RhythmWords.spans(29, within: 14) == ("4 weeks", "2"))
        #expect(RhythmWords.spans(150, within: 180) == ("5 months", "6"))
    }
}

@Suite struct GroundedViewTests {
    @Test func suggestsSomeoneFromAnotherCircleWhoKnowsYourWaysFirst() {
        var b = WorldBuilder()
        b.circle("work")
        b.circle("family", .family)
        b.circle("club")
        b.person("Boss", ["work"], .inner, knows: true)
        b.person("Mum", ["family"], .inner)
        b.person("Sam", ["club", "work"], .inner, knows: true)
        b.person("Jo", ["club"], .middle, knows: true)
        b.person("Lone", [], .inner, knows: true)
        let names = GroundedView.suggestions(awayFrom: "work", in: b.world).map(\.name)
        #expect(names == ["Jo", "Mum"], "nobody from work, nobody in no circle")
        #expect(GroundedView.suggestions(awayFrom: nil, in: b.world, limit: 2).map(\.name) == ["Boss", "Sam"])
    }
}
