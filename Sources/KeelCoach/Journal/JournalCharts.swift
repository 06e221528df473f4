import KeelStore
import KeelTerminal

/// Small charts drawn with text, readable in monochrome and at 40 columns.
enum JournalCharts {
    static let eighths = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"]
    static let levels = [" ", "▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]

    /// A horizontal bar of `value` out of `total`, `width` cells at most, in eighths.
    static func bar(_ value: Double, of total: Double, width: Int) -> String {
        guard width > 0, total > 0 else { return "" }
        let e = Int((max(0, min(value, total)) / total * Double(width * 8)).rounded())
        return String(repeating: "█", count: e / 8) + eighths[e % 8]
    }

    /// Columns of block characters, `height` rows tall, for values 0...`top`.
    /// Each value is one column; negative values show as an empty column.
    static func columns(_ values: [Int], top: Int, height: Int, gap: Bool) -> [String] {
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

    /// A row of small blocks, one per month, for a count.
    static func spark(_ counts: [Int]) -> String {
        let top = max(1, counts.max() ?? 1)
        return counts.map { $0 == 0 ? "·" : levels[max(1, Int((Double($0) / Double(top) * 8).rounded()))] }.joined()
    }

    static func number(_ v: Double) -> String {
        plainNumber((v * 10).rounded() / 10)
    }
}
