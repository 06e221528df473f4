/// Where a reading page is scrolled to, kept from running past the end:
/// each drawing tells it how far the page can go (`ScrollText`), and keys
/// move it only that far, so ↑ after many ↓ moves the page at once (bubbles'
/// viewport `SetYOffset`, Ratatui's `ListState` offset).
public struct ScrollState: Equatable {
    public private(set) var offset: Int
    /// The furthest offset that still fills the page, as last drawn; shared
    /// by copies, since it describes the drawing, not the state.
    private let reach = Reach()

    final class Reach {
        var furthest: Int?
    }

    public init(offset: Int = 0) { self.offset = max(0, offset) }

    public static func == (a: ScrollState, b: ScrollState) -> Bool { a.offset == b.offset }

    /// The furthest the last drawing allowed, or nil before the first.
    public var furthest: Int? { reach.furthest }

    /// Moves to `offset`, kept between the top and the furthest known.
    public mutating func scroll(to offset: Int) {
        self.offset = max(0, min(offset, reach.furthest ?? offset))
    }

    public mutating func scroll(by lines: Int) { scroll(to: offset + lines) }

    /// The keys that scroll a page of text: ↑↓ or j k by a line, Page Up and
    /// Down by ten, Home to the top. False when the key doesn't scroll.
    public mutating func handle(_ key: Key) -> Bool {
        switch key {
        case .down, .char("j"): scroll(by: 1)
        case .up, .char("k"): scroll(by: -1)
        case .pageDown: scroll(by: 10)
        case .pageUp: scroll(by: -10)
        case .home: scroll(to: 0)
        default: return false
        }
        return true
    }

    /// Called while drawing `lines` of text in `rows` rows: notes how far
    /// the page can go and returns the first line to show (at once within
    /// the page when it got shorter, in a wider window).
    public func firstLine(of lines: Int, rows: Int) -> Int {
        let furthest = ScrollText.maxOffset(lines: lines, rows: rows)
        reach.furthest = furthest
        return min(offset, furthest)
    }
}
