/// One breathing session, finished or ended early.
public struct BreathSession: KeelRecord {
    public static let kind = RecordKind(name: "breathing", title: "Breathing sessions", one: "breathing session", many: "breathing sessions", layout: .monthly)

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

    public init(
        id: String, created: Date, pattern: String, timing: String, plannedSeconds: Double,
        actualSeconds: Double, completed: Bool, calmBefore: Int?, calmAfter: Int?, source: String?
    ) {
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
        // A day of breathing is far more than anyone does in one sitting.
        out += Check.amount(plannedSeconds, "plannedSeconds", range: 0...86_400)
        out += Check.amount(actualSeconds, "actualSeconds", range: 0...86_400)
        return out
    }

    public func markdown(calendar: LocalCalendar) -> String {
        // Held to 0...a day first: a file from elsewhere may hold 1e300, and Int(1e300) traps.
        let minutes = { (raw: Double) -> String in
            let s = raw.isFinite ? min(max(raw, 0), 86_400) : 0
            return s >= 60 ? "\(Int((s / 60).rounded())) min" : "\(Int(s.rounded())) s"
        }
        var line = "- \(calendar.day(of: created)) \(calendar.clock(of: created)): \(MarkdownText.line(pattern)) (\(MarkdownText.line(timing))), "
        line += "\(minutes(actualSeconds)) of \(minutes(plannedSeconds))"
        if !completed { line += ", ended early" }
        if let b = calmBefore, let a = calmAfter {
            line += ", calm \(b) → \(a)"
        } else if let b = calmBefore {
            line += ", calm before \(b)"
        } else if let a = calmAfter {
            line += ", calm after \(a)"
        }
        return line
    }
}
