#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import KeelStore
import KeelTerminal

/// A breathing session from start to end: an optional calm rating, the
/// paced breathing itself, an optional rating after, and a short summary.
/// The session is saved the moment the breathing ends, and again with the
/// rating after.
public struct BreatheSessionScreen: Screen {
    /// Reported when a breathing break is done (a habit may stand for it).
    static let breathed = "breathe"

    public enum Stage: Hashable, Sendable { case calmBefore, breathing, calmAfter, done }

    public let plan: PacerPlan
    public let source: String
    public private(set) var stage: Stage
    public private(set) var still: Bool
    var before = Rating(low: "not calm at all", high: "completely calm")
    var after = Rating(low: "not calm at all", high: "completely calm")
    var askCalm: Bool
    /// Monotonic start of the breathing, and time spent paused since.
    var start: Moment?
    var pausedAt: Moment?
    var pausedTotal = 0.0
    var actualSeconds = 0.0
    var completed = false
    var record: BreathSession?
    var lastTracedPhase = -1

    /// Frames per second while the shape moves; the still display changes once a second.
    static let frameInterval = 0.1

    public init(plan: PacerPlan, ctx: Context, source: String = "breathe", askCalm: Bool? = nil, still: Bool? = nil) {
        self.plan = plan
        self.source = source
        self.askCalm = askCalm ?? (ctx.settings.askCalm ?? true)
        self.still = still ?? ctx.breathStartsStill
        self.stage = .calmBefore
        if !self.askCalm { begin(ctx) }
    }

    public var title: String { "Breathe · \(plan.pattern.name)" }

    public var hints: [KeyHint] {
        switch stage {
        case .calmBefore: return [Rating.rateHint, KeyHint("Enter", "go on"), Hints.back]
        case .calmAfter: return [Rating.rateHint, KeyHint("Enter", "go on"), KeyHint("Esc", "skip")]
        case .breathing:
            return [KeyHint("Space", pausedAt == nil ? "pause" : "go on"), KeyHint("s", still ? "moving" : "still"), KeyHint("Esc", "end")]
        case .done: return [KeyHint("Enter", "done"), KeyHint("a", "again")]
        }
    }

    public var help: Help {
        Help(
            "Breathing",
            [
                "Follow the words and the shape: it grows as you breathe in and shrinks as you breathe out. The number counts down the seconds left in each step.",
                "Space pauses and goes on. s switches between the moving shape and a still display. Esc ends early; the time you breathed is still saved.",
                "Pattern: \(plan.pattern.name), \(plan.pattern.timing) seconds, \(counted(plan.cycles, "breath")).",
            ])
    }

    // MARK: - Time

    func elapsed(_ now: Moment) -> Double {
        guard let start else { return 0 }
        return max(0, (pausedAt ?? now).seconds(since: start) - pausedTotal)
    }

    public func position(_ ctx: Context) -> PacerPlan.Position {
        plan.position(at: elapsed(ctx.clock.now()))
    }

    mutating func begin(_ ctx: Context) {
        stage = .breathing
        start = ctx.clock.now()
        lastTracedPhase = -1
        trace(ctx)
    }

    public func wake(_ ctx: Context) -> Moment? {
        guard stage == .breathing, pausedAt == nil, let start else { return nil }
        let now = ctx.clock.now()
        let t = elapsed(now)
        let boundary = plan.nextBoundary(after: t)
        let boundaryAt = start.adding(seconds: pausedTotal + boundary)
        let frame: Double
        if still {
            let left = plan.position(at: t).phaseLeft
            frame = left - (left.rounded(.up) - 1)  // the next whole-second change of the countdown
        } else {
            frame = BreatheSessionScreen.frameInterval
        }
        return min(boundaryAt, now.adding(seconds: max(0.001, frame)))
    }

    public mutating func tick(_ ctx: Context) -> Transition {
        guard stage == .breathing, pausedAt == nil else { return .stay }
        trace(ctx)
        if elapsed(ctx.clock.now()) >= plan.totalSeconds {
            completed = true
            finishBreathing(ctx)
        }
        return .stay
    }

    /// Writes each phase change with its scheduled and actual time, when asked to.
    mutating func trace(_ ctx: Context) {
        guard let trace = ctx.trace else { return }
        let t = elapsed(ctx.clock.now())
        let p = plan.position(at: t)
        let index = p.finished ? plan.schedule.count : p.cycle * plan.pattern.phases.count + p.phaseIndex
        guard index != lastTracedPhase else { return }
        lastTracedPhase = index
        let scheduled = index < plan.schedule.count ? plan.schedule[index] : plan.totalSeconds
        trace("phase \(index) \(p.finished ? "end" : p.phase.kind.rawValue) scheduled=\(scheduled) actual=\(t)")
    }

    mutating func finishBreathing(_ ctx: Context) {
        actualSeconds = min(plan.totalSeconds, elapsed(ctx.clock.now()))
        saveRecord(ctx)
        // A breathing break: the whole session, or a minute of one ended early.
        if completed || actualSeconds >= 60 { ctx.report(.practiceDone(BreatheSessionScreen.breathed)) }
        stage = askCalm ? .calmAfter : .done
    }

