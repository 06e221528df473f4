/// A small win in a line: "asked a clarifying question", "kept a boundary".
/// Process, not outcome: what the person did, whatever came of it.
public struct SmallWin: KeelRecord {
    public static let kind = RecordKind(name: "wins", title: "Small wins", one: "small win", many: "small wins", layout: .monthly)

    public var id: String
    public var created: Date
    public var updated: Date
    public var deleted: Date?
    /// The local day it happened on.
    public var day: CivilDate
    public var text: String
    /// Where it was logged: "home", "flow:reframe"...
    public var source: String?

    public init(id: String, created: Date, day: CivilDate, text: String, source: String? = nil) {
        self.id = id
        self.created = created
        self.updated = created
        self.day = day
        self.text = text
        self.source = source
    }

    public func problems() -> [String] { Check.nonEmpty(text, "text") }

    public func markdown(calendar: LocalCalendar) -> String { "- \(day): \(MarkdownText.text(text))" }
}
