import Foundation
import Testing
import KeelContent
import KeelStore
import KeelTerminal
@testable import KeelCoach

/// Plain mode in memory: lines in, lines out, on the same engine, store and
/// policies as the full screen.
@Suite struct PlainConversationTests {
    /// A reframe's answers with no circles on the map: every step answered.
    static let reframe = [
        "",  // pause
        "8",  // sting
        "",  // go gently (shown at 8)
        "s",  // the breath, skipped as on the full screen
        "They went to the lake without me",
        "Nobody wants me around",
        "1 3",  // two thinking traps
        "1",  // one checking question
        "It was planned in a rush",
        "One plan, not my worth",
        "",  // as a friend: left empty
        "Sam",  // someone to ask: no one on the map yet, so a name
        "Message Dana",
        "4",  // sting after
        "",  // looking back: save
    ]

    func run(_ h: Harness, _ root: any Screen, _ lines: [String], during: [(at: Double, line: String)] = []) -> (MemoryLineIO, Conversation) {
        let io = MemoryLineIO(lines, during: during)
        let talk = Plain.run(root, io: io, ctx: h.ctx)
        return (io, talk)
    }

    @Test func aReframeAsLinesLandsInTheJournalWithEveryAnswer() throws {
        let h = try Harness()
        let (io, talk) = run(h, FlowScreen(flow: h.flow("reframe"), ctx: h.ctx), Self.reframe)
        let entry = try #require(h.store.all(JournalEntry.self).first)
        #expect(entry.flow == "reframe")
        #expect(entry.stingBefore == 8 && entry.stingAfter == 4)
        let traps = h.ctx.content.catalog("thinking-traps")!.items
        #expect(entry.traps == [traps[0].id, traps[2].id])
        #expect(entry.answers.first { $0.step == "what" }?.text == "They went to the lake without me")
        #expect(entry.answers.first { $0.step == "who" }?.text == "Sam")
        #expect(entry.answers.first { $0.step == "breathe" }?.skipped == true)
        #expect(h.store.draft(FlowSession.draftID("reframe")) == nil)
        #expect(io.output.contains("Step 2 of 14: How much it stings"), "\(io.text)")  // the gentle step joins at 8
        #expect(io.output.contains("Step 15 of 15: Looking back"), "\(io.text)")
        #expect(io.output.contains { $0.hasPrefix("How much does it sting right now? Type 0 to 10, where 0 is") })
        #expect(io.output.contains("  1. \(traps[0].label): \(traps[0].detail ?? "")") || io.output.contains { $0.hasPrefix("  1. \(traps[0].label)") })
        #expect(io.output.contains("The sting went from 8 to 4. It eased by 4."))
        #expect(io.output.contains("Your next step: Message Dana"))
        #expect(talk.outcomes.contains(.practiceDone("flow:reframe")))
        #expect(talk.outcomes.contains(.movedOn(from: "flow:reframe")))
        #expect(io.input.isEmpty)
    }

    @Test func theEndOfInputMidwayKeepsADraftThatIsOfferedBack() throws {
        let h = try Harness()
        let (io, _) = run(h, FlowScreen(flow: h.flow("reframe"), ctx: h.ctx), Array(Self.reframe.prefix(6)))
        #expect(h.store.all(JournalEntry.self).isEmpty)
        let draft = try #require(h.store.draft(FlowSession.draftID("reframe")))
        let session = try #require(FlowSession(draft: draft, flow: h.flow("reframe")))
        #expect(session.answers["what"]?.text == "They went to the lake without me")
        #expect(session.answers["story"]?.text == "Nobody wants me around")
        #expect(io.output.last == "Your answers so far are kept as a draft; keel offers them back next time.")
        // Next time: pick it up (1), and the rest of the answers finish it.
        let (again, _) = run(h, FlowScreen(flow: h.flow("reframe"), ctx: h.ctx), ["1"] + Array(Self.reframe.dropFirst(6)))
        #expect(again.output.contains { $0.contains("didn't finish") })
        let entry = try #require(h.store.all(JournalEntry.self).first)
        #expect(entry.answers.first { $0.step == "story" }?.text == "Nobody wants me around")
        #expect(entry.stingAfter == 4)
    }

    @Test func backGoesToTheStepBeforeWithTheAnswerKept() throws {
        let h = try Harness()
        var lines = Array(Self.reframe.prefix(5))  // up to what happened
        lines += ["back", "", "back", "back", "back", "back"]  // to what happened and on again, then back to the sting
        let (io, _) = run(h, FlowScreen(flow: h.flow("reframe"), ctx: h.ctx), lines)
        #expect(io.output.filter { $0 == "Your answer so far: They went to the lake without me" }.count == 2, "\(io.text)")
        #expect(io.output.filter { $0 == "Step 4 of 15: Breathe" }.count == 2, "\(io.text)")
        #expect(io.output.contains { $0.contains("Enter keeps 8") }, "\(io.text)")
    }