    mutating func saveRecord(_ ctx: Context) {
        let now = ctx.now()
        var r =
            record
            ?? BreathSession(
                id: ctx.newID(), created: now, pattern: plan.pattern.id, timing: plan.pattern.timing,
                plannedSeconds: plan.totalSeconds, actualSeconds: actualSeconds,
                completed: completed, calmBefore: before.value, calmAfter: nil, source: source)
        r.actualSeconds = (actualSeconds * 10).rounded() / 10
        r.completed = completed
        r.calmAfter = after.value
        r.updated = now
        if ctx.save(r) { record = r }
    }

    // MARK: - Keys

    public mutating func handle(_ key: Key, _ ctx: Context) -> Transition {
        switch stage {
        case .calmBefore:
            if before.handle(key) { return .stay }
            if key == .enter { begin(ctx); return .stay }
            return .unhandled
        case .breathing:
            switch key {
            case .char(" "):
                let now = ctx.clock.now()
                if let p = pausedAt {
                    pausedTotal += now.seconds(since: p)
                    pausedAt = nil
                } else {
                    pausedAt = now
                }
            case .char("s"):
                still.toggle()
                let s = still
                ctx.updateSettings { $0.stillMode = s }
            case .escape, .char("q"):
                finishBreathing(ctx)
            default:
                return .stay
            }
            return .stay
        case .calmAfter:
            if after.handle(key) { return .stay }
            if key == .enter {
                if after.value != nil { saveRecord(ctx) }
                stage = .done
                return .stay
            }
            if key == .escape { stage = .done; return .stay }
            return .stay
        case .done:
            switch key {
            case .enter, .escape, .char("q"): return .back
            case .char("a"):
                return .replace(BreatheSessionScreen(plan: plan, ctx: ctx, source: source, askCalm: askCalm, still: still))
            default: return .stay
            }
        }
    }

    /// Closing mid-session still saves the minutes breathed.
    public mutating func closing(_ ctx: Context) {
        if stage == .breathing, elapsed(ctx.clock.now()) >= 1 {
            actualSeconds = elapsed(ctx.clock.now())
            saveRecord(ctx)
        }
    }

    // MARK: - Drawing

    public func render(into buffer: inout Buffer, in area: Rect, _ ctx: Context) {
        switch stage {
        case .calmBefore:
            renderRating(before, question: "Before you start: how calm do you feel right now?", into: &buffer, area)
        case .calmAfter:
            renderRating(after, question: "And now: how calm do you feel?", into: &buffer, area)
        case .breathing:
            renderBreathing(into: &buffer, area, ctx)
        case .done:
            renderDone(into: &buffer, area)
        }
    }

    func renderRating(_ rating: Rating, question: String, into buffer: inout Buffer, _ area: Rect) {
        let used = buffer.paragraph(question, in: area, style: .strong)
        rating.render(into: &buffer, at: area.x, y: area.y + used + 1)
        buffer.paragraph("A number, or Enter to skip.", in: area.droppingTop(used + 4), style: .muted)
    }

    func renderBreathing(into buffer: inout Buffer, _ area: Rect, _ ctx: Context) {
        let p = plan.position(at: elapsed(ctx.clock.now()))
        let textRows = 4
        let shapeArea = area.droppingBottom(textRows)
        if still {
            BreathShape.drawStill(pattern: plan.pattern, phaseIndex: p.phaseIndex, into: &buffer, in: shapeArea)
        } else {
            BreathShape.draw(fill: p.fill, into: &buffer, in: shapeArea)
        }
        let text = area.bottom(textRows)
        let words = pausedAt != nil ? "Paused" : (plan.pattern.id == "sigh" && p.phase.kind == .exhale ? "Long sigh out" : p.phase.kind.words)
        buffer.writeCentered(words, in: text, row: 0, style: .title)
        if pausedAt == nil {
            buffer.writeCentered(String(Int(max(1, p.phaseLeft.rounded(.up)))), in: text, row: 1, style: .strong)
        } else {
            buffer.writeCentered("Space to go on", in: text, row: 1, style: .muted)
        }
        let left = max(0, plan.totalSeconds - p.elapsed)
        let status = "breath \(min(plan.cycles, p.cycle + 1)) of \(plan.cycles) · \(BreatheSessionScreen.clock(left)) left"
        buffer.writeCentered(status, in: text, row: 3, style: .muted)
    }

    func renderDone(into buffer: inout Buffer, _ area: Rect) {
        var lines: [String] = []
        lines.append(completed ? "Well breathed." : "You stopped early, and that's fine.")
        lines.append("")
        lines.append("\(plan.pattern.name): \(BreatheSessionScreen.clock(actualSeconds)) of \(BreatheSessionScreen.clock(plan.totalSeconds)).")
        if let b = before.value, let a = after.value {
            let change = a - b
            let word = change > 0 ? "up \(change)" : change < 0 ? "down \(-change)" : "the same"
            lines.append("Calm \(b) before, \(a) after: \(word).")
        }
        if record == nil { lines.append("This session could not be saved.") } else { lines.append("Saved to your history.") }
        var y = 0
        for l in lines {
            y += buffer.paragraph(l, in: area.droppingTop(y), style: y == 0 ? .title : .plain)
        }
    }

    static func clock(_ seconds: Double) -> String {
        let s = Int(seconds.rounded())
        return "\(s / 60):\(s % 60 < 10 ? "0" : "")\(s % 60)"
    }
}
