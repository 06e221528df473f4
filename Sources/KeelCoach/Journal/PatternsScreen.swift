import KeelStore
import KeelTerminal

/// Patterns across the journal: thinking traps month by month with the
/// trend in words, the sting before and after and how much each practice
/// eased it, and which circles the stings came from.
struct PatternsScreen: Screen {
    let patterns: JournalPatterns
    /// The day of the month today: in its first week, the trends say they weigh whole months.
    let dayOfMonth: Int
    var scroll = ScrollState()

    init(_ ctx: Context) {
        // Only the months shown are read, not years of journal.
        dayOfMonth = ctx.today.day
        let shown = ctx.records(JournalEntry.self, madeOn: JournalPatterns.windowStart(today: ctx.today)...ctx.today)
        patterns = JournalPatterns(
            entries: shown, today: ctx.today, calendar: ctx.calendar,
            traps: ctx.content.catalog("thinking-traps"), circles: ctx.store.all(BelongingCircle.self))
    }

    var title: String { "Journal · Patterns" }
    var hints: [KeyHint] { [KeyHint("↑↓", "scroll"), Hints.back, Hints.crisis] }
    var help: Help {
        Help(
            "Patterns",
            [
                "What your journal adds up to over the last six months.",
                "Thinking traps: how often each was ticked, month by month (· is none), with the first month and this one in words.",
                "The sting: its average before and after a practice, by month, and how much each practice eased it, one column each, oldest first.",
                "Circles: where the stings came from, when you said.",
            ])
    }

    mutating func handle(_ key: Key, _ ctx: Context) -> Transition {
        return scroll.handle(key) ? .stay : .unhandled
    }

    func lines(width: Int) -> [(String, Style)] {
        var out: [(String, Style)] = []
        func heading(_ s: String) { out += [(s, .title)] }
        func para(_ s: String, _ style: Style = .plain) { out += Wrap.lines(s, width: width).map { ($0, style) } }
        let p = patterns
        let span = "\(p.months.first!.shortName) to \(p.months.last!.shortName)"

        heading("Thinking traps, \(span)")
        if p.traps.isEmpty {
            para("None ticked in these months yet. A reframe asks about them.", .muted)
        } else {
            if dayOfMonth <= 7, let month = p.months.last {
                para("\(month.monthName) has only just begun, so the words below weigh whole months.", .muted)
            }
            let labelWidth = min(24, max(10, width - p.months.count - 2))
            para("One mark a month, oldest first: · is none, █ the trap's busiest month.", .muted)
            out.append((String(repeating: " ", count: labelWidth + 1) + p.months.map { String($0.monthName.prefix(1)) }.joined(), .muted))
            for t in p.traps {
                out.append((DisplayWidth.pad(DisplayWidth.truncate(t.label, to: labelWidth), to: labelWidth) + " " + Chart.spark(t.counts), .strong))
                out += Wrap.lines(p.trend(t), width: max(1, width - 2)).map { ("  " + $0, Style.muted) }  // indented as a whole
            }
        }
        out.append(("", .plain))

        heading("The sting, before and after")
        if p.stings.isEmpty {
            para("No practice with a sting rated before and after in these months yet.", .muted)
        } else {
            let barWidth = max(4, min(30, width - 17))
            para("The average sting by month, 0 to 10.", .muted)
            for s in p.stings {
                out.append(
                    (
                        "\(s.month.shortName)  before " + DisplayWidth.pad(Chart.bar(s.before, of: 10, width: barWidth), to: barWidth) + " "
                            + oneDecimal(s.before), .warm
                    ))
                out.append(("     after  " + DisplayWidth.pad(Chart.bar(s.after, of: 10, width: barWidth), to: barWidth) + " " + oneDecimal(s.after), .calm))
            }
        }
        if !p.eased.isEmpty {
            out.append(("", .plain))
            heading("How much each one eased it")
            let top = max(1, p.eased.max() ?? 1)
            let shown = Array(p.eased.suffix(Chart.columnsThatFit(top: top, width: width)))
            let rows = Chart.scaledColumns(shown, top: top, height: 4)
            out += rows.dropLast().map { ($0, Style.accent) } + rows.suffix(1).map { ($0, Style.muted) }
            let which =
                shown.count == 1
                ? "the practice" : shown.count < p.eased.count ? "each of the last \(shown.count) practices, oldest first" : "each practice, oldest first"
            para("One column for \(which): how many points the sting eased, up to \(top); none where it didn't.", .muted)
            let average = Double(p.eased.reduce(0, +)) / Double(p.eased.count)
            let helped = p.eased.filter { $0 > 0 }.count
            para(
                p.eased.count == 1
                    ? "After your one practice, the sting eased by \(p.eased[0])."
                    : "Across \(p.eased.count) practices the sting eased by \(oneDecimal(average)) on average; \(helped) brought it down.", .plain)
        }
        out.append(("", .plain))

        heading("Where the stings came from")
        if p.circles.isEmpty {
            para("No circle named yet. With circles on your map, a reframe asks where it happened.", .muted)
        } else {
            let top = p.circles.first!.count
            para("How many stings came from each circle.", .muted)
            let nameWidth = min(18, p.circles.map { DisplayWidth.of($0.name) }.max() ?? 4)
            let barWidth = max(3, min(24, width - nameWidth - 6))
            for c in p.circles {
                out.append(
                    (
                        DisplayWidth.pad(DisplayWidth.truncate(c.name, to: nameWidth), to: nameWidth) + " "
                            + Chart.bar(Double(c.count), of: Double(top), width: barWidth) + " \(c.count)", .plain
                    ))
            }
        }
        return out
    }

    func render(into buffer: inout Buffer, in area: Rect, _ ctx: Context) {
        ScrollText(lines: lines(width: area.width), scroll: scroll).render(into: &buffer, in: area)
    }
}
