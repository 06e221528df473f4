import KeelStore
import KeelTerminal

/// The breathing pacer as lines: one at each phase change ("Breathe in,
/// 4 seconds"), on the same monotonic schedule as the full screen's
/// picture, because the session underneath is the full screen's own
/// `BreatheSessionScreen`: the same plan, the same trace, the same record.
/// `stop` ends early and `pause` waits; the summary comes at the end.
struct PlainPacer: Conversing {
    var session: BreatheSessionScreen
    let talk: Conversation

    var plan: PacerPlan { session.plan }

    mutating func run() {
        if session.stage == .calmBefore {
            let r = session.before
            switch talk.rate("Before you start: how calm do you feel right now?", low: r.low, high: r.high, current: nil, required: false) {
            case .value(let v): session.before.value = v
            case .back, .ended: return
            }
            session.begin(ctx)
        }
        let length = BreatheSessionScreen.clock(plan.totalSeconds)
        talk.heading("\(plan.pattern.name): \(breaths(plan.cycles)), \(length) in all.")
        talk.say("Type stop and Enter to end early, pause to rest a moment, or help for crisis lines.")
        breathe()
        if talk.ended, session.stage == .breathing {
            session.closing(ctx)  // the minutes breathed are kept, as on Ctrl-C
            PlainRoute.route(talk)
            return
        }
        PlainRoute.route(talk)
        if session.stage == .calmAfter {
            let r = session.after
            if case .value(let v) = talk.rate("And now: how calm do you feel?", low: r.low, high: r.high, current: nil, required: false), let v {
                session.after.value = v
                _ = session.handle(.enter, ctx)
            } else {
                _ = session.handle(.escape, ctx)
            }
            PlainRoute.route(talk)
        }
        PlainPage.show(session, talk)  // the summary the full screen shows, as lines
    }

    func breaths(_ n: Int) -> String { n == 1 ? "1 breath" : "\(n) breaths" }

    /// Waits from one phase boundary to the next, saying each phase as it begins.
    mutating func breathe() {
        var said = -1
        while session.stage == .breathing {
            let now = ctx.clock.now()
            let t = session.elapsed(now)
            let p = plan.position(at: t)
            let index = p.cycle * plan.pattern.phases.count + p.phaseIndex
            if !p.finished, index != said {
                said = index
                talk.say(words(p))
                if talk.bell { talk.io.bell() }
            }
            guard let start = session.start else { return }
            let deadline = start.adding(seconds: session.pausedTotal + plan.nextBoundary(after: t))
            switch talk.io.waitForLine(until: deadline, clock: ctx.clock) {
            case .timeout:
                _ = session.tick(ctx)
            case .endOfInput:
                // A script's answers ran out: the breath goes on to its end.
                _ = session.tick(ctx)
            case .interrupted:
                talk.interrupted()
                return
            case .line(let line):
                let word = PlainText.trim(line).lowercased()
                if word == "help" {
                    talk.crisisHelp()  // the breath keeps its time meanwhile
                    said = -1
                } else if word == "pause" {
                    _ = session.handle(.char(" "), ctx)
                    talk.say("Paused. Press Enter to go on.")
                    if talk.io.readLine() == nil { talk.interrupted() }
                    _ = session.handle(.char(" "), ctx)
                    said = -1
                    if talk.ended { return }
                } else {
                    _ = session.handle(.escape, ctx)
                }
            }
        }
    }

    /// "Breath 2 of 10. Breathe in, 4 seconds".
    func words(_ p: PacerPlan.Position) -> String {
        let what = plan.pattern.id == "sigh" && p.phase.kind == .exhale ? "Long sigh out" : p.phase.kind.words
        let seconds = p.phaseLeft.rounded() == 1 ? "1 second" : "\(plainNumber((p.phaseLeft * 10).rounded() / 10)) seconds"
        let lead = p.phaseIndex == 0 && plan.cycles > 1 ? "Breath \(p.cycle + 1) of \(plan.cycles). " : ""
        return lead + what + ", " + seconds
    }
}
