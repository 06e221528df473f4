/// A record kind with exactly one record (settings, the safety plan...).
public protocol SingletonRecord: KeelRecord {
    static var singletonID: String { get }
    static func fresh(at time: Date) -> Self
}

extension Store {
    /// The one record of its kind, or a fresh one when none was saved yet.
    public func singleton<R: SingletonRecord>(_ type: R.Type) -> R {
        // By index, not `first(where:)`: this runs unspecialised, and the
        // generic search looks up the array's associated types at run time
        // (0.2 million instructions at start).
        let all = records(type)
        for i in 0..<all.count where all[i].id == R.singletonID { return all[i] }
        return R.fresh(at: now())
    }
}

/// The person's choices that outlive a run.
public struct Settings: SingletonRecord {
    public static let kind = RecordKind(name: "settings", title: "Settings", one: "set of settings", many: "sets of settings", layout: .single)
    public static let singletonID = "settings"

    public var id: String
    public var created: Date
    public var updated: Date
    public var deleted: Date?
    /// The first-run welcome has been read.
    public var welcomeSeen: Bool
    /// Fewer moving parts: the breathing pacer shows a still bar instead of a growing shape.
    public var stillMode: Bool?
    /// Ask for a calm rating before and after breathing.
    public var askCalm: Bool?
    /// Region code for crisis lines (e.g. "GB"); nil means guess from the locale.
    public var region: String?
    /// The breathing pattern chosen last, offered first next time.
    public var lastPattern: String?
    public var lastMinutes: Double?

    public func problems() -> [String] {
        Check.amount(lastMinutes, "lastMinutes", range: 0...600)
    }

    public static func fresh(at time: Date) -> Settings {
        Settings(id: singletonID, created: time, updated: time, deleted: nil, welcomeSeen: false)
    }

    public func markdown(calendar: LocalCalendar) -> String {
        var lines = ["- Welcome seen: \(welcomeSeen ? "yes" : "no")"]
        if let stillMode { lines.append("- Still breathing display: \(stillMode ? "on" : "off")") }
        if let askCalm { lines.append("- Ask for calm ratings: \(askCalm ? "yes" : "no")") }
        if let region { lines.append("- Region: \(MarkdownText.line(region))") }
        if let lastPattern { lines.append("- Last breathing pattern: \(MarkdownText.line(lastPattern))") }
        return lines.joined(separator: "\n")
    }
}
