import KeelStore

/// A breathing pattern: named phases with lengths in seconds. The pacer
/// breathes them; a flow's breathe step and a ladder step's coping plan name
/// them too, so they are shared rather than the breathing practice's own.
public struct BreathPattern: Hashable, Sendable {
    public enum PhaseKind: String, Hashable, Sendable {
        case inhale
        /// The cyclic sigh's second, shorter inhale on top of the first.
        case topUp
        case holdFull
        case exhale
        case holdEmpty

        /// The phase in words, as the pacer shows it.
        public var words: String {
            switch self {
            case .inhale: return "Breathe in"
            case .topUp: return "In again, a little more"
            case .holdFull: return "Hold"
            case .exhale: return "Breathe out"
            case .holdEmpty: return "Hold"
            }
        }
    }

    public struct Phase: Hashable, Sendable {
        public var kind: PhaseKind
        public var seconds: Double
        public init(_ kind: PhaseKind, _ seconds: Double) {
            self.kind = kind
            self.seconds = seconds
        }
    }

    public var id: String
    public var name: String
    public var summary: String
    /// Phases of one breath; phases of zero length are left out.
    public var phases: [Phase]

    public init(id: String, name: String, summary: String, phases: [Phase]) {
        self.id = id
        self.name = name
        self.summary = summary
        self.phases = phases.filter { $0.seconds > 0 }
    }

    public var cycleSeconds: Double { phases.reduce(0) { $0 + $1.seconds } }

    /// "4-4-4-4", or for the sigh "2-1-6".
    public var timing: String { phases.map { plainNumber($0.seconds) }.joined(separator: "-") }

    public static let sigh = BreathPattern(
        id: "sigh", name: "Cyclic sigh",
        summary: "Two breaths in through the nose, then one long sigh out",
        phases: [Phase(.inhale, 3), Phase(.topUp, 1), Phase(.exhale, 6)])
    public static let box = BreathPattern(
        id: "box", name: "Box",
        summary: "In 4, hold 4, out 4, hold 4: even and steady",
        phases: [Phase(.inhale, 4), Phase(.holdFull, 4), Phase(.exhale, 4), Phase(.holdEmpty, 4)])
    public static let fourSevenEight = BreathPattern(
        id: "4-7-8", name: "4-7-8",
        summary: "In 4, hold 7, out slowly for 8: a long unwinding",
        phases: [Phase(.inhale, 4), Phase(.holdFull, 7), Phase(.exhale, 8)])
    /// About 5.5 breaths a minute: 60 / 5.5 ≈ 10.9 s, split evenly.
    public static let resonance = BreathPattern(
        id: "resonance", name: "Resonance",
        summary: "About five and a half easy breaths a minute",
        phases: [Phase(.inhale, 5.5), Phase(.exhale, 5.5)])

    public static let builtIn: [BreathPattern] = [sigh, box, fourSevenEight, resonance]

    /// A pattern from `--pattern`: a name ("sigh", "box", "4-7-8", "resonance")
    /// or seconds: "4-2-6-0" in-hold-out-hold, "4-7-8" in-hold-out, "4-6" in-out.
    public static func parse(_ text: String) -> Result<BreathPattern, PatternError> {
        let spec = text.lowercased().filter { !$0.isWhitespace }
        let aliases = [
            "sigh": sigh, "cyclic-sigh": sigh, "cyclic": sigh, "box": box, "4-7-8": fourSevenEight,
            "478": fourSevenEight, "resonance": resonance, "resonant": resonance, "coherent": resonance,
        ]
        if let known = aliases[spec] { return .success(known) }
        let parts = spec.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count >= 2, parts.count <= 4, parts.allSatisfy({ !$0.isEmpty }) else {
            return .failure(.unknown(text))
        }
        var numbers: [Double] = []
        for p in parts {
            guard let v = Double(p), v.isFinite, v >= 0, v <= 60 else { return .failure(.badNumber(String(p))) }
            numbers.append((v * 10).rounded() / 10)
        }
        // Two numbers are in-out, three in-hold-out (as 4-7-8 reads), four in-hold-out-hold.
        if numbers.count == 2 { numbers.insert(0, at: 1) }
        while numbers.count < 4 { numbers.append(0) }
        guard numbers[0] > 0, numbers[2] > 0 else { return .failure(.needsInAndOut) }
        let pattern = BreathPattern(
            id: "custom", name: "Custom", summary: "Your own rhythm",
            phases: [
                Phase(.inhale, numbers[0]), Phase(.holdFull, numbers[1]),
                Phase(.exhale, numbers[2]), Phase(.holdEmpty, numbers[3]),
            ])
        return .success(pattern)
    }

    public enum PatternError: Error, Equatable, CustomStringConvertible {
        case unknown(String)
        case badNumber(String)
        case needsInAndOut

        public var description: String {
            switch self {
            case .unknown(let t):
                return "\"\(t)\" isn't a pattern keel knows. Use sigh, box, 4-7-8, resonance, or seconds like 4-2-6-0 (in-hold-out-hold)."
            case .badNumber(let t):
                return "\"\(t)\" isn't a number of seconds between 0 and 60."
            case .needsInAndOut:
                return "A pattern needs some time breathing in and some breathing out."
            }
        }
    }
}
