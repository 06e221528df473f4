/// keel's one set of small charts, drawn with text: readable in monochrome
/// and at 40 columns. Bars fill in eighths of a cell; columns stack block
/// characters; a spark is one block per count; progress is a thin rule.
public enum Chart {
    static let eighths = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"]
    static let levels = [" ", "▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]

    /// A horizontal bar of `value` out of `total`, `width` cells at most, in eighths.
    public static func bar(_ value: Double, of total: Double, width: Int) -> String {
        guard width > 0, total > 0 else { return "" }
        let e = Int((max(0, min(value, total)) / total * Double(width * 8)).rounded())
        return String(repeating: "█", count: e / 8) + eighths[e % 8]
    }

    /// Columns of block characters, `height` rows tall, for values 0...`top`.
    /// Each value is one column; negative values show as an empty column.
    public static func columns(_ values: [Int], top: Int, height: Int, gap: Bool) -> [String] {
        guard height > 0, top > 0 else { return [] }
        return (0..<height).map { row in
            let floor = Double(height - 1 - row) * 8
            var line = ""
            for v in values {
                let filled = Double(max(0, v)) / Double(top) * Double(height * 8) - floor
                line += levels[Int(max(0, min(8, filled.rounded())))]
                if gap { line += " " }
            }
            return line
        }
    }

    /// Columns with their scale: the top value beside the first row and 0
    /// beside a baseline under them, so the height reads as a number.
    public static func scaledColumns(_ values: [Int], top: Int, height: Int) -> [String] {
        let labelWidth = max(2, String(top).count)
        func label(_ s: String) -> String { String(repeating: " ", count: labelWidth - s.count) + s + " " }
        let rows = columns(values, top: top, height: height, gap: true)
        guard !rows.isEmpty else { return [] }
        let blank = String(repeating: " ", count: labelWidth + 1)
        return rows.enumerated().map { (i, row) in (i == 0 ? label(String(top)) : blank) + row }
            + [label("0") + String(repeating: "─", count: values.count * 2)]
    }

    /// How many columns `scaledColumns` has room for in `width` cells.
    public static func columnsThatFit(top: Int, width: Int) -> Int { max(1, (width - max(2, String(top).count) - 1) / 2) }

    /// A row of small blocks, one per count; a dot for none.
    public static func spark(_ counts: [Int]) -> String {
        let top = max(1, counts.max() ?? 1)
        return counts.map { $0 == 0 ? "·" : levels[max(1, Int((Double($0) / Double(top) * 8).rounded()))] }.joined()
    }

    /// How many of `width` cells a thin progress rule fills for `done` of `total`.
    public static func progressCells(_ done: Int, of total: Int, width: Int) -> Int {
        max(0, min(width, Int((Double(width) * Double(done) / Double(max(total, 1))).rounded())))
    }
}

extension Buffer {
    /// A horizontal bar of `value` out of `total`, in eighths of a cell.
    public mutating func bar(value: Double, total: Double, x: Int, y: Int, width: Int, style: Style = .accent) {
        write(Chart.bar(value, of: total, width: width), x: x, y: y, style: style)
    }

    /// A thin rule, `━` for what is done and `─` for what is left.
    public mutating func progress(_ done: Int, of total: Int, x: Int, y: Int, width: Int) {
        guard width > 0 else { return }
        let filled = Chart.progressCells(done, of: total, width: width)
        write(String(repeating: "━", count: filled), x: x, y: y, style: .accent)
        write(String(repeating: "─", count: width - filled), x: x + filled, y: y, style: .muted)
    }
}
