import Foundation
import Testing
import KeelContent
import KeelStore
import KeelTerminal
@testable import KeelCoach

/// The circle screens driven key by key through the app, on the harness's
/// fixed day (Thursday 26 November 2026).
@Suite struct CirclesAppTests {
    /// Two circles (work pulls against family) and three people, saved in the harness's store.
    func seeded(content: ContentLibrary = Harness.content) throws -> Harness {
        let h = try Harness(content: content)
        var b = WorldBuilder()
        b.circle("Climbing", .hobby, support: 5, cadence: 7)
        b.circle("Family", .family, support: 3, cadence: 14)
        b.person("Sam", ["Climbing"], .inner, last: "2026-11-20", knows: true)
        b.person("Lena", ["Climbing"], .outer, last: "2026-10-01")
        b.person("Mum", ["Family"], .inner, last: "2026-11-25")
        try h.store.save(b.circles)
        try h.store.save(b.people)
        return h
    }

    func circles(_ app: App) throws -> CirclesScreen { try #require(app.top as? CirclesScreen) }

    @Test func homeOpensTheMap() throws {
        let h = try seeded()
        let app = h.app { HomeScreen($0) }
        #expect(app.render().text.contains("c  Circles"))
        h.press(app, .char("c"))
        #expect(app.top is CirclesScreen)
        #expect(app.render().text.contains("you"))
    }

    @Test func arrowsMoveThroughCirclesAndPeopleAndSideArrowsJumpCircles() throws {
        let h = try seeded()
        let app = h.app { CirclesScreen($0) }
        #expect(
            try circles(app).rows == [
                .circle("Climbing"), .person("p-Sam", in: "Climbing"), .person("p-Lena", in: "Climbing"),
                .circle("Family"), .person("p-Mum", in: "Family"),
            ])
        h.press(app, .down)
        #expect(try circles(app).selectedPerson?.name == "Sam")
        #expect(app.render().text.contains("Sam · inner ring · Climbing · in touch 6 days ago"))
        h.press(app, .right)
        #expect(try circles(app).selectedCircle?.name == "Family")
        h.press(app, .right)
        #expect(try circles(app).selectedCircle?.name == "Climbing", "wraps round")
        h.press(app, .down, .down, .left)
        #expect(try circles(app).selectedCircle?.name == "Climbing", "← from a person goes to their circle")
    }

    @Test func cLogsAContactTodayAndUTakesItBack() throws {
        let h = try seeded()
        let app = h.app { CirclesScreen($0) }
        h.press(app, .down, .down)  // Lena, quiet since October
        #expect(app.render().text.contains("gone quiet"))
        h.press(app, .char("c"))
        #expect(h.store.find(Person.self, id: "p-Lena")?.lastContact == day("2026-11-26"))
        let log = try #require(h.store.all(ContactLog.self).first)
        #expect(log.personID == "p-Lena" && log.day == day("2026-11-26") && log.personName == "Lena")
        #expect(app.render().text.contains("Noted: in touch with Lena today."))
        h.press(app, .char("c"))
        #expect(h.store.all(ContactLog.self).count == 1, "a second c the same day adds nothing")
        h.press(app, .char("u"))
        #expect(h.store.find(Person.self, id: "p-Lena")?.lastContact == day("2026-10-01"))
        #expect(h.store.all(ContactLog.self).isEmpty)
        #expect(h.store.all(ContactLog.self, includeDeleted: true).count == 1, "kept as a tombstone")
    }

    @Test func deletesAreTombstonesThatUndoRestores() throws {
        let h = try seeded()
        let app = h.app { CirclesScreen($0) }
        h.press(app, .down, .char("d"))
        #expect(h.store.all(Person.self).map(\.name).sorted() == ["Lena", "Mum"])
        #expect(h.store.find(Person.self, id: "p-Sam")?.deleted != nil)
        #expect(app.render().text.contains("Deleted Sam. u brings them back."))
        h.press(app, .home, .char("d"))  // the Climbing circle; Lena stays, in no circle
        #expect(h.store.all(BelongingCircle.self).map(\.name) == ["Family"])
        #expect(try circles(app).rows.last == .person("p-Lena", in: nil))
        h.press(app, .char("u"))
        #expect(h.store.all(BelongingCircle.self).count == 2)
        #expect(try circles(app).rows.contains(.person("p-Lena", in: "Climbing")))
        h.press(app, .char("u"))
        #expect(h.store.find(Person.self, id: "p-Sam")?.deleted == nil)
        h.press(app, .char("u"))
        #expect(app.render().text.contains("Nothing to take back."))
    }

