#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where a breathing session stands at a given moment. Everything is computed
/// from the time elapsed since the session began, so phase boundaries fall
/// exactly on schedule however late a frame is drawn: nothing accumulates.
public struct PacerPlan: Hashable, Sendable {
    public var pattern: BreathPattern
    public var cycles: Int

    /// Whole breaths closest to the minutes asked for (at least one).
    public init(pattern: BreathPattern, minutes: Double) {
        self.pattern = pattern
        let cycle = max(pattern.cycleSeconds, 0.1)
        self.cycles = max(1, Int((minutes * 60 / cycle).rounded()))
    }

    public var totalSeconds: Double { Double(cycles) * pattern.cycleSeconds }

    public struct Position: Hashable, Sendable {
        public var cycle: Int
        public var phaseIndex: Int
        public var phase: BreathPattern.Phase
        /// Seconds into the current phase.
        public var intoPhase: Double
        /// Seconds to the end of the phase.
        public var phaseLeft: Double
        /// How full the lungs are, 0 (empty) to 1 (full), eased.
        public var fill: Double
        public var elapsed: Double
        public var finished: Bool
    }

    public func position(at elapsed: Double) -> Position {
        let phases = pattern.phases
        let total = totalSeconds
        guard elapsed < total, !phases.isEmpty else {
            let last = phases.last ?? BreathPattern.Phase(.exhale, 1)
            return Position(
                cycle: cycles - 1, phaseIndex: max(0, phases.count - 1), phase: last,
                intoPhase: last.seconds, phaseLeft: 0, fill: Self.fillAtEnd(of: last.kind, pattern),
                elapsed: total, finished: true)
        }
        let t = max(0, elapsed)
        let cycle = Int(t / pattern.cycleSeconds)
        var into = t - Double(cycle) * pattern.cycleSeconds
        var index = 0
        while index < phases.count - 1, into >= phases[index].seconds {
            into -= phases[index].seconds
            index += 1
        }
        let phase = phases[index]
        let progress = min(1, max(0, into / phase.seconds))
        let start = Self.fillAtStart(index: index, pattern)
        let end = Self.fillAtEnd(of: phase.kind, pattern)
        let eased = (1 - cos(Double.pi * progress)) / 2  // smooth start and finish
        return Position(
            cycle: cycle, phaseIndex: index, phase: phase, intoPhase: into,
            phaseLeft: phase.seconds - into, fill: start + (end - start) * eased,
            elapsed: t, finished: false)
    }

    /// The elapsed time at which the next phase begins (or the session ends).
    public func nextBoundary(after elapsed: Double) -> Double {
        let total = totalSeconds
        guard elapsed < total else { return total }
        var boundary = Double(Int(max(0, elapsed) / pattern.cycleSeconds)) * pattern.cycleSeconds
        for p in pattern.phases {
            boundary += p.seconds
            if boundary > elapsed { return min(boundary, total) }
        }
        return total
    }

    /// The scheduled start of every phase, in elapsed seconds (for timing checks).
    public var schedule: [Double] {
        var out: [Double] = []
        var t = 0.0
        for _ in 0..<cycles {
            for p in pattern.phases {
                out.append(t)
                t += p.seconds
            }
        }
        return out
    }

    static func fillAtEnd(of kind: BreathPattern.PhaseKind, _ pattern: BreathPattern) -> Double {
        switch kind {
        case .inhale: return pattern.phases.contains { $0.kind == .topUp } ? 0.75 : 1
        case .topUp, .holdFull: return 1
        case .exhale, .holdEmpty: return 0
        }
    }

    static func fillAtStart(index: Int, _ pattern: BreathPattern) -> Double {
        let before = index == 0 ? pattern.phases.last! : pattern.phases[index - 1]
        return fillAtEnd(of: before.kind, pattern)
    }
}
