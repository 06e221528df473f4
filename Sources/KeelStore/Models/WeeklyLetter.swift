/// A letter to yourself about one week (seven days from its first): keel drafts it
/// from the week's records, the person makes it their own.
public struct WeeklyLetter: KeelRecord {
    public static let kind = RecordKind(name: "letters", title: "Weekly letters", one: "weekly letter", many: "weekly letters", layout: .monthly)

    public var id: String
    public var created: Date
    public var updated: Date
    public var deleted: Date?
    /// The day the week starts on: a Monday, or a Saturday or Sunday where
    /// the machine that wrote it starts its weeks there.
    public var week: CivilDate
    public var text: String

    public init(id: String, created: Date, week: CivilDate, text: String) {
        self.id = id
        self.created = created
        self.updated = created
        self.week = week
        self.text = text
    }

    public func problems() -> [String] {
        var out = Check.nonEmpty(text, "text")
        if !DateStyle.weekStarts.contains(where: { $0.weekday == week.weekday }) {
            out.append("week: \(week) is not a Monday, Saturday or Sunday")
        }
        return out
    }

    public func markdown(calendar: LocalCalendar) -> String {
        let sunday = week.adding(days: 6)
        // Under the section's month heading (###), one level down.
        return "#### Week of \(week.dayMonthYear) to \(sunday.short)\n\n\(MarkdownText.text(text))\n"
    }
}
