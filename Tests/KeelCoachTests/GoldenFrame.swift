import Foundation
import KeelTerminal

/// A rendered frame as a golden file keeps it: the size (and the cursor, when
/// one is shown), the text of each row, then one style mask per row with a
/// legend for its symbols, like Ratatui's expected buffers with their styles.
///
///     80x24 cursor 12,4
///      keel · Home
///     ... one line per row, trailing spaces trimmed
///     styles: T accent bold, m muted dim, S bold reverse
///     TTTTTTTTTTT
///     ... one symbol per cell, trailing plain cells trimmed
///
/// The common styles have fixed symbols, so a change shows as a change of
/// symbol; any other style is numbered in order of first appearance.
struct GoldenFrame: Equatable {
    var header: String
    var text: [String]
    var legend: String
    var styles: [String]

    static let fixed: [(Character, Style)] = [
        ("T", .title), ("B", .strong), ("m", .muted), ("a", .accent), ("c", .calm),
        ("w", .warm), ("g", .good), ("!", .alert), ("S", .selected),
    ]
    static let spare = Array("123456789ABCDEFGHIJKLMNOPQRUVWXYZ")

    init(header: String, text: [String], legend: String, styles: [String]) {
        self.header = header
        self.text = text
        self.legend = legend
        self.styles = styles
    }

    init(_ frame: Buffer) {
        var symbols: [Style: Character] = [.plain: "."]
        for (symbol, style) in Self.fixed { symbols[style] = symbol }
        var used: [(Character, Style)] = []
        var usedSymbols: Set<Character> = []
        var spares = 0
        var masks: [String] = []
        for y in 0..<frame.size.height {
            var mask = ""
            for x in 0..<frame.size.width {
                let style = frame[x, y].style
                let symbol: Character
                if let s = symbols[style] {
                    symbol = s
                } else {
                    symbol = Self.spare[min(spares, Self.spare.count - 1)]
                    spares += 1
                    symbols[style] = symbol
                }
                if style != .plain, usedSymbols.insert(symbol).inserted { used.append((symbol, style)) }
                mask.append(symbol)
            }
            while mask.last == "." { mask.removeLast() }
            masks.append(mask)
        }
        var header = "\(frame.size.width)x\(frame.size.height)"
        if let c = frame.cursor { header += " cursor \(c.x),\(c.y)" }
        let legend = used.sorted { $0.0 < $1.0 }.map { "\($0.0) \(Self.describe($0.1))" }.joined(separator: ", ")
        self.init(header: header, text: frame.lines, legend: "styles: " + legend, styles: masks)
    }

    /// A style in words: its tint, then its attributes.
    static func describe(_ style: Style) -> String {
        var words: [String] = []
        if let tint = style.tint { words.append("\(tint)") }
        if style.bold { words.append("bold") }
        if style.dim { words.append("dim") }
        if style.italic { words.append("italic") }
        if style.underline { words.append("underline") }
        if style.reverse { words.append("reverse") }
        return words.isEmpty ? "plain" : words.joined(separator: " ")
    }

    var file: String {
        ([header] + text + [legend] + styles).joined(separator: "\n") + "\n"
    }

    /// Reads a golden file back; nil when it is not in this shape.
    init?(file: String) {
        var lines = file.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.last == "" { lines.removeLast() }
        guard let header = lines.first,
            let height = header.split(separator: " ").first?.split(separator: "x").last.flatMap({ Int($0) }),
            lines.count == 2 + 2 * height, lines[1 + height].hasPrefix("styles:")
        else { return nil }
        self.init(
            header: header, text: Array(lines[1...height]), legend: lines[1 + height],
            styles: Array(lines[(2 + height)...]))
    }

    /// What differs from `expected`, one line per difference, rows counted from 0.
    func differences(from expected: GoldenFrame) -> [String] {
        var out: [String] = []
        if header != expected.header { out.append("size: expected \(expected.header), got \(header)") }
        for y in 0..<max(text.count, expected.text.count) {
            let e = y < expected.text.count ? expected.text[y] : "(none)"
            let g = y < text.count ? text[y] : "(none)"
            if e != g { out.append("row \(y) text:\n  expected \"\(e)\"\n  got      \"\(g)\"") }
        }
        if legend != expected.legend { out.append("legend: expected \"\(expected.legend)\", got \"\(legend)\"") }
        for y in 0..<max(styles.count, expected.styles.count) {
            let e = y < expected.styles.count ? expected.styles[y] : "(none)"
            let g = y < styles.count ? styles[y] : "(none)"
            if e != g { out.append("row \(y) styles:\n  expected \"\(e)\"\n  got      \"\(g)\"") }
        }
        return out
    }
}

/// Golden files live beside the tests, one per frame, named
/// `<screen>-<state>-<width>x<height>.txt` in kebab case.
/// `KEEL_RECORD_GOLDENS=1 swift test` writes every compared frame instead of
/// checking it, so a deliberate change of look is re-recorded in one command
/// and reviewed as a diff of these files.
enum GoldenFiles {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Goldens").path

    static var recording: Bool { ProcessInfo.processInfo.environment["KEEL_RECORD_GOLDENS"] == "1" }

    static func path(_ name: String) -> String { folder + "/" + name + ".txt" }

    static func read(_ name: String) -> GoldenFrame? {
        guard let text = try? String(contentsOfFile: path(name), encoding: .utf8) else { return nil }
        return GoldenFrame(file: text)
    }

    static func write(_ frame: GoldenFrame, _ name: String) throws {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try frame.file.write(toFile: path(name), atomically: true, encoding: .utf8)
    }
}
