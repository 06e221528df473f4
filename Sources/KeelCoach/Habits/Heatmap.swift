import KeelStore
import KeelTerminal

/// A habit's days as a calendar: a column per week (oldest on the left), a
/// row per weekday, one glyph per day, readable without colour.
struct Heatmap {
    let schedule: HabitSchedule
    let today: CivilDate
    let start: CivilDate
    let weeks: Int
    /// The day under the cursor, drawn in reverse.
    var cursor: CivilDate?
    let mark: (CivilDate) -> DayMark?

    static let cellWidth = 2
    static let labelWidth = 4
    static let legend: [(String, String, Style)] = [("■", "done", .good), ("▪", "two-minute", .good), ("○", "rest", .calm), ("·", "missed", .muted)]

    /// Twelve weeks, or every week since the habit began when that is more,
    /// as far as `width` allows and at most half a year.
    static func weeks(fitting width: Int, today: CivilDate, start: CivilDate) -> Int {
        let since = Week(containing: today).first.days(since: Week(containing: start).first) / 7 + 1
        return max(1, min(26, (width - labelWidth) / cellWidth, max(12, since)))
    }

    var firstDay: CivilDate { Week(containing: today).adding(weeks: 1 - weeks).first }

    func glyph(_ day: CivilDate) -> (String, Style) {
        if day > today || day < start { return (" ", .plain) }
        switch mark(day) {
        case .done?: return ("■", .good)
        case .small?: return ("▪", .good)
        case .rest?: return ("○", .calm)
        case nil:
            if case .weekdays = schedule, !schedule.isPlanned(day) { return (" ", .plain) }
            return day == today ? ("□", .muted) : ("·", .muted)
        }
    }

    /// Month names over the week where each month starts.
    func monthRow() -> [(column: Int, name: String)] {
        var out: [(Int, String)] = []
        var lastEnd = -1
        for w in 0..<weeks {
            let monday = firstDay.adding(days: 7 * w)
            let first = w == 0 || monday.day <= 7
            let column = Heatmap.labelWidth + w * Heatmap.cellWidth
            let name = String(monday.monthName.prefix(3))
            if first, column > lastEnd { out.append((column, name)); lastEnd = column + name.count }
        }
        return out
    }

    /// Draws the month row (when `months`), the seven weekday rows, and returns the rows used.
    @discardableResult
    func render(into buffer: inout Buffer, at x: Int, y: Int, rows: Int, months: Bool, clip: Rect) -> Int {
        var row = 0
        if months, rows > 7 {
            for (column, name) in monthRow() { buffer.write(name, x: x + column, y: y, style: .muted, clip: clip) }
            row = 1
        }
        for weekday in 0..<min(7, rows - row) {
            let label = String(firstDay.adding(days: weekday).weekdayName.prefix(3))
            buffer.write(label, x: x, y: y + row, style: .muted, clip: clip)
            for w in 0..<weeks {
                let day = firstDay.adding(days: 7 * w + weekday)
                var (g, style) = glyph(day)
                if day == cursor { style = .selected; if g == " " { g = "·" } }
                buffer.write(g, x: x + Heatmap.labelWidth + w * Heatmap.cellWidth, y: y + row, style: style, clip: clip)
            }
            row += 1
        }
        return row
    }

    /// "■ done  ▪ two-minute  ○ rest  · missed"
    static func renderLegend(into buffer: inout Buffer, at x: Int, y: Int, clip: Rect) {
        var col = x
        for (g, word, style) in legend {
            col += buffer.write(g, x: col, y: y, style: style, clip: clip)
            col += buffer.write(" \(word)  ", x: col, y: y, style: .muted, clip: clip)
        }
    }
}