    @Test func aNewCircleIsTypedTabbedAndSaved() throws {
        let h = try seeded()
        let app = h.app { CirclesScreen($0) }
        h.press(app, .char("n"))
        #expect(app.top.capturesText)
        h.type(app, "Chœur 日本 🎶")
        h.press(app, .tab, .right, .right)  // kind: hobby → volunteering → work
        h.press(app, .tab, .char("4"), .tab, .char("2"))  // matters 4, support 2
        h.press(app, .tab, .tab, .tab, .left)  // in touch: every week
        h.press(app, .tab, .tab, .tab, .right, .char(" "))  // pulls against: Family
        h.press(app, .enter)
        #expect(app.top is CirclesScreen)
        let saved = try #require(h.store.all(BelongingCircle.self).first { $0.name == "Chœur 日本 🎶" })
        #expect(saved.kind == .work && saved.importance == 4 && saved.support == 2 && saved.cadenceDays == 7)
        let family = try #require(h.store.all(BelongingCircle.self).first { $0.name == "Family" })
        #expect(saved.pullsAgainst == [family.id])
        #expect(family.pullsAgainst == [saved.id], "the strain shows from both sides")
        #expect(try circles(app).selectedCircle?.id == saved.id, "the new circle is selected")
    }

    @Test func anEmptyNameIsExplainedAndNothingIsSaved() throws {
        let h = try seeded()
        let app = h.app { CirclesScreen($0) }
        h.press(app, .char("n"), .enter)
        #expect(app.render().text.contains("A name, please."))
        #expect(h.store.all(BelongingCircle.self).count == 2)
        h.type(app, "x")
        #expect(!app.render().text.contains("A name, please."), "typing clears the message")
    }

    @Test func escKeepsWhatWasTypedForNextTimeAndCtrlRStartsAgain() throws {
        let h = try seeded()
        let app = h.app { CirclesScreen($0) }
        h.press(app, .down, .enter)  // Sam
        h.press(app, .end)
        h.type(app, " B.")
        h.press(app, .tab, .tab, .right, .escape)
        #expect(app.top is CirclesScreen)
        #expect(h.store.find(Person.self, id: "p-Sam")?.name == "Sam", "Esc saves nothing")
        #expect(h.store.draft("circles:person:p-Sam") != nil)
        h.press(app, .enter)
        #expect(app.render().text.contains("What you typed last time is back."))
        #expect(app.render().text.contains("Sam B."))
        #expect(app.render().text.contains("middle: a friend I can count on"))
        h.press(app, .ctrl("r"))
        #expect(!app.render().text.contains("Sam B."))
        #expect(h.store.draft("circles:person:p-Sam") == nil)
        h.press(app, .escape)
        #expect(h.store.draft("circles:person:p-Sam") == nil, "nothing changed, nothing kept")
    }

    @Test func ctrlCInAFormKeepsADraft() throws {
        let h = try seeded()
        let app = h.app { CirclesScreen($0) }
        h.press(app, .char("a"))
        h.type(app, "Zoë")
        h.press(app, .ctrlC)
        #expect(app.isFinished)
        let draft = try #require(h.store.draft("circles:person:new"))
        #expect(draft.state["name"] == .string("Zoë"))
        #expect(draft.state["circles"] == .array([.string("Climbing")]), "a person added from a circle starts in it")
    }

    @Test func aNewPersonGetsTheirRingAndLastContact() throws {
        let h = try seeded()
        let app = h.app { CirclesScreen($0) }
        h.press(app, .char("l"), .char("a"))  // on Family
        h.type(app, "Anna")
        h.press(app, .tab, .tab, .left)  // ring: inner
        h.press(app, .tab, .left, .left)  // last in touch: yesterday
        h.press(app, .tab, .char(" "), .enter)  // knows my ways
        let anna = try #require(h.store.all(Person.self).first { $0.name == "Anna" })
        #expect(anna.circleIDs == ["Family"])
        #expect(anna.ring == .inner)
        #expect(anna.lastContact == day("2026-11-25"))
        #expect(anna.knowsMyPattern)
        #expect(try circles(app).selectedPerson?.name == "Anna")
    }

    @Test func theDayFieldNeverGoesPastToday() {
        var value = Form.Value.day(nil)
        let today = day("2026-11-26")
        #expect(Form.edit(&value, .right, today: today))
        #expect(value == .day(today))
        _ = Form.edit(&value, .right, today: today)
        #expect(value == .day(today))
        _ = Form.edit(&value, .pageUp, today: today)
        #expect(value == .day(day("2026-11-19")))
        _ = Form.edit(&value, .char("x"), today: today)
        #expect(value == .day(nil))
    }

    @Test func vSwitchesToTheListAndASmallWindowShowsIt() throws {
        let h = try seeded()
        let app = h.app { CirclesScreen($0) }
        #expect(app.render().text.contains("rings: inner, middle, outer"))
        h.press(app, .char("v"))
        #expect(app.render().text.contains("2 circles · 3 people"))
        #expect(!app.render().text.contains("rings: inner"))
        h.press(app, .char("v"))
        app.handle(.resize(Size(width: 50, height: 16)))
        #expect(app.render().text.contains("2 circles · 3 people"), "too small for the map: the list")
    }

