/// Lines of styled text in a fixed area, scrolled from the top, with a quiet
/// marker on the last row when more lies below.
public struct ScrollText {
    public var lines: [(String, Style)]
    public var scroll: ScrollState

    public init(lines: [(String, Style)], scroll: ScrollState) {
        self.lines = lines
        self.scroll = scroll
    }

    public init(lines: [(String, Style)], offset: Int) {
        self.init(lines: lines, scroll: ScrollState(offset: offset))
    }

    /// Wraps paragraphs to `width`; each paragraph keeps its style.
    public static func wrap(_ paragraphs: [(String, Style)], width: Int) -> [(String, Style)] {
        paragraphs.flatMap { text, style in Wrap.lines(text, width: width).map { ($0, style) } }
    }

    /// The furthest it makes sense to scroll.
    public static func maxOffset(lines: Int, rows: Int) -> Int { max(0, lines - rows) }

    public func render(into buffer: inout Buffer, in rect: Rect) {
        guard !rect.isEmpty else { return }
        let first = scroll.firstLine(of: lines.count, rows: rect.height)
        let more = first + rect.height < lines.count
        let shown = more ? rect.height - 1 : rect.height
        for (i, (text, style)) in lines.dropFirst(first).prefix(shown).enumerated() {
            buffer.write(text, in: rect, row: i, style: style)
        }
        if more { buffer.write("↓ more (j or ↓)", in: rect, row: rect.height - 1, style: .muted) }
    }
}
