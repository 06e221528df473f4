import KeelStore
import KeelTerminal

/// What the numbers say: discomfort expected against discomfort felt for
/// every step faced, drawn as a chart with the average gap in words; how
/// often the feared thing came true; how far up each ladder over time.
struct LearningScreen: Screen {
    let figures: ExposureFigures
    var scroll = ScrollState()

    init(_ ctx: Context) {
        figures = ExposureFigures(ExposureWorld.load(ctx.store))
    }

    var title: String { "Step ladder · what the numbers say" }
    var hints: [KeyHint] { [KeyHint("↑↓", "scroll"), Hints.back, Hints.help] }
    var help: Help {
        Help(
            "What the numbers say",
            [
                "Each row is one step you faced: ● is the discomfort you expected beforehand, ○ what you felt, on a scale from 0 to 10, joined by a line. Where they meet, ◉. The numbers at the end say the same: expected, then felt.",
                "The gap in words is the average of expected minus felt across every step with both numbers.",
                "The feared thing counts the steps where you answered whether it came true.",
                "How far up: after each step faced, the highest step you had reached on that ladder, one column each, oldest on the left; the number at the top is the ladder's height, 0 its foot.",
            ])
    }

    mutating func handle(_ key: Key, _ ctx: Context) -> Transition {
        return scroll.handle(key) ? .stay : .unhandled
    }

    func render(into buffer: inout Buffer, in area: Rect, _ ctx: Context) {
        ScrollText(lines: LearningLines.all(figures, width: area.width), scroll: scroll).render(into: &buffer, in: area)
    }
}

/// The learning page as lines of text, so it scrolls and reads in monochrome.
enum LearningLines {
    static func all(_ f: ExposureFigures, width: Int) -> [(String, Style)] {
        var out: [(String, Style)] = []
        func para(_ s: String, _ style: Style = .plain) { out += Wrap.lines(s, width: width).map { ($0, style) } }

        out.append(("Expected and felt", .title))
        if f.pairs.isEmpty {
            para("No step with both numbers yet. After a step, rate how it really felt.", .muted)
        } else {
            para("Discomfort: 0 is none, 10 the most.", .muted)
            out += chart(f.pairs, width: width)
            para(legend(f.pairs, width: width), .muted)
            if let words = f.gapWords { para(words) }
        }
        out.append(("", .plain))
        out.append(("The feared thing", .title))
        para(f.fearWords ?? "Not answered yet: after a step, say whether what you feared came true.", f.fearWords == nil ? .muted : .plain)
        out.append(("", .plain))
        out.append(("How far up", .title))
        if f.climbs.isEmpty { para("No ladder climbed yet.", .muted) }
        for (n, c) in f.climbs.enumerated() {
            if n > 0 { out.append(("", .plain)) }
            para(c.goal, .strong)
            let top = max(1, c.total)
            let shown = Array(c.reached.suffix(Chart.columnsThatFit(top: top, width: width)))
            let rows = Chart.scaledColumns(shown.map(\.rung), top: top, height: 3)
            out += rows.dropLast().map { ($0, Style.accent) } + rows.suffix(1).map { ($0, Style.muted) }
            let times =
                shown.count == 1
                ? "One column for the time you faced a step"
                : shown.count < c.reached.count
                    ? "One column for each of the last \(shown.count) times you faced a step, oldest first"
                    : "One column for each time you faced a step, oldest first"
            para("\(times): how far up you had got by then, from 0 to \(c.total), the top step.", .muted)
            para(ExposureFigures.climbWords(c))
        }
        return out
    }

    /// One row per step faced: its label, then ● expected and ○ felt on a 0-10 scale, joined by a line.
    static func chart(_ pairs: [ExposureFigures.Pair], width: Int) -> [(String, Style)] {
        let scaleWidth = LearningLines.scaleWidth(width)
        let perPoint = scaleWidth == 21 ? 2 : 1
        let labelWidth = max(6, min(28, width - scaleWidth - 9))
        var out: [(String, Style)] = []
        let pad = String(repeating: " ", count: labelWidth + 1)
        out.append(
            (
                pad + "0" + String(repeating: " ", count: scaleWidth / 2 - 1) + "5" + String(repeating: " ", count: scaleWidth - scaleWidth / 2 - 2) + "10",
                .muted
            ))
        for p in pairs {
            var cells = Array(repeating: Character(" "), count: scaleWidth)
            let e = p.expected * perPoint, f = p.actual * perPoint
            for x in min(e, f)...max(e, f) { cells[x] = "─" }
            cells[e] = "●"
            cells[f] = e == f ? "◉" : "○"
            let label = DisplayWidth.pad(DisplayWidth.truncate(p.situation, to: labelWidth), to: labelWidth)
            let day = width >= 70 ? "  \(p.day.dayAndMonth)" : ""
            out.append((label + " " + String(cells) + "  " + DisplayWidth.pad("\(p.expected)→\(p.actual)", to: 5) + day, .plain))
        }
        return out
    }

    /// Names every mark the chart above uses, and only those.
    static func legend(_ pairs: [ExposureFigures.Pair], width: Int) -> String {
        let perPoint = scaleWidth(width) == 21 ? 2 : 1
        var marks: [String] = []
        if pairs.contains(where: { $0.expected != $0.actual }) { marks += ["● expected", "○ felt"] }
        if pairs.contains(where: { $0.expected == $0.actual }) { marks.append("◉ both the same") }
        if pairs.contains(where: { abs($0.gap) * perPoint > 1 }) { marks.append("─ the gap") }
        let example = pairs.first.map { "; \($0.expected)→\($0.actual) is expected, then felt" } ?? ""
        return marks.joined(separator: "  ") + example + "."
    }

    /// Two columns a point when there is room, or one.
    static func scaleWidth(_ width: Int) -> Int { width >= 60 ? 21 : 11 }
}
