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
            // Only a planned day can be missed: a weekday habit's weekend and
            // every day of an "N times a week" habit stay blank.
            guard hasPlannedDays, schedule.isPlanned(day) else { return (" ", .plain) }
            return day == today ? ("□", .muted) : ("·", .muted)
        }
    }

    /// Whether the habit has days set aside for it (daily and weekday habits).
    var hasPlannedDays: Bool {
        if case .perWeek = schedule { return false }
        return true
    }

    /// Month names over the week holding each month's 1st (the week of Mon
    /// 30 Nov is December's first: its last day is within the first seven). The first column is named too when it
    /// starts no month, if its name leaves room for the next.
    func monthRow() -> [(column: Int, name: String)] {
        func column(_ w: Int) -> Int { Heatmap.labelWidth + w * Heatmap.cellWidth }
        func name(_ day: CivilDate) -> String { String(day.monthName.prefix(3)) }
        var out: [(Int, String)] = []
        for w in 0..<weeks {
            let last = firstDay.adding(days: 7 * w + 6)
            if last.day <= 7 { out.append((column(w), name(last))) }
        }
        if out.first?.0 != column(0) {
            let label = name(firstDay)
            if out.first.map({ $0.0 > column(0) + label.count }) ?? true { out.insert((column(0), label), at: 0) }
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

    /// "■ done  ▪ two-minute  ○ rest  · missed" ("missed" only for a habit with planned days).
    func renderLegend(into buffer: inout Buffer, at x: Int, y: Int, clip: Rect) {
        var col = x
        for (g, word, style) in Heatmap.legend where hasPlannedDays || word != "missed" {
            col += buffer.write(g, x: col, y: y, style: style, clip: clip)
            col += buffer.write(" \(word)  ", x: col, y: y, style: .muted, clip: clip)
        }
    }
}
