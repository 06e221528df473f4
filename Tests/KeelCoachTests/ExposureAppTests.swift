import Foundation
import Testing
import KeelContent
import KeelStore
import KeelTerminal
@testable import KeelCoach

/// The step ladder screens driven key by key through the app, on the
/// harness's fixed day (Thursday 26 November 2026).
@Suite struct ExposureAppTests {
    /// One ladder: s1 done, s2 due today (a full plan, Sam to message after), s3 still to plan.
    func seeded() throws -> Harness {
        let h = try Harness()
        try h.store.save(Person(id: "p-sam", created: h.wall, name: "Sam", circleIDs: [], ring: .inner))
        var b = LadderBuilder()
        b.ladder("L1", "Feel at home in the running club")
        b.step("s1", on: "L1", rank: 1, expected: 3, done: "2026-11-20")
        b.step("s2", on: "L1", rank: 2, expected: 7, due: "2026-11-26")
        b.step("s3", on: "L1", rank: 3, expected: 8)
        b.steps[1].situation = "Stay for the stretch and chat"
        b.steps[1].fear = "Nobody will talk to me"
        b.steps[1].likelihood = 60
        b.steps[1].exitStrategy = "Say I need to get home to feed the cat"
        b.steps[1].breathing = "box"
        b.steps[1].phrase = "Awkward is allowed"
        b.steps[1].personID = "p-sam"
        b.steps[1].personName = "Sam"
        b.steps[2].situation = "Go for a drink after the run"
        try h.store.save(b.ladders)
        try h.store.save(b.steps)
        return h
    }

