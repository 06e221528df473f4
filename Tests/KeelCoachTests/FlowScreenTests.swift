import Foundation
import Testing
import KeelContent
import KeelStore
import KeelTerminal
@testable import KeelCoach

@Suite struct FlowScreenTests {
    /// Keys for the reframe flow with no circles on the map: every step answered.
    func walkReframe(_ h: Harness, _ app: App) {
        h.press(app, .enter)  // pause
        h.press(app, .char("8"), .enter)  // sting 8
        h.press(app, .enter)  // go gently (shown at 8)
        h.press(app, .char("s"))  // skip the breath
        h.type(app, "They went to the lake without me, 日本 é 👋🏽")
        h.press(app, .enter)
        h.type(app, "Nobody wants me around")
        h.press(app, .enter)
        h.press(app, .char(" "), .down, .down, .char(" "), .enter)  // mind reading, overgeneralizing
        h.press(app, .char(" "), .enter)  // ask them
        h.type(app, "It was planned in a rush")
        h.press(app, .enter)
        h.type(app, "One plan, not my worth")
        h.press(app, .enter)
        h.press(app, .enter)  // friend: left empty
        h.type(app, "Sam")
        h.press(app, .enter)
        h.type(app, "Message Dana")
        h.press(app, .enter)
        h.press(app, .char("4"), .enter)  // sting after
    }

    @Test func reframeEndToEndSavesAJournalEntryWithEveryAnswer() throws {
        let h = try Harness()
        let app = h.app { FlowScreen(flow: h.flow("reframe"), ctx: $0) }
        walkReframe(h, app)
        #expect(app.render().text.contains("Step 15 of 15 · Looking back"))
        #expect(app.render().text.contains("Mind reading, Overgeneralizing"))
        h.press(app, .enter)
        let entry = try #require(h.store.all(JournalEntry.self).first)
        #expect(entry.flow == "reframe")
        #expect(entry.stingBefore == 8 && entry.stingAfter == 4 && entry.eased == 4)
        #expect(entry.traps == ["mind-reading", "overgeneralizing"])
        #expect(entry.circleID == nil)
        #expect(entry.answers.first { $0.step == "what" }?.text == "They went to the lake without me, 日本 é 👋🏽")
        #expect(entry.answers.first { $0.step == "who" }?.text == "Sam")
        #expect(entry.answers.first { $0.step == "breathe" }?.skipped == true)
        #expect(entry.answers.first { $0.step == "questions" }?.labels == ["Could I simply ask them?"])
        let frame = app.render().text
        #expect(frame.contains("The sting went from 8 to 4. It eased by 4."))
        #expect(frame.contains("Your next step: Message Dana"))
        #expect(h.store.draft(FlowSession.draftID("reframe")) == nil)
        h.press(app, .char("j"))
        #expect(app.top is JournalScreen)
        #expect(app.render().text.contains("Pause, breathe, reframe: They went to the lake"))
    }

    @Test func escGoesBackWithEveryAnswerKept() throws {
        let h = try Harness()
        let app = h.app { FlowScreen(flow: h.flow("reframe"), ctx: $0) }
        h.press(app, .enter, .char("3"), .enter, .char("s"))
        h.type(app, "half a sentence")
        h.press(app, .escape)  // back to the breath (answer kept)
        h.press(app, .escape)  // back to the sting
        #expect(app.render().text.contains("[3]"))
        h.press(app, .enter, .char("s"))
        #expect(app.render().text.contains("› half a sentence"))
    }

    @Test func progressShowsWhereThePersonIs() throws {
        let h = try Harness()
        let app = h.app { FlowScreen(flow: h.flow("reframe"), ctx: $0) }
        #expect(app.render().line(2).hasPrefix("  Step 1 of 14 · Pause"))
        h.press(app, .enter, .char("9"))
        #expect(app.render().line(2).hasPrefix("  Step 2 of 15 · How much it stings"), "a high sting adds the gentle step")
    }

    @Test func requiredAnswersWaitForWords() throws {
        let h = try Harness()
        let app = h.app { FlowScreen(flow: h.flow("reframe"), ctx: $0) }
        h.press(app, .enter, .enter)
        #expect(app.render().text.contains("Pick a number from 0 to 10 first."))
        h.press(app, .char("2"), .enter, .char("s"), .enter)
        #expect(app.render().text.contains("A few words are enough, even rough ones."))
        #expect((app.top as? FlowScreen)?.step.id == "what")
    }