    @Test func crisisWordsInAnAnswerPrintHelpAndTheWordsAreKept() throws {
        let h = try Harness()
        var lines = Self.reframe
        lines[5] = "I want to kill myself"
        let (io, _) = run(h, FlowScreen(flow: h.flow("reframe"), ctx: h.ctx), lines)
        let help = try #require(io.output.firstIndex(of: "Help now"))
        #expect(help > (io.output.firstIndex(of: "Step 6 of 15: The story") ?? Int.max), "\(io.text)")
        #expect(io.output.contains { $0.hasPrefix("  Emergency: ") })
        #expect(io.output.contains("Your safety plan"))
        let block = io.output[help...].prefix { $0 != "Step 7 of 15: Thinking traps" }
        #expect(!block.contains { $0.contains("kill myself") }, "help doesn't quote the words")
        let entry = try #require(h.store.all(JournalEntry.self).first)
        #expect(entry.answers.first { $0.step == "story" }?.text == "I want to kill myself")
    }

    @Test func helpAndQuestionMarkWorkAtEveryPromptWithoutBeingAnswers() throws {
        let h = try Harness()
        let (io, _) = run(h, FlowScreen(flow: h.flow("reframe"), ctx: h.ctx), ["help", "?", ""] + Array(Self.reframe.dropFirst()))
        #expect(io.output.contains("Help now"))
        #expect(io.output.contains { $0.hasPrefix("back goes to the step before") })
        #expect(h.store.all(JournalEntry.self).first?.stingBefore == 8)
    }

    @Test func wrongNumbersAreAskedAgainInWords() throws {
        let h = try Harness()
        var lines = Self.reframe
        lines.insert(contentsOf: ["eleven", "11"], at: 1)
        lines.insert(contentsOf: ["1 99"], at: 8)
        let (io, _) = run(h, FlowScreen(flow: h.flow("reframe"), ctx: h.ctx), lines)
        #expect(io.output.filter { $0 == "A whole number from 0 to 10, please." }.count == 2)
        #expect(io.output.contains { $0.hasPrefix("Only numbers from 1 to ") })
        #expect(h.store.all(JournalEntry.self).count == 1)
    }

    @Test func aFinishedFlowTicksTheHabitThatStandsForIt() throws {
        let h = try Harness()
        let habit = Habit(id: "h1", created: h.wall, name: "Reframe a sting", schedule: .daily, practice: "flow:reframe")
        try h.store.save(habit)
        _ = run(h, FlowScreen(flow: h.flow("reframe"), ctx: h.ctx), Self.reframe)
        let log = HabitLog(store: h.store, calendar: h.ctx.calendar, today: h.ctx.today)
        #expect(log.mark("h1", h.ctx.today) == .done)
    }

    @Test func noEscapeOrControlCharacterIsEverWritten() throws {
        let h = try Harness()
        // Words that came in from elsewhere (an import, a sync) may hold anything.
        let hostile = "colours \u{1B}[31mred\u{1B}[0m, a bell \u{07}, a CSI \u{9B}2J"
        var entry = JournalEntry(id: "e1", created: h.wall, flow: "reframe", title: "Pause, breathe, reframe", answers: [])
        entry.answers = [Answer(step: "what", kind: "text", prompt: "What happened?", text: hostile)]
        try h.store.save(entry)
        let io = MemoryLineIO(["1", ""])
        Plain.run(JournalScreen(h.ctx), io: io, ctx: h.ctx)
        #expect(io.output.contains { $0.contains("colours [31mred[0m, a bell , a CSI 2J") }, "\(io.text)")
        #expect(!io.output.joined().unicodeScalars.contains { $0.value < 0x20 || (0x7F..<0xA0).contains($0.value) })
    }
}

extension PlainConversationTests {
    @Test func crisisWordsLeftInADraftGetTheLinesOnceMoreOnTheWayOut() throws {
        let h = try Harness()
        var lines = Array(Self.reframe.prefix(5))
        lines[4] = "I keep thinking I should end my life"
        let (io, _) = run(h, FlowScreen(flow: h.flow("reframe"), ctx: h.ctx), lines)
        #expect(io.output.contains("Help now"))
        #expect(io.output.contains("What you wrote is kept. If you might hurt yourself, please reach someone now:"), "\(io.text)")
        let draft = try #require(h.store.draft(FlowSession.draftID("reframe")))
        #expect(FlowSession(draft: draft, flow: h.flow("reframe"))?.answers["what"]?.text == "I keep thinking I should end my life")
    }

    @Test func helpDuringTheBreathKeepsItsTime() throws {
        let h = try Harness()
        let t0 = h.clock.now().seconds(since: Moment(nanoseconds: 0))
        let io = MemoryLineIO([], during: [(t0 + 5, "help")])
        Plain.run(BreatheSessionScreen(plan: PacerPlan(pattern: .box, minutes: 0.25), ctx: h.ctx, askCalm: false), io: io, ctx: h.ctx)
        #expect(io.output.contains("Help now"))
        #expect(io.output.contains("Well breathed."), "\(io.text)")
        #expect(h.store.all(BreathSession.self).first?.completed == true)
    }
}
