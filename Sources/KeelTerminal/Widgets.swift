/// Widgets are throwaway values drawn into a Buffer each frame; the state
/// they show (which row is selected, what was typed) lives in the screen.

/// One key and what it does, for footers and help.
public struct KeyHint: Hashable, Sendable {
    public var key: String
    public var action: String
    public init(_ key: String, _ action: String) {
        self.key = key
        self.action = action
    }
}

extension Buffer {
    /// The footer: as many hints as fit, in order, keys in bold.
    /// The keys that work here, in the order given. When they don't all fit,
    /// the last ones go first, but never one in `kept` (help now, the way
    /// out): a narrow window loses the extras, not the keys that matter most.
    /// (`kept` is an array: the first Set of hints cost the runtime a search
    /// of every conformance in the binary, on the first frame.)
    public mutating func footer(_ hints: [KeyHint], keeping kept: [KeyHint] = [], in rect: Rect) {
        guard rect.height > 0 else { return }
        func width(_ h: KeyHint) -> Int { DisplayWidth.of(h.key) + 1 + DisplayWidth.of(h.action) }
        var shown = hints
        var total = shown.reduce(0) { $0 + width($1) } + 2 * max(0, shown.count - 1)
        while total > rect.width, let i = shown.lastIndex(where: { !kept.contains($0) }) {
            total -= width(shown[i]) + (shown.count > 1 ? 2 : 0)
            shown.remove(at: i)
        }
        // When all that is left fits, each hint does (nothing is measured twice).
        let fits = total <= rect.width
        var x = rect.x
        for hint in shown {
            if !fits, x + width(hint) > rect.maxX { break }
            x += write(hint.key, x: x, y: rect.y, style: .key, clip: rect)
            x += write(" ", x: x, y: rect.y, style: .muted, clip: rect)
            x += write(hint.action, x: x, y: rect.y, style: .muted, clip: rect)
            x += 2
        }
    }

    /// A box with a title in its top edge; returns the inside.
    @discardableResult
    public mutating func frame(_ rect: Rect, title: String? = nil, style: Style = .muted) -> Rect {
        guard rect.width >= 2, rect.height >= 2 else { return rect }
        let horizontal = String(repeating: "─", count: rect.width - 2)
        write("┌" + horizontal + "┐", x: rect.x, y: rect.y, style: style)
        write("└" + horizontal + "┘", x: rect.x, y: rect.maxY - 1, style: style)
        for y in (rect.y + 1)..<(rect.maxY - 1) {
            write("│", x: rect.x, y: y, style: style)
            write("│", x: rect.maxX - 1, y: y, style: style)
        }
        if let title, rect.width > 6 {
            write(" " + DisplayWidth.truncate(title, to: rect.width - 6) + " ", x: rect.x + 2, y: rect.y, style: .title)
        }
        return rect.inset(by: 1)
    }
}

/// A vertical list with one highlighted row, scrolled to keep it in view.
/// The marker "›" shows the choice without colour.
public struct MenuView {
    public struct Item: Sendable {
        public var label: String
        public var detail: String
        public var badge: String
        /// Columns a wrapped label's later lines start in from its first, so
        /// words line up under the text rather than under a leading mark.
        public var hang: Int
        public init(_ label: String, detail: String = "", badge: String = "", hang: Int = 0) {
            self.label = label
            self.detail = detail
            self.badge = badge
            self.hang = hang
        }
    }

    public var items: [Item]
    public var selected: Int
    /// Width of the label column; details line up after it.
    public var labelWidth: Int?
    /// The selected row is drawn whole: a label or detail too long for its
    /// column wraps onto the rows under it, so nothing chosen is hidden.
    public var wrapsSelected: Bool

    public init(items: [Item], selected: Int, labelWidth: Int? = nil, wrapsSelected: Bool = false) {
        self.items = items
        self.selected = selected
        self.labelWidth = labelWidth
        self.wrapsSelected = wrapsSelected
    }

    /// Where each part of a row goes in `rect`: the label's columns, the
    /// detail's start and width (after the label column, short of the badge).
    struct Columns {
        var label: Int
        var detailX: Int
        var detail: Int
    }

    func labelColumn(in rect: Rect) -> Int {
        labelWidth ?? min(rect.width / 2, (items.map { DisplayWidth.of($0.label) }.max() ?? 0) + 2)
    }

    func columns(of item: Item, in rect: Rect) -> Columns {
        let badgeRoom = item.badge.isEmpty ? 0 : DisplayWidth.of(item.badge) + 1
        // A row with no detail has no second column: its label may use the row up to its badge.
        let label = item.detail.isEmpty ? max(0, rect.width - 2 - badgeRoom) : min(labelColumn(in: rect), rect.width - 2)
        let detailX = rect.x + 2 + labelColumn(in: rect) + 1
        return Columns(label: label, detailX: detailX, detail: max(0, rect.maxX - detailX - badgeRoom))
    }

    /// Columns a detail has in `rect` (rows without a badge), so a caller
    /// can pick a shorter wording before anything is cut.
    public func detailWidth(in rect: Rect) -> Int {
        columns(of: Item("", detail: " "), in: rect).detail
    }