    @Test func ctrlCKeepsADraftThatIsOfferedBackNextTime() throws {
        let h = try Harness()
        let app = h.app { FlowScreen(flow: h.flow("reframe"), ctx: $0) }
        h.press(app, .enter, .char("6"), .enter, .char("s"))
        h.type(app, "Not invited")
        h.press(app, .ctrlC)
        let draft = try #require(h.store.draft(FlowSession.draftID("reframe")))
        #expect(draft.title == "Pause, breathe, reframe")

        let again = h.app { FlowScreen(flow: h.flow("reframe"), ctx: $0) }
        #expect(again.render().text.contains("You started this earlier today and didn't finish."))
        h.press(again, .enter)
        let screen = try #require(again.top as? FlowScreen)
        #expect(screen.step.id == "what")
        #expect(again.render().text.contains("› Not invited"))
        h.press(again, .escape, .escape)
        #expect(again.render().text.contains("[6]"))

        let fresh = h.app { FlowScreen(flow: h.flow("reframe"), ctx: $0) }
        h.press(fresh, .down, .enter, .enter)  // the second Enter lets the typed words go
        #expect((fresh.top as? FlowScreen)?.step.id == "pause")
        #expect(h.store.draft(FlowSession.draftID("reframe")) == nil, "starting fresh lets the draft go")
    }

    @Test func escAtTheFirstStepLeavesAndKeepsADraft() throws {
        let h = try Harness()
        let app = h.app { HomeScreen($0) }
        h.press(app, .char("r"), .enter, .char("7"), .enter)
        h.press(app, .escape, .escape, .escape)
        #expect(app.top is HomeScreen)
        #expect(h.store.draft(FlowSession.draftID("reframe"))?.state["answers"]?["sting"]?["rating"] == .number(7))
    }

    @Test func theBreathingStepUsesThePacerAndGoesOnWhenItCloses() throws {
        let h = try Harness()
        let app = h.app { FlowScreen(flow: h.flow("reframe"), ctx: $0) }
        h.press(app, .enter, .char("2"), .enter, .enter)
        let pacer = try #require(app.top as? BreatheSessionScreen)
        #expect(pacer.plan.pattern.id == "sigh")
        #expect(pacer.plan.totalSeconds == 60)
        h.press(app, .escape)  // ends early
        h.press(app, .enter)  // done
        #expect((app.top as? FlowScreen)?.step.id == "what")
        #expect(h.store.all(BreathSession.self).first?.source == "flow:reframe")
    }

    @Test func aChoiceCanJumpAhead() throws {
        let h = try Harness()
        let app = h.app { FlowScreen(flow: h.flow("criticism-sorter"), ctx: $0) }
        h.press(app, .enter)
        h.type(app, "You're too sensitive")
        h.press(app, .enter, .enter, .down, .enter, .down, .enter)  // both; global; who I am
        #expect(app.render().text.contains("Remarks about who you are can't be acted on"))
        h.press(app, .enter, .down, .enter)  // not actionable
        #expect((app.top as? FlowScreen)?.step.id == "leave")
        h.type(app, "The verdict")
        h.press(app, .enter, .enter)
        let entry = try #require(h.store.all(JournalEntry.self).first)
        #expect(entry.answers.map(\.step) == ["said", "source", "scope", "target", "actionable", "leave"])
        #expect(entry.answers.first { $0.step == "target" }?.labels == ["Who I am"])
    }

    @Test func thePersonStepSuggestsSomeoneFromAnotherCircle() throws {
        let h = try Harness()
        let t = h.wall
        let work = BelongingCircle(id: "work", created: t, name: "Work", kind: .work)
        let choir = BelongingCircle(id: "choir", created: t, name: "Choir", kind: .hobby)
        try h.store.save([work, choir])
        try h.store.save([
            Person(id: "p1", created: t, name: "Alex", circleIDs: ["work"], ring: .inner),
            Person(id: "p2", created: t, name: "Priya", circleIDs: ["choir"], ring: .middle),
        ])
        let app = h.app { FlowScreen(flow: h.flow("reframe"), ctx: $0) }
        h.press(app, .enter, .char("5"), .enter, .char("s"))
        h.type(app, "Left off the project")
        h.press(app, .enter)
        #expect(app.render().text.contains("Which part of your life did it happen in?"))
        h.press(app, .down, .enter)  // Choir, Work, Somewhere else: pick Work
        for _ in 0..<6 { h.press(app, .enter) }  // story, traps, questions, outside, worth, friend
        let frame = app.render().text
        #expect(frame.contains("Someone outside Work may see it more clearly, like Priya."))
        #expect(frame.contains("› Priya"))
        #expect(frame.contains("another circle"))
        h.press(app, .enter, .enter)
        h.type(app, "Ask Priya")
        h.press(app, .enter, .char("3"), .enter, .enter)
        let entry = try #require(h.store.all(JournalEntry.self).first)
        #expect(entry.circleID == "work")
        #expect(entry.personID == "p2")
    }

