import KeelCoach
import KeelStore

/// `keel today --json`: one object on one line, fields always present and
/// always in this order, so `jq .habits_due` and a status bar's regex both
/// keep working. New fields may be added at the end; none is renamed.
enum TodayJSON {
    static let fields: [(String, String)] = [
        ("date", "today's date, YYYY-MM-DD"),
        ("locked", "true when the data is encrypted and no passphrase file was given (the other fields are then empty)"),
        ("morning_done", "the morning reflection is done today"),
        ("morning_streak", "days in a row of it (weeks for a weekly habit)"),
        ("habits_due", "habits planned for today"),
        ("habits_ticked", "of them, ticked"),
        ("letter_due", "no weekly letter yet this week"),
        ("letter_due_today", "and today is the last day of the week"),
        ("ladder_steps_due", "exposure steps planned for today or before"),
        ("line", "the line keel today prints"),
    ]

    static var fieldList: String { fields.map(\.0).joined(separator: ", ") }

    static func encode(_ f: TodayFacts) -> String {
        "{\"date\":\"\(f.date)\",\"locked\":false,\"morning_done\":\(f.morningDone),\"morning_streak\":\(f.morningStreak),"
            + "\"habits_due\":\(f.habitsDue),\"habits_ticked\":\(f.habitsTicked),\"letter_due\":\(f.letterDue),"
            + "\"letter_due_today\":\(f.letterDueToday),\"ladder_steps_due\":\(f.ladderStepsDue),\"line\":\(quoted(f.line))}\n"
    }

    /// Locked data: nothing is known but the date.
    static var locked: String {
        let today = LocalCalendar.system.day(of: Timestamp.now())
        return "{\"date\":\"\(today)\",\"locked\":true,\"morning_done\":false,\"morning_streak\":0,\"habits_due\":0,"
            + "\"habits_ticked\":0,\"letter_due\":false,\"letter_due_today\":false,\"ladder_steps_due\":0,\"line\":\"\"}\n"
    }

    /// A JSON string: quotes, backslashes and control characters escaped.
    static func quoted(_ text: String) -> String {
        var out = "\""
        for u in text.unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case _ where u.value < 0x20:
                let hex = String(u.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(u)
            }
        }
        return out + "\""
    }
}
