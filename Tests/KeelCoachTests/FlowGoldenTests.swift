import Testing
import KeelStore
import KeelTerminal
@testable import KeelCoach

/// The content engine's screens, the journal and crisis help, rendered in
/// memory and compared with their golden frames (Goldens/).
@Suite struct FlowGoldenTests {
    /// The reframe flow at "What happened", typed into, then at the thinking traps, then `!`.
    func reframe(_ h: Harness, _ size: Size) -> (App, [Buffer]) {
        let app = h.app({ FlowScreen(flow: h.flow("reframe"), ctx: $0) }, size: size)
        h.press(app, .enter, .char("5"), .enter, .char("s"))
        h.type(app, "They made plans in the group chat and nobody asked me, again, 日本 é 👋🏽")
        var frames = [app.render()]
        h.press(app, .enter, .enter, .char(" "), .down, .down)
        frames.append(app.render())
        h.press(app, .char("!"))
        frames.append(app.render())
        return (app, frames)
    }

    @Test func reframeAt80x24() throws {
        let h = try Harness()
        let (_, frames) = reframe(h, Size(width: 80, height: 24))
        expectGolden(frames[0], "reframe-what-80x24")
        expectGolden(frames[1], "reframe-traps-80x24")
        expectGolden(frames[2], "crisis-anywhere-80x24")
    }

    @Test func reframeAtTheSmallestSize() throws {
        let h = try Harness()
        let (_, frames) = reframe(h, Size(width: 40, height: 12))
        expectGolden(frames[0], "reframe-what-40x12")
        expectGolden(frames[1], "reframe-traps-40x12")
        expectGolden(frames[2], "crisis-anywhere-40x12")
    }

    @Test func crisisLinesForTheUK() throws {
        let h = try Harness()
        h.ctx.updateSettings { $0.region = "GB" }
        expectGolden(h.app({ CrisisScreen($0, guessedRegion: nil) }).render(), "crisis-uk-80x24")
    }

    @Test func journalAndPatterns() throws {
        let h = try Harness()
        let t = h.wall
        var entries: [JournalEntry] = []
        let cases = [(["overgeneralizing", "mind-reading"], 8, 5), (["overgeneralizing"], 7, 3), (["labeling"], 9, 6), (["mind-reading"], 6, 2)]
        for (i, (traps, b, a)) in cases.enumerated() {
            entries.append(
                JournalEntry(
                    id: "e\(i)", created: t.addingTimeInterval(Double(-i * 20) * 86400), flow: "reframe",
                    title: "Pause, breathe, reframe",
                    answers: [Answer(step: "what", kind: "text", prompt: "What happened?", text: "Left out of plan \(i)")],
                    stingBefore: b, stingAfter: a, traps: traps, circleID: i % 2 == 0 ? "work" : "choir"))
        }
        try h.store.save(entries)
        try h.store.save([
            BelongingCircle(id: "work", created: t, name: "Work", kind: .work),
            BelongingCircle(id: "choir", created: t, name: "Choir", kind: .hobby),
        ])
        expectGolden(h.app({ JournalScreen($0) }).render(), "journal-80x24")
        let patterns = h.app { PatternsScreen($0) }
        expectGolden(patterns.render(), "journal-patterns-80x24")
        h.press(patterns, .pageDown, .pageDown)
        let rest = patterns.render().text
        #expect(rest.contains("Across 4 practices the sting eased by 3.5 on average; 4 brought it down."))
        #expect(rest.contains("Work  ████████████████████████ 2"))
        #expect(rest.contains("Choir ████████████████████████ 2"))
    }

    @Test func checkInAtTheSmallestSize() throws {
        let h = try Harness()
        let app = h.app({ CheckInScreen($0) }, size: Size(width: 40, height: 12))
        h.press(app, .char("7"))
        expectGolden(app.render(), "check-in-40x12")
    }

    @Test func everyNewScreenFitsEverySize() throws {
        let h = try Harness()
        try h.store.save(
            JournalEntry(
                id: "e", created: h.wall, flow: "reframe", title: "Pause, breathe, reframe",
                answers: [Answer(step: "what", kind: "text", prompt: "What happened?", text: "日本 👋🏽 é")],
                stingBefore: 7, stingAfter: 3, traps: ["labeling"]))
        var roots: [(Context) -> any Screen] = [
            { CheckInScreen($0) }, { JournalScreen($0) }, { PatternsScreen($0) }, { FlowListScreen($0) },
            { CrisisScreen($0, guessedRegion: "GB") }, { SafetyPlanScreen($0) }, { RegionScreen($0, guessedRegion: nil) },
        ]
        for flow in h.ctx.content.orderedFlows { roots.append { FlowScreen(flow: flow, ctx: $0) } }
        let sizes = [(1, 1), (10, 3), (39, 11), (40, 12), (80, 24), (200, 60)].map { Size(width: $0.0, height: $0.1) }
        // Twelve frames each, a rating, a tick and Enter between them, until the flow ends or hands over to crisis help.
        expectEveryRootFits(h, roots, sizes: sizes, frames: 12) { app in
            h.press(app, .char("5"), .char(" "), .enter)
            return !(app.isFinished || app.top is CrisisScreen)
        }
    }
}