    func step(_ h: Harness, _ id: String) throws -> ExposureStep { try #require(h.store.find(ExposureStep.self, id: id)) }

    @Test func homeSaysWhatIsDueAndEOpensTheLadders() throws {
        let h = try seeded()
        let app = h.app { HomeScreen($0) }
        let frame = app.render()
        #expect(frame.text.contains("e  Step ladder"))
        #expect(frame.text.contains("A planned step is due today: Stay for the stretch and chat. e opens it."), "\n\(frame.dump)")
        #expect(ExposureSummary.dueLine(h.ctx) == "A planned step is due today: Stay for the stretch and chat.")
        h.press(app, .char("e"))
        #expect(app.top is ExposeScreen)
        #expect(app.render().text.contains("Due now"))
        h.press(app, .enter)
        #expect(app.top is JustBeforeScreen, "the due step comes first")
    }

    @Test func keelTodayAndTheWeeklyLetterHearOfTheLadders() throws {
        let h = try seeded()
        #expect(TodayLines.shellLine(h.ctx).contains("a ladder step due"), "\(TodayLines.shellLine(h.ctx))")
        let app = h.app { LadderScreen(ladderID: "L1", $0) }
        h.press(app, .enter, .enter)  // just before, then after
        h.press(app, .char("3"), .enter)
        let letter = LetterDraft.assemble(h.ctx, week: Week(containing: h.ctx.today))
        #expect(letter.contains("\n\nYou faced \"Stay for the stretch and chat\": you expected 7 and it felt 3.\n\n"), "\(letter)")
    }

    @Test func aNewLadderFromTheGoalToPickedExamples() throws {
        let h = try Harness()
        let app = h.app { ExposeScreen($0) }
        #expect(app.render().text.contains("Face it in small planned steps"))
        h.press(app, .char("n"))
        #expect(app.top is FormScreen<GoalEditor>)
        h.press(app, .enter)
        #expect(app.render().text.contains("A few words for the goal, please."))
        h.type(app, "Feel at home in the running club")
        h.press(app, .enter)
        let ladder = try #require(h.store.all(ExposureLadder.self).first)
        #expect(ladder.goal == "Feel at home in the running club")
        #expect(app.top is LadderScreen, "a new ladder opens ready for steps")
        #expect(app.render().text.contains("No steps yet."))
        h.press(app, .char("x"))
        #expect(app.top is ExamplePickerScreen)
        h.press(app, .right)  // groups and clubs
        #expect(app.render().text.contains("‹ groups and clubs ›"))
        h.press(app, .down, .down, .char(" "), .up, .up, .char(" "))  // "go once" (middle), then "read the page" (easier)
        h.press(app, .right, .char(" "))  // conversations: "ask a shop assistant" (easier)
        #expect(app.render().text.contains("Enter add 3"))
        h.press(app, .enter)
        #expect(app.top is LadderScreen)
        let steps = ExposureWorld.load(h.store).rungs(of: ladder.id)
        #expect(steps.map(\.source) == ["example:group-look-online", "example:talk-ask-shop", "example:group-go-once"], "easier ones first")
        #expect(steps.map(\.rank) == [1, 2, 3])
        #expect(h.ctx.flash == "Added 3 steps. e makes each one yours.")
    }

    @Test func planningAStepKeepsEveryField() throws {
        let h = try seeded()
        let app = h.app { LadderScreen(ladderID: "L1", $0) }
        h.press(app, .char("a"))
        #expect(app.top is FormScreen<StepEditor>)
        h.type(app, "Ask Lena about her marathon")
        h.press(app, .tab, .right, .right)  // when: today, then tomorrow
        h.press(app, .tab, .char("6"))
        h.press(app, .tab)
        h.type(app, "She'll think I'm nosy")
        h.press(app, .tab, .char("3"))
        h.press(app, .tab)
        h.type(app, "Say good luck and go and stretch")
        h.press(app, .tab, .right)  // the cyclic sigh
        h.press(app, .tab)
        h.type(app, "People like being asked")
        h.press(app, .tab, .right)  // Sam
        #expect(app.render().text.contains("‹ Sam ›"))
        h.press(app, .enter)
        #expect(app.top is LadderScreen)
        let s = try #require(ExposureWorld.load(h.store).rungs(of: "L1").last)
        #expect(s.situation == "Ask Lena about her marathon" && s.rank == 4)
        #expect(s.due == day("2026-11-27") && s.expected == 6 && s.likelihood == 30)
        #expect(s.fear == "She'll think I'm nosy" && s.exitStrategy == "Say good luck and go and stretch")
        #expect(s.breathing == "sigh" && s.phrase == "People like being asked")
        #expect(s.personID == "p-sam" && s.personName == "Sam")
        let frame = app.render()
        #expect(frame.text.contains("4  ○ Ask Lena about her marathon"), "\n\(frame.dump)")
        #expect(frame.text.contains("tomorrow"))
    }

    @Test func justBeforeBreathesForAMinuteThenAfterLeadsOnToMovingUp() throws {
        let h = try seeded()
        let app = h.app { LadderScreen(ladderID: "L1", $0) }
        h.press(app, .enter)  // the next step is selected
        let before = try #require(app.top as? JustBeforeScreen)
        #expect(before.stepID == "s2")
        let frame = app.render()
        #expect(frame.text.contains("Say I need to get home to feed the cat"))
        #expect(frame.text.contains("b  a one-minute breath: Box (4-4-4-4)"))
        h.press(app, .char("b"))
        let breath = try #require(app.top as? BreatheSessionScreen)
        #expect(breath.plan.pattern == .box && breath.plan.cycles == 4 && breath.stage == .breathing, "one minute, no rating first")
        h.press(app, .escape, .enter)
        #expect(app.top is JustBeforeScreen)
        #expect(h.store.all(BreathSession.self).first?.source == "exposure")

        h.press(app, .enter)
        #expect(app.top is FormScreen<AfterEditor>)
        #expect(app.render().text.contains("How uncomfortable was it really, 0-10? You expected 7."))
        h.press(app, .enter)
        #expect(app.render().text.contains("That number is what keel learns from."), "the felt number is needed")
        h.press(app, .char("4"), .tab)
        h.type(app, "Two people asked where I run on weekdays")
        h.press(app, .tab, .right)  // no
        h.press(app, .tab)
        h.type(app, "The box breath")
        h.press(app, .tab)
        h.type(app, "Arrive earlier")
        h.press(app, .tab)
        h.type(app, "I stayed the whole time")
        h.press(app, .enter)
        let next = try #require(app.top as? NextMoveScreen)
        let a = try #require(h.store.all(ExposureAttempt.self).first)
        #expect(next.attempt == a)
        #expect(a.stepID == "s2" && a.day == day("2026-11-26") && a.expected == 7 && a.actual == 4 && a.likelihood == 60)
        #expect(a.fear == "Nobody will talk to me" && a.fearCameTrue == .no)
        #expect(a.whatHappened == "Two people asked where I run on weekdays" && a.helped == "The box breath")
        #expect(a.adjust == "Arrive earlier" && a.win == "I stayed the whole time")
        let words = app.render()
        #expect(words.text.contains("You expected 7; it felt 4. 3 points easier than you feared."), "\n\(words.dump)")
        #expect(words.text.contains("What you feared didn't happen."))
        #expect(words.text.contains("Your win: I stayed the whole time"))
        let wins = h.store.all(SmallWin.self).filter { $0.source == "expose" }
        #expect(wins.map(\.text) == ["I stayed the whole time"], "the win joins the small-wins log")
        #expect(wins.first?.day == day("2026-11-26"))
        #expect(words.text.contains("next: Go for a drink after the run"))
        h.press(app, .char("c"))
        #expect(h.store.all(ContactLog.self).first?.personName == "Sam", "c notes the message to Sam on the circle map")

        h.press(app, .enter)  // move up
        #expect(try step(h, "s2").doneOn == day("2026-11-26"))
        let plan = try #require(app.top as? FormScreen<StepEditor>)
        #expect(plan.editor.original?.id == "s3", "the next step up is planned next")
        h.press(app, .tab, .char("t"), .enter)
        #expect(try step(h, "s3").due == day("2026-11-26"))
        #expect(app.top is LadderScreen)
        #expect(app.render().text.contains("2 of 3 done"))
    }

    @Test func repeatPlansTheSameStepAgainAWeekOn() throws {
        let h = try seeded()
        let app = h.app { JustBeforeScreen(stepID: "s2", $0) }
        h.press(app, .enter, .char("6"), .enter)
        #expect(try step(h, "s2").due == nil, "once faced, the step waits for a choice")
        h.press(app, .down, .enter)  // repeat
        let plan = try #require(app.top as? FormScreen<StepEditor>)
        #expect(plan.title == "Plan it again · Stay for the stretch and chat")
        h.press(app, .tab, .tab)
        #expect(plan.form.fields[2].note == "How uncomfortable do you expect it to be this time, 0-10? Last time you expected 7 and it felt 6.")
        h.press(app, .char("5"), .enter)
        let s = try step(h, "s2")
        #expect(s.due == day("2026-12-03") && s.expected == 5 && s.status == .planned)
    }

    @Test func decidingLaterKeepsTheStepWithoutADay() throws {
        let h = try seeded()
        let app = h.app { LadderScreen(ladderID: "L1", $0) }
        h.press(app, .enter, .enter, .char("8"), .enter, .down, .down, .enter)
        #expect(app.top is LadderScreen)
        let s = try step(h, "s2")
        #expect(s.status == .planned && s.due == nil)
        #expect(app.render().text.contains("7 → 8"), "the last time it was faced shows on the ladder")
    }

    @Test func escInTheReflectionKeepsADraftAndCrisisWordsBringHelp() throws {
        let h = try seeded()
        let app = h.app { JustBeforeScreen(stepID: "s2", $0) }
        h.press(app, .enter, .char("5"), .tab)
        h.type(app, "It was a lot, é 日本 😀")
        h.press(app, .escape)
        #expect(h.store.draft("exposure:after:s2") != nil)
        let again = h.app { JustBeforeScreen(stepID: "s2", $0) }
        h.press(again, .enter)
        #expect(again.render().text.contains("What you typed last time is back."))
        #expect(again.render().text.contains("It was a lot, é 日本 😀"))
        h.press(again, .down)
        h.type(again, " and I want to die")
        h.press(again, .enter)
        #expect(again.top is any CrisisHelpScreen, "help comes at once")
        #expect(h.store.all(ExposureAttempt.self).count == 1, "what was written is kept")
    }

    @Test func skipDeleteUndoAndReorderOnTheLadder() throws {
        let h = try seeded()
        let app = h.app { LadderScreen(ladderID: "L1", $0) }
        h.press(app, .up)  // s3, at the top
        h.press(app, .char("-"))
        #expect(ExposureWorld.load(h.store).rungs(of: "L1").map(\.id) == ["s1", "s3", "s2"])
        h.press(app, .char("+"))
        #expect(ExposureWorld.load(h.store).rungs(of: "L1").map(\.id) == ["s1", "s2", "s3"])
        h.press(app, .char("s"))
        #expect(try step(h, "s3").status == .skipped)
        #expect(app.render().text.contains("1 of 3 done · 1 skipped"))
        h.press(app, .char("d"))
        #expect(ExposureWorld.load(h.store).rungs(of: "L1").count == 2)
        h.press(app, .char("u"))
        #expect(ExposureWorld.load(h.store).rungs(of: "L1").count == 3)

        let list = h.app { ExposeScreen($0) }
        h.press(list, .down, .char("d"))
        #expect(ExposureWorld.load(h.store).ladders.isEmpty)
        #expect(h.ctx.flash == "Deleted the ladder \"Feel at home in the running club\". u brings it back.")
        h.press(list, .char("u"))
        #expect(ExposureWorld.load(h.store).ladders.count == 1)
    }

    @Test func theCheckInsDreadLeadsHere() throws {
        let h = try Harness()
        let app = h.app { CheckInScreen($0) }
        h.press(app, .char("6"), .enter)
        let topics = h.ctx.content.catalog("check-in-topics")!.items
        let dread = try #require(topics.firstIndex { $0.id == "dread" })
        for _ in 0..<dread { h.press(app, .down) }
        h.press(app, .enter)
        #expect(app.top is ExposeScreen)
        #expect(h.store.all(CheckIn.self).first?.opened == "expose")
    }

    @Test func theCircleMapsStepToWidenBecomesALadderStep() throws {
        let h = try Harness()
        h.ctx.wideningHandoffs.append(WideningToLadderScreen.handoff)
        let widening = WideningStep(
            id: "w1", created: h.wall, catalogItem: "community-gathering", label: "Go to a community gathering",
            chosenOn: day("2026-11-20"))
        try h.store.save(widening)
        let app = h.app { InsightsScreen($0) }
        #expect(app.render().text.contains("e make it a ladder step"))
        h.press(app, .char("e"))
        #expect(app.top is WideningToLadderScreen)
        h.press(app, .enter)  // a new ladder
        #expect(app.top is FormScreen<StepEditor>)
        #expect(app.render().text.contains("Go to a community gathering"))
        h.press(app, .enter)
        let w = ExposureWorld.load(h.store)
        let s = try #require(w.steps.first)
        #expect(w.ladders.map(\.goal) == ["Widen my circles"])
        #expect(s.situation == "Go to a community gathering" && s.source == "widening:w1")
        #expect(h.store.find(WideningStep.self, id: "w1")?.carriedTo == "exposure:\(s.id)")
        #expect(app.top is InsightsScreen)
    }

    @Test func theLearningPageOpensOnceAStepIsFaced() throws {
        let h = try seeded()
        let app = h.app { ExposeScreen($0) }
        #expect(!app.render().text.contains("l what I've learned"))
        h.press(app, .char("l"))
        #expect(app.top is ExposeScreen)
        try h.store.save(
            ExposureAttempt(
                id: "a1", created: h.wall, stepID: "s1", ladderID: "L1", situation: "Step s1", day: day("2026-11-20"),
                expected: 5, actual: 2, fearCameTrue: .no))
        h.press(app, .escape)
        let fresh = h.app { ExposeScreen($0) }
        h.press(fresh, .char("l"))
        #expect(fresh.top is LearningScreen)
        #expect(fresh.render().text.contains("On your one step your predictions ran 3 points high"))
    }

    @Test func theSampleHasLaddersDoneSkippedAndPlanned() throws {
        let h = try Harness()
        _ = try SampleHistory(years: 0.5, seed: 7, end: h.wall, calendar: .utc).generate(into: h.store)
        let w = ExposureWorld.load(h.store)
        #expect(w.ladders.count == 3)
        let statuses = Set(w.steps.map(\.status))
        #expect(statuses == [.done, .skipped, .planned])
        #expect(w.attempts.allSatisfy { $0.expected != nil && $0.actual != nil })
        #expect(w.due(today: h.ctx.today).count == 2, "one due today, one waiting since two days ago")
        let f = ExposureFigures(w)
        #expect(f.pairs.count == 7 && f.fearYes == 1 && f.fearPartly == 1)
        #expect(f.climbs.count == 2)
        let short = try Harness()
        _ = try SampleHistory(years: 0.1, seed: 7, end: short.wall, calendar: .utc).generate(into: short.store)
        let sw = ExposureWorld.load(short.store)
        #expect(sw.attempts.count == 7 && sw.attempts.allSatisfy { $0.day >= day("2026-10-19") }, "a short sample squeezes the story in")
        #expect(sw.steps.allSatisfy { $0.problems().isEmpty } && sw.attempts.allSatisfy { $0.problems().isEmpty })
    }

    @Test func exportAndImportCarryTheLadders() throws {
        let h = try Harness()
        _ = try SampleHistory(years: 0.5, seed: 7, end: h.wall, calendar: .utc).generate(into: h.store)
        let json = try Exchange.exportJSON(from: h.store, at: h.wall)
        let other = try Harness()
        let result = try Exchange.importFile(json, named: "export.json", into: other.store)
        #expect(result.count.added > 0)
        #expect(ExposureWorld.load(other.store) == ExposureWorld.load(h.store))
        let md = Exchange.exportMarkdown(from: h.store, at: h.wall, calendar: .utc)
        #expect(md.contains("## Step ladders") && md.contains("### Feel at ease in my Spanish class"))
        #expect(md.contains("- Put forward an idea of my own in the planning meeting: planned for 2026-11-24"))
        #expect(md.contains("- Share a work-in-progress screen with the team: skipped"))
        #expect(md.contains("#### Stay for the coffee after class, Thu 12 Nov"))
        #expect(md.contains("**A win**  \nI stayed for the whole coffee"))
    }
}