    /// The selected row's label and detail, in as many lines as each needs.
    func wrapped(_ item: Item, in rect: Rect) -> (label: [String], detail: [String]) {
        let c = columns(of: item, in: rect)
        let label = c.label > 1 ? MenuView.hanging(item.label, width: c.label, hang: item.hang) : [item.label]
        let detail = item.detail.isEmpty ? [] : (c.detail > 1 ? Wrap.lines(item.detail, width: c.detail) : [item.detail])
        return (label, detail)
    }

    /// A label wrapped to `width`, its later lines to `width - hang` (they
    /// are drawn `hang` columns in).
    static func hanging(_ label: String, width: Int, hang: Int) -> [String] {
        let lines = Wrap.lines(label, width: width)
        guard hang > 0, width - hang > 1, lines.count > 1, label.hasPrefix(lines[0]) else { return lines }
        let rest = label.dropFirst(lines[0].count).drop { $0 == " " }
        return [lines[0]] + Wrap.lines(String(rest), width: width - hang)
    }

    /// Rows the selected item takes: one, or more when it wraps (leaving a row for one other item).
    func selectedHeight(in rect: Rect) -> Int {
        guard wrapsSelected, items.indices.contains(selected), rect.height > 1 else { return 1 }
        let w = wrapped(items[selected], in: rect)
        return max(1, min(max(w.label.count, w.detail.count), rect.height - (items.count > 1 ? 1 : 0)))
    }

    /// Rows the whole list would take at `width`, the selected row wrapped when it wraps.
    public func rowsNeeded(width: Int) -> Int {
        let rect = Rect(x: 0, y: 0, width: width, height: Int.max / 2)
        return items.count + selectedHeight(in: rect) - 1
    }

    public func render(into buffer: inout Buffer, in rect: Rect) {
        guard !rect.isEmpty, !items.isEmpty else { return }
        let tall = selectedHeight(in: rect)
        let itemRows = rect.height - (tall - 1)
        let first = MenuView.firstVisible(selected: selected, count: items.count, rows: itemRows)
        let last = min(items.count, first + itemRows) - 1
        var y = rect.y
        for index in first...last {
            let item = items[index]
            let isSelected = index == selected
            let line = Rect(x: rect.x, y: y, width: rect.width, height: 1)
            let c = columns(of: item, in: rect)
            buffer.write(isSelected ? "›" : " ", x: rect.x, y: y, style: isSelected ? .key : .plain, clip: line)
            var labels = [item.label], details = [item.detail]
            if isSelected, tall > 1 { (labels, details) = wrapped(item, in: rect) }
            let rows = isSelected ? tall : 1
            for r in 0..<rows {
                if r < labels.count {
                    let indent = r > 0 && labels.count > 1 && item.hang < c.label - 1 ? item.hang : 0
                    let cell = Rect(x: rect.x + 2 + indent, y: y + r, width: c.label - indent, height: 1)
                    buffer.write(labels[r], in: cell, style: isSelected ? .selected : .strong)
                }
                if r < details.count, !details[r].isEmpty, c.detail > 0 {
                    buffer.write(details[r], in: Rect(x: c.detailX, y: y + r, width: c.detail, height: 1), style: .plain)
                }
            }
            if !item.badge.isEmpty {
                let w = DisplayWidth.of(item.badge)
                if rect.maxX - w > (item.detail.isEmpty ? rect.x + 2 : c.detailX) { buffer.write(item.badge, x: rect.maxX - w, y: y, style: .warm) }
            }
            y += rows
        }
        // Quiet arrows in the marker column say there is more above or below
        // (the selected row, marked "›", is never the first or last one shown
        // while the list can still scroll that way).
        if first > 0, first != selected { buffer.write("↑", x: rect.x, y: rect.y, style: .muted) }
        if last < items.count - 1, last != selected || tall > 1 { buffer.write("↓", x: rect.x, y: y - 1, style: .muted) }
    }

    /// Keeps the selected row on screen with a little context below it.
    public static func firstVisible(selected: Int, count: Int, rows: Int) -> Int {
        guard rows > 0, count > rows else { return 0 }
        let below = rows > 1 ? 1 : 0  // one row of context, when there is room for it
        return min(max(0, selected - rows + 1 + below), count - rows)
    }
}

/// Moves a list selection with the contract's keys: arrows and j/k, Home/End,
/// page keys. Returns nil when the key isn't a movement.
public func moveSelection(_ index: Int, count: Int, key: Key, page: Int = 10) -> Int? {
    guard count > 0 else { return nil }
    switch key {
    case .up, .char("k"): return max(0, index - 1)
    case .down, .char("j"): return min(count - 1, index + 1)
    case .home: return 0
    case .end: return count - 1
    case .pageUp: return max(0, index - page)
    case .pageDown: return min(count - 1, index + page)
    default: return nil
    }
}

/// Moves `index` in place for a list key; true when the key was one.
public func moveSelection(_ index: inout Int, count: Int, key: Key, page: Int = 10) -> Bool {
    guard let moved = moveSelection(index, count: count, key: key, page: page) else { return false }
    index = moved
    return true
}
