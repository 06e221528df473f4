/// One breathing session, finished or ended early.
public struct BreathSession: KeelRecord {
    public static let kind = RecordKind(name: "breathing", title: "Breathing sessions", layout: .monthly)

    public var id: String
    public var created: Date
    public var updated: Date
    public var deleted: Date?
    /// "sigh", "box", "4-7-8", "resonance" or "custom".
    public var pattern: String
    /// Phase lengths in seconds, e.g. "4-4-4-4".
    public var timing: String
    public var plannedSeconds: Double
    public var actualSeconds: Double
    /// True when the whole planned time was breathed.
    public var completed: Bool
    public var calmBefore: Int?
    public var calmAfter: Int?
    /// Where it was started from: "breathe", or a flow such as "flow:reframe".
    public var source: String?

    public init(id: String, created: Date, pattern: String, timing: String, plannedSeconds: Double,
                actualSeconds: Double, completed: Bool, calmBefore: Int?, calmAfter: Int?, source: String?) {
        self.id = id
        self.created = created
        self.updated = created
        self.pattern = pattern
        self.timing = timing
        self.plannedSeconds = plannedSeconds
        self.actualSeconds = actualSeconds
        self.completed = completed
        self.calmBefore = calmBefore
        self.calmAfter = calmAfter
        self.source = source
    }

    public func problems() -> [String] {
        var out = Check.rating(calmBefore, "calmBefore") + Check.rating(calmAfter, "calmAfter")
        if plannedSeconds < 0 { out.append("plannedSeconds: must not be negative") }
        if actualSeconds < 0 { out.append("actualSeconds: must not be negative") }
        return out
    }

    public func markdown(calendar: LocalCalendar) -> String {
        let minutes = { (s: Double) in s >= 60 ? "\(Int((s / 60).rounded())) min" : "\(Int(s.rounded())) s" }
        var line = "- \(calendar.day(of: created)) \(calendar.clock(of: created)): \(pattern) (\(timing)), "
        line += "\(minutes(actualSeconds)) of \(minutes(plannedSeconds))"
        if !completed { line += ", ended early" }
        if let b = calmBefore, let a = calmAfter { line += ", calm \(b) → \(a)" }
        else if let b = calmBefore { line += ", calm before \(b)" }
        else if let a = calmAfter { line += ", calm after \(a)" }
        return line
    }
}