    @Test func guidedPracticesListsEveryFlow() throws {
        let h = try Harness()
        let app = h.app { FlowListScreen($0) }
        let frame = app.render().text
        for title in ["Pause, breathe, reframe", "Self-compassion break", "Setback review", "Criticism sorter", "Boundary script"] {
            #expect(frame.contains(title))
        }
        h.press(app, .down, .enter)
        #expect((app.top as? FlowScreen)?.flow.id == "self-compassion")
    }

    @Test func aPracticeWhoseFileBrokeSaysSoInsteadOfOpening() throws {
        // Home lists practices without reading them; a file damaged since
        // install is found when it is opened, and named.
        let copy = FileManager.default.temporaryDirectory.appendingPathComponent("keel-broken-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: copy) }
        try FileManager.default.copyItem(atPath: Harness.resources, toPath: copy)
        try Posix.writeAtomically(Array(#"{"format": 1, "id": "morning", "steps": 3}"#.utf8), to: copy + "/flows/morning.json")
        let h = try Harness(content: ContentLibrary(resources: copy))
        let app = h.app { HomeScreen($0) }
        #expect(app.render().text.contains("m  Morning"))
        h.press(app, .char("m"))
        #expect(app.top is FlowUnavailableScreen)
        let frame = app.render().text
        #expect(frame.contains("The Morning practice can't open"))
        #expect(frame.contains("keel content check"))
        h.press(app, .enter)
        #expect(app.top is HomeScreen)
    }

    @Test func shippedBreathStepsNameThePacersPatterns() {
        #expect(FlowStep.breathPatterns == BreathPattern.builtIn.map(\.id))
    }
}

@Suite struct CheckInTests {
    @Test func aCheckInLeadsToTheFlowThatFitsAndIsSaved() throws {
        let h = try Harness()
        let app = h.app { HomeScreen($0) }
        h.press(app, .char("i"), .char("6"), .enter)
        #expect(app.render().text.contains("What is going on?"))
        h.press(app, .down, .down, .down, .down, .enter)  // I got criticism
        #expect((app.top as? FlowScreen)?.flow.id == "criticism-sorter")
        let saved = try #require(h.store.all(CheckIn.self).first)
        #expect(saved.mood == 6 && saved.topic == "criticism" && saved.opened == "flow:criticism-sorter")
        h.press(app, .escape)
        #expect(app.top is HomeScreen, "the flow took the check-in's place")
    }

    @Test func aLowRatingOffersHelpFirst() throws {
        let h = try Harness()
        let app = h.app { CheckInScreen($0) }
        h.press(app, .char("2"), .enter)
        let frame = app.render().text
        #expect(frame.contains("That sounds hard. Would one of these help first?"))
        #expect(frame.contains("Help right now"))
        #expect(frame.contains("A breathing break"))
        h.press(app, .enter)
        #expect(app.top is CrisisScreen)
        h.clock.advance(seconds: CrisisScreen.settleSeconds)
        h.press(app, .escape, .escape, .down, .enter)
        #expect(app.top is BreathePickerScreen)
        #expect(h.store.all(CheckIn.self).first?.opened == "A breathing break")
        h.press(app, .escape, .down, .down, .enter)
        #expect(app.render().text.contains("What is going on?"))
    }

    @Test func justCheckingInSaysThanks() throws {
        let h = try Harness()
        try h.store.save(CheckIn(id: "old", created: h.wall.addingTimeInterval(-86400), mood: 4))
        let app = h.app { CheckInScreen($0) }
        h.press(app, .char("8"), .enter, .end, .enter)
        let frame = app.render().text
        #expect(frame.contains("Thanks for checking in."))
        #expect(frame.contains("Feeling 8 of 10 today."))
        #expect(frame.contains("Over the past week you were 4 on average."))
        #expect(h.store.all(CheckIn.self).count == 2)
    }
}
