import Synchronization

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
        let large = paragraphs.reduce(0) { $0 + $1.0.utf8.count } >= LastLargeWrap.threshold
        if large, let kept = LastLargeWrap.lines(for: paragraphs, width: width) { return kept }
        let lines = paragraphs.flatMap { text, style in Wrap.lines(text, width: width).map { ($0, style) } }
        if large { LastLargeWrap.keep(paragraphs, width: width, lines: lines) }
        return lines
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

/// The last wrap of a large text (a pasted megabyte), kept: a screen showing
/// it renders on every key, and wrapping it anew each time would take longer
/// than a frame. Asking again with the same strings costs one comparison per
/// paragraph, as a string compared with itself is equal at a glance.
enum LastLargeWrap {
    static let threshold = 32 * 1024

    private struct Kept: Sendable {
        var paragraphs: [(String, Style)]
        var width: Int
        var lines: [(String, Style)]
    }

    private static let kept = Mutex<Kept?>(nil)

    static func lines(for paragraphs: [(String, Style)], width: Int) -> [(String, Style)]? {
        kept.withLock { kept in
            guard let k = kept, k.width == width, k.paragraphs.count == paragraphs.count,
                zip(k.paragraphs, paragraphs).allSatisfy({ $0.0 == $1.0 && $0.1 == $1.1 })
            else { return nil }
            return k.lines
        }
    }

    static func keep(_ paragraphs: [(String, Style)], width: Int, lines: [(String, Style)]) {
        kept.withLock { $0 = Kept(paragraphs: paragraphs, width: width, lines: lines) }
    }
}