    @Test func insightsPickAStepAndKeepItAsTheNextStep() throws {
        let h = try seeded()
        let app = h.app { CirclesScreen($0) }
        h.press(app, .char("i"))
        #expect(app.render().text.contains("A lot rides on one circle: about 69% of your support comes from Climbing."))
        h.press(app, .pageDown)
        #expect(app.render().text.contains("No step chosen yet."))
        h.press(app, .char("w"))
        let picker = try #require(app.top as? StepPickerScreen)
        #expect(picker.choices.count > 2 && picker.choices.prefix(2).allSatisfy { $0.newKind }, "kinds of circle not on the map yet come first")
        h.press(app, .enter)
        #expect(app.top is InsightsScreen)
        let first = try #require(WideningSteps.current(h.store))
        #expect(app.render().text.contains("Your next step: \(first.label) (chosen today)."))
        h.press(app, .char("w"), .down, .enter)
        let second = try #require(WideningSteps.current(h.store))
        #expect(second.id != first.id)
        #expect(h.store.find(WideningStep.self, id: first.id)?.setAsideOn == day("2026-11-26"))
        h.press(app, .char("x"))
        #expect(WideningSteps.current(h.store) == nil)
        #expect(h.store.find(WideningStep.self, id: second.id)?.doneOn == day("2026-11-26"))
    }

    @Test func anotherPracticeCanTakeTheStepFurtherThroughTheHook() throws {
        let h = try seeded()
        var handedOver: WideningStep?
        h.ctx.wideningHandoffs = [
            WideningHandoff(key: "e", label: "make it an exposure step") { ctx, step in
                handedOver = step
                WideningSteps.carry(step, to: "exposure:ladder-1", ctx: ctx)
                return HelpScreen(for: HomeScreen(ctx))
            }
        ]
        let app = h.app { InsightsScreen($0) }
        #expect(!app.top.hints.contains(KeyHint("e", "make it an exposure step")), "nothing to hand over before a step is chosen")
        h.press(app, .char("w"), .enter)
        let chosen = try #require(WideningSteps.current(h.store), "w and Enter choose a step")
        #expect(app.top.hints.contains(KeyHint("e", "make it an exposure step")))
        h.press(app, .char("e"))
        #expect(app.top is HelpScreen)
        #expect(handedOver?.id == chosen.id && handedOver?.label == chosen.label, "the chosen step is handed over")
        #expect(WideningSteps.current(h.store)?.carriedTo == "exposure:ladder-1")
    }

    @Test func withoutTheCatalogNoStepIsOffered() throws {
        // The same map that offers a step with the catalog (above), so only the catalog is missing.
        let h = try seeded(content: .empty)
        let app = h.app { InsightsScreen($0) }
        #expect(!app.top.hints.contains { $0.key == "w" })
        h.press(app, .char("w"))
        #expect(app.top is InsightsScreen)
        #expect(!app.render().text.contains("Press w"))
    }

    @Test func anEmptyMapInvitesTheFirstCircle() throws {
        let h = try Harness()
        let app = h.app { CirclesScreen($0) }
        #expect(app.render().text.contains("Press n to add your first circle"))
        #expect(app.top.hints.first == KeyHint("n", "new circle"))
        h.press(app, .char("c"), .char("d"), .char("u"))
        #expect(app.top is CirclesScreen)
    }
}

@Suite struct CircleSampleTests {
    @Test func theSampleIsARealisticLopsidedMap() throws {
        let h = try Harness()
        let sample = SampleHistory(years: 0.5, seed: 7, end: h.wall, calendar: .utc)
        _ = try sample.generate(into: h.store)
        let world = CircleWorld.load(h.store)
        #expect((6...10).contains(world.circles.count))
        #expect((20...40).contains(world.people.count))
        #expect(Concentration.ridesOnOne(world) != nil, "one circle carries more than half")
        #expect(!CircleRhythm.quietTies(world, today: h.ctx.today).isEmpty)
        #expect(world.circles.contains { !$0.pullsAgainst.isEmpty })
        let logs = h.store.all(ContactLog.self)
        #expect(!logs.isEmpty, "the sample logs contacts, so the checks below have something to check")
        #expect(logs.allSatisfy { $0.day >= sample.startDay && $0.day <= sample.endDay })
        for p in world.people {
            #expect(p.lastContact == logs.filter { $0.personID == p.id }.map(\.day).max(), "\(p.name)'s last contact is their latest log")
        }
        let step = try #require(WideningSteps.current(h.store))
        #expect(h.ctx.content.catalog(WideningSteps.catalogID)?.item(step.catalogItem)?.label == step.label)
    }

    @Test func aShortSampleStillHasAMapWithContacts() throws {
        let h = try Harness()
        _ = try SampleHistory(years: 0.1, seed: 3, end: h.wall, calendar: .utc).generate(into: h.store)
        let world = CircleWorld.load(h.store)
        #expect(!world.people.isEmpty)
        #expect(world.people.allSatisfy { $0.lastContact != nil })
    }
}
