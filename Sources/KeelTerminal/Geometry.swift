/// Terminal geometry in cells: columns across, rows down, origin top-left.
public struct Size: Hashable, Sendable, CustomStringConvertible {
    public var width: Int
    public var height: Int
    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
    }
    public var description: String { "\(width)x\(height)" }
}

public struct Point: Hashable, Sendable {
    public var x: Int
    public var y: Int
    public init(x: Int, y: Int) { self.x = x; self.y = y }
}

/// A rectangle of cells. Layout is done by carving rectangles out of others,
/// as Ratatui does with constraints: top/bottom strips, insets, columns.
public struct Rect: Hashable, Sendable {
    public var x: Int
    public var y: Int
    public var width: Int
    public var height: Int

    public init(x: Int, y: Int, width: Int, height: Int) {
        self.x = x
        self.y = y
        self.width = max(0, width)
        self.height = max(0, height)
    }

    public init(size: Size) { self.init(x: 0, y: 0, width: size.width, height: size.height) }

    public var maxX: Int { x + width }
    public var maxY: Int { y + height }
    public var isEmpty: Bool { width == 0 || height == 0 }

    public func inset(by amount: Int) -> Rect { inset(horizontal: amount, vertical: amount) }

    public func inset(horizontal: Int, vertical: Int) -> Rect {
        Rect(x: x + horizontal, y: y + vertical, width: width - 2 * horizontal, height: height - 2 * vertical)
    }

    /// The first `rows` rows (or fewer when there aren't that many).
    public func top(_ rows: Int) -> Rect { Rect(x: x, y: y, width: width, height: min(rows, height)) }
    public func bottom(_ rows: Int) -> Rect {
        let h = min(rows, height)
        return Rect(x: x, y: maxY - h, width: width, height: h)
    }
    /// What is left below the first `rows` rows.
    public func droppingTop(_ rows: Int) -> Rect {
        let h = min(rows, height)
        return Rect(x: x, y: y + h, width: width, height: height - h)
    }
    public func droppingBottom(_ rows: Int) -> Rect {
        Rect(x: x, y: y, width: width, height: height - min(rows, height))
    }
    public func left(_ columns: Int) -> Rect { Rect(x: x, y: y, width: min(columns, width), height: height) }

    /// A rectangle of at most the given size centred in this one.
    public func centered(width w: Int, height h: Int) -> Rect {
        let cw = min(w, width), ch = min(h, height)
        return Rect(x: x + (width - cw) / 2, y: y + (height - ch) / 2, width: cw, height: ch)
    }

    /// One row of this rectangle, or an empty rect when out of range.
    public func row(_ index: Int) -> Rect {
        guard index >= 0, index < height else { return Rect(x: x, y: maxY, width: width, height: 0) }
        return Rect(x: x, y: y + index, width: width, height: 1)
    }

    /// Splits into columns of the given widths; the last column takes what is left.
    public func columns(_ widths: [Int], gap: Int = 1) -> [Rect] {
        var result: [Rect] = []
        var cursor = x
        for (i, w) in widths.enumerated() {
            let isLast = i == widths.count - 1
            let width = isLast ? maxX - cursor : min(w, maxX - cursor)
            result.append(Rect(x: cursor, y: y, width: width, height: height))
            cursor += width + gap
        }
        return result
    }
}
