import Testing
import KeelStore
import KeelTerminal
@testable import KeelCoach

@Suite struct PatternTests {
    @Test func namesAndAliasesParse() throws {
        #expect(try BreathPattern.parse("box").get() == .box)
        #expect(try BreathPattern.parse("4-7-8").get() == .fourSevenEight)
        #expect(try BreathPattern.parse("Sigh").get() == .sigh)
        #expect(try BreathPattern.parse("resonance").get().cycleSeconds == 11)
    }

    @Test func customPatternsTakeInHoldOutHold() throws {
        let p = try BreathPattern.parse("4-2-6-0").get()
        #expect(p.id == "custom")
        #expect(p.phases.map(\.kind) == [.inhale, .holdFull, .exhale])
        #expect(p.timing == "4-2-6")
        #expect(try BreathPattern.parse("4-6").get().phases.map(\.kind) == [.inhale, .exhale])
        #expect(try BreathPattern.parse("3-2-5").get().phases.map(\.kind) == [.inhale, .holdFull, .exhale])
        #expect(try BreathPattern.parse("1.5-0-2.5-0").get().cycleSeconds == 4)
    }

    @Test func badPatternsSayWhy() {
        #expect(BreathPattern.parse("slow") == .failure(.unknown("slow")))
        #expect(BreathPattern.parse("4-x-4-4") == .failure(.badNumber("x")))
        #expect(BreathPattern.parse("0-4-4-4") == .failure(.needsInAndOut))
        #expect(BreathPattern.parse("4-4-0-4") == .failure(.needsInAndOut))
        #expect(BreathPattern.parse("4-99-4-4") == .failure(.badNumber("99")))
        #expect(BreathPattern.parse("4--4") == .failure(.unknown("4--4")))
    }

    @Test func resonanceIsAboutFiveAndAHalfBreathsAMinute() {
        let perMinute = 60 / BreathPattern.resonance.cycleSeconds
        #expect(perMinute > 5.3 && perMinute < 5.7)
    }

    @Test func theSighHasASecondInhale() {
        #expect(BreathPattern.sigh.phases.map(\.kind) == [.inhale, .topUp, .exhale])
        #expect(BreathPattern.PhaseKind.topUp.words == "In again, a little more")
    }
}

@Suite struct PacerPlanTests {
    @Test func plansWholeBreaths() {
        #expect(PacerPlan(pattern: .box, minutes: 1).cycles == 4)
        #expect(PacerPlan(pattern: .box, minutes: 1).totalSeconds == 64)
        #expect(PacerPlan(pattern: .sigh, minutes: 5).cycles == 30)
        #expect(PacerPlan(pattern: .box, minutes: 0.01).cycles == 1)
    }

    @Test func positionsFallOnTheSchedule() {
        let plan = PacerPlan(pattern: .box, minutes: 1)
        #expect(plan.position(at: 0).phase.kind == .inhale)
        #expect(plan.position(at: 3.999).phase.kind == .inhale)
        #expect(plan.position(at: 4).phase.kind == .holdFull)
        #expect(plan.position(at: 12).phase.kind == .holdEmpty)
        #expect(plan.position(at: 16).cycle == 1)
        #expect(plan.position(at: 63.9).finished == false)
        #expect(plan.position(at: 64).finished)
        #expect(plan.position(at: 2).phaseLeft == 2)
    }

    @Test func fillGrowsOnTheInhaleAndShrinksOnTheExhale() {
        let plan = PacerPlan(pattern: .box, minutes: 1)
        #expect(plan.position(at: 0).fill == 0)
        #expect(abs(plan.position(at: 2).fill - 0.5) < 1e-9)
        #expect(plan.position(at: 6).fill == 1)
        #expect(abs(plan.position(at: 10).fill - 0.5) < 1e-9)
        #expect(plan.position(at: 14).fill == 0)
        let sigh = PacerPlan(pattern: .sigh, minutes: 1)
        #expect(abs(sigh.position(at: 3).fill - 0.75) < 1e-9)
        #expect(abs(sigh.position(at: 4).fill - 1) < 1e-9)
    }

    @Test func nextBoundaryIsTheNextPhaseStart() {
        let plan = PacerPlan(pattern: .fourSevenEight, minutes: 1)
        #expect(plan.nextBoundary(after: 0) == 4)
        #expect(plan.nextBoundary(after: 4) == 11)
        #expect(plan.nextBoundary(after: 18.5) == 19)
        #expect(plan.nextBoundary(after: 19) == 23)
        #expect(plan.nextBoundary(after: plan.totalSeconds + 3) == plan.totalSeconds)
        #expect(plan.schedule.prefix(4) == [0, 4, 11, 19])
    }
}

@Suite struct PacerTimingTests {
    /// Five minutes of 4-7-8 through the real run loop on a test clock: every
    /// phase change lands exactly on its schedule (the loop wakes at boundaries).
    @Test func fiveMinutesWithoutDrift() throws {
        let h = try Harness()
        let plan = PacerPlan(pattern: .fourSevenEight, minutes: 5)
        let app = h.app { BreatheSessionScreen(plan: plan, ctx: $0, askCalm: false) }
        h.run(app) { $0.wait(plan.totalSeconds + 1) }
        let phases = h.traces.filter { $0.hasPrefix("phase") }
        #expect(phases.count == plan.schedule.count + 1)
        for line in phases {
            let parts = line.split(separator: " ")
            let scheduled = Double(parts[3].dropFirst("scheduled=".count))!
            let actual = Double(parts[4].dropFirst("actual=".count))!
            #expect(abs(actual - scheduled) < 0.001, "\(line)")
        }
        let saved = try #require(h.store.all(BreathSession.self).first)
        #expect(saved.completed)
        #expect(saved.actualSeconds == plan.totalSeconds)
        #expect(saved.plannedSeconds == plan.totalSeconds)
        #expect(saved.timing == "4-7-8")
    }

    @Test func aPauseShiftsTheRestOfTheScheduleAndIsNotCounted() throws {
        let h = try Harness()
        let plan = PacerPlan(pattern: .box, minutes: 0.5)  // 2 breaths, 32 s
        let app = h.app { BreatheSessionScreen(plan: plan, ctx: $0, askCalm: false) }
        let backend = h.run(app) { b in
            b.wait(5)
            b.press(.char(" "))
            b.wait(100)
            b.press(.char(" "))
            b.wait(40)
        }
        #expect(backend.timeouts.contains { $0 == nil }, "a paused pacer blocks instead of waking")
        let saved = try #require(h.store.all(BreathSession.self).first)
        #expect(saved.completed)
        #expect(saved.actualSeconds == 32)
    }

    @Test func animatingWakesOftenAndStillModeOncePerSecond() throws {
        let h = try Harness()
        let plan = PacerPlan(pattern: .box, minutes: 1)
        var moving = BreatheSessionScreen(plan: plan, ctx: h.ctx, askCalm: false, still: false)
        let now = h.clock.now()
        #expect(moving.wake(h.ctx) == now.adding(seconds: 0.1))
        h.clock.advance(seconds: 3.95)
        #expect(moving.wake(h.ctx) == h.clock.now().adding(seconds: 0.05), "wakes at the phase boundary, not after it")
        _ = moving.tick(h.ctx)
        let still = BreatheSessionScreen(plan: plan, ctx: h.ctx, askCalm: false, still: true)
        h.clock.advance(seconds: 0.3)
        // 3.7 s left in the phase shows "4"; it turns to "3" in 0.7 s.
        #expect(still.wake(h.ctx) == h.clock.now().adding(seconds: 0.7))
    }
}
