/// The calendar day a form's date fields hold. The terminal layer knows
/// no calendar: the coach gives its own day type these few words.
public protocol FormDay: Comparable {
    func adding(days: Int) -> Self
    /// A short date, as "Thu 26 Nov".
    var short: String { get }
    /// A past day said from today: "yesterday", "3 days ago".
    func ago(today: Self) -> String
    /// A day to plan for said from today: "today", "tomorrow", "Saturday".
    func planned(today: Self) -> String
}

/// A form of fields, one per row, for every record editor (circles and
/// people, habits, step ladders, the exposure reflection). Generic over the
/// calendar day, which lives above the terminal layer (`FormDay`).
/// Tab, Shift-Tab and ↑↓ move between fields; Enter saves from any field;
/// Esc backs out. Each kind of field takes the keys the contract gives it:
/// text is typed, ←→ change a choice or a day, digits pick a rating, Space
/// ticks a box. The values can be kept as a draft and put back.
public struct FormWidget<Day: FormDay>: Equatable {
    public struct Option: Equatable, Sendable {
        public var id: String
        public var label: String
        public init(id: String, label: String) {
            self.id = id
            self.label = label
        }
    }

    public enum Value: Equatable {
        case text(TextEditor)
        /// Option labels and the chosen index.
        case choice([Option], Int)
        /// 1-5.
        case rating(Int)
        case toggle(Bool)
        /// Several of a list: options, the ticked ids, the option under the cursor.
        case pick([Option], Set<String>, Int)
        /// A day no later than today, or none.
        case day(Day?)
        /// A day to plan for, today or later, or none yet.
        case when(Day?)
        /// 0-10, or none yet; `percent` shows and keeps it in tens of percent (0-100).
        case score(Int?, percent: Bool)
    }

    public struct Field: Equatable {
        public var key: String
        public var label: String
        public var value: Value
        /// What the field is for and its keys, shown while it has focus.
        public var note: String
        /// The most rows a text field grows to as its words wrap (a
        /// sentence or two); 1 keeps it on one row.
        public var rows: Int
        public init(key: String, label: String, value: Value, note: String, rows: Int = 1) {
            self.key = key
            self.label = label
            self.value = value
            self.note = note
            self.rows = max(1, rows)
        }
    }

    public enum Outcome: Equatable { case submit, cancel, handled, ignored }

    public var fields: [Field]
    public var focus = 0
    public var error: String?
    /// The last key was the digit 1: a 0 now makes a score of 10.
    public var afterOne = false

    public init(_ fields: [Field]) { self.fields = fields }

    public var isTyping: Bool {
        if case .text = fields[focus].value { return true }
        return false
    }

    // MARK: - Keys

    public mutating func handle(_ key: Key, today: Day) -> Outcome {
        let afterOne = self.afterOne
        self.afterOne = key.digit == 1
        switch key {
        case .enter: return .submit
        case .escape: return .cancel
        case .tab, .down:
            focus = (focus + 1) % fields.count
            return .handled
        case .backTab, .up:
            focus = (focus + fields.count - 1) % fields.count
            return .handled
        default:
            break
        }
        var value = fields[focus].value
        let used = FormWidget.edit(&value, key, today: today, afterOne: afterOne)
        if used {
            fields[focus].value = value
            error = nil
        }
        return used ? .handled : .ignored
    }

    public static func edit(_ value: inout Value, _ key: Key, today: Day, afterOne: Bool = false) -> Bool {
        switch value {
        case .text(var editor):
            guard editor.handle(key) else { return false }
            value = .text(editor)
        case .choice(let options, let i):
            switch key {
            case .left, .char("h"): value = .choice(options, (i + options.count - 1) % options.count)
            case .right, .char("l"), .char(" "): value = .choice(options, (i + 1) % options.count)
            default: return false
            }
        case .rating(let n):
            if let d = key.digit, (1...5).contains(d) { value = .rating(d); return true }
            switch key {
            case .left, .char("h"): value = .rating(max(1, n - 1))
            case .right, .char("l"): value = .rating(min(5, n + 1))
            default: return false
            }
        case .toggle(let on):
            guard key == .char(" ") || key == .left || key == .right else { return false }
            value = .toggle(!on)
        case .pick(let options, var ticked, let cursor):
            guard !options.isEmpty else { return false }
            switch key {
            case .left, .char("h"): value = .pick(options, ticked, max(0, cursor - 1))
            case .right, .char("l"): value = .pick(options, ticked, min(options.count - 1, cursor + 1))
            case .char(" "):
                let id = options[cursor].id
                if ticked.contains(id) { ticked.remove(id) } else { ticked.insert(id) }
                value = .pick(options, ticked, cursor)
            default: return false
            }
        case .day(let day):
            switch key {
            case .left, .char("h"): value = .day((day ?? today.adding(days: 1)).adding(days: -1))
            case .right, .char("l"): value = .day(day.map { min(today, $0.adding(days: 1)) } ?? today)
            case .pageUp: value = .day((day ?? today).adding(days: -7))
            case .pageDown: value = .day(day.map { min(today, $0.adding(days: 7)) } ?? today)
            case .char("t"): value = .day(today)
            case .backspace, .delete, .char("x"): value = .day(nil)
            default: return false
            }
        case .when(let day):
            switch key {
            // Planning goes forward: ← stops at today (a day already past stays until moved).
            case .left, .char("h"): value = .when(day.map { $0 > today ? $0.adding(days: -1) : $0 } ?? today)
            case .right, .char("l"): value = .when(day.map { max(today, $0.adding(days: 1)) } ?? today)
            case .pageUp: value = .when(day.map { max(min($0, today), $0.adding(days: -7)) } ?? today)
            case .pageDown: value = .when(max(today, (day ?? today).adding(days: 7)))
            case .char("t"): value = .when(today)
            case .backspace, .delete, .char("x"): value = .when(nil)
            default: return false
            }
        case .score(let n, let percent):
            var rating = Rating(value: percent ? n.map { $0 / 10 } : n, low: "", high: "")
            rating.afterOne = afterOne
            if key == .backspace || key == .delete || key == .char("x") { rating.value = nil } else if !rating.handle(key) { return false }
            value = .score(percent ? rating.value.map { $0 * 10 } : rating.value, percent: percent)
        }
        return true
    }

    // MARK: - Values

    public func field(_ key: String) -> Value? { fields.first { $0.key == key }?.value }

    public func text(_ key: String) -> String {
        if case .text(let e) = field(key) { return e.trimmed }
        return ""
    }

    public func choice(_ key: String) -> String? {
        if case .choice(let options, let i) = field(key) { return options[i].id }
        return nil
    }

    public func rating(_ key: String) -> Int {
        if case .rating(let n) = field(key) { return n }
        return 3
    }

    public func toggle(_ key: String) -> Bool {
        if case .toggle(let on) = field(key) { return on }
        return false
    }

    /// Ticked ids in the options' order.
    public func picked(_ key: String) -> [String] {
        if case .pick(let options, let ticked, _) = field(key) { return options.map(\.id).filter(ticked.contains) }
        return []
    }

    public func day(_ key: String) -> Day? {
        if case .day(let d) = field(key) { return d }
        if case .when(let d) = field(key) { return d }
        return nil
    }

    public func score(_ key: String) -> Int? {
        if case .score(let n, _) = field(key) { return n }
        return nil
    }

    // MARK: - Drawing

    public static var labelWidth: Int { 16 }

    func labelWidth(for area: Rect) -> Int { min(FormWidget.labelWidth, max(6, area.width / 3 + 2)) }

    /// Rows a field takes: one, or as many as a growing text field's words wrap to.
    func height(of i: Int, width: Int) -> Int {
        guard fields[i].rows > 1, case .text(let e) = fields[i].value, width > 1 else { return 1 }
        let lines = i == focus ? e.layout(width: width).rows.count : Wrap.lines(e.text, width: width).count
        return max(1, min(fields[i].rows, lines))
    }

    /// Fields in rows, the focused one kept in view, then its note and any error.
    public func render(into buffer: inout Buffer, in area: Rect, today: Day) {
        guard !area.isEmpty else { return }
        let noteLines = Wrap.lines(fields[focus].note, width: max(1, area.width - 2))
        // A one-row field has no room to say it is nearly full: the line under the form says it.
        var limit: String?
        if case .text(let e) = fields[focus].value { limit = e.limitNote }
        let errorLines = (error ?? limit).map { Wrap.lines($0, width: max(1, area.width - 2)) } ?? []
        // The note and any error sit under the fields, a blank row between, when there is room.
        let wanted = noteLines.count + errorLines.count + 1
        let valueWidth = max(0, area.width - 3 - labelWidth(for: area))
        let heights = fields.indices.map { height(of: $0, width: valueWidth) }
        let total = heights.reduce(0, +)
        let rows = max(1, min(total, area.height - (area.height >= total + wanted ? wanted : 1)))
        // The focused field in view, with the field after it when there is room.
        var first = 0
        let wantedLast = min(fields.count - 1, focus + 1)
        while first < focus, heights[first...wantedLast].reduce(0, +) > rows { first += 1 }
        var y = area.y
        for i in first..<fields.count where y < area.y + rows {
            let f = fields[i]
            let focused = i == focus
            let h = min(heights[i], area.y + rows - y)
            buffer.write(focused ? "›" : " ", x: area.x, y: y, style: focused ? .key : .plain, clip: area)
            buffer.write(f.label, in: Rect(x: area.x + 2, y: y, width: labelWidth(for: area), height: 1), style: focused ? .strong : .muted)
            let valueRect = Rect(x: area.x + 3 + labelWidth(for: area), y: y, width: valueWidth, height: h)
            FormWidget.renderValue(f.value, into: &buffer, in: valueRect, focused: focused, today: today)
            y += h
        }
        y = area.y + rows + (area.height - rows > 1 ? 1 : 0)
        let notes = errorLines.map { ($0, Style.warm) } + noteLines.map { ($0, Style.muted) }
        for (line, style) in notes where y < area.maxY {
            buffer.write(line, in: Rect(x: area.x + 2, y: y, width: area.width - 2, height: 1), style: style)
            y += 1
        }
    }

    public static func renderValue(_ value: Value, into buffer: inout Buffer, in rect: Rect, focused: Bool, today: Day) {
        guard !rect.isEmpty else { return }
        switch value {
        case .text(let e):
            if focused, rect.height == 1, !e.isEmpty {
                FormWidget.slidingField(e, into: &buffer, in: rect)
            } else if focused {
                buffer.textField(e, in: rect, focused: true)
            } else if e.isEmpty || rect.height == 1 {
                buffer.write(e.isEmpty ? "—" : e.text, in: rect, style: e.isEmpty ? .muted : .plain)
            } else {
                let lines = Wrap.lines(e.text, width: rect.width)
                for (i, line) in lines.prefix(rect.height).enumerated() {
                    let cut = i == rect.height - 1 && lines.count > rect.height
                    buffer.write(cut ? line + " …" : line, in: rect, row: i)
                }
            }
        case .choice(let options, let i):
            buffer.write(focused ? "‹ \(options[i].label) ›" : options[i].label, in: rect, style: focused ? .strong : .plain)
        case .rating(let n):
            var x = rect.x
            for k in 1...5 {
                let label = k == n ? "[\(k)]" : " \(k) "
                x += buffer.write(label, x: x, y: rect.y, style: k == n ? (focused ? .selected : .strong) : .muted, clip: rect)
            }
        case .toggle(let on):
            buffer.write(on ? "[x] yes" : "[ ] no", in: rect, style: focused ? .strong : .plain)
        case .pick(let options, let ticked, let cursor):
            renderPick(options, ticked: ticked, cursor: cursor, into: &buffer, in: rect, focused: focused)
        case .day(let d):
            let words = d.map { "\($0.ago(today: today)) · \($0.short)" } ?? "not logged"
            buffer.write(focused ? "‹ \(words) ›" : words, in: rect, style: focused ? .strong : .plain)
        case .when(let d):
            let words = d.map { "\($0.planned(today: today)) · \($0.short)" } ?? "no day yet"
            buffer.write(focused ? "‹ \(words) ›" : words, in: rect, style: focused ? .strong : (d == nil ? .muted : .plain))
        case .score(let n, let percent):
            if percent || rect.width < 33 {
                let words = n.map { percent ? "\($0)%" : "\($0) of 10" } ?? "not rated"
                buffer.write(focused ? "‹ \(words) ›" : words, in: rect, style: focused ? .strong : (n == nil ? .muted : .plain))
            } else {
                var x = rect.x
                for k in Rating.range {
                    let label = k == n ? "[\(k)]" : " \(k) "
                    x += buffer.write(label, x: x, y: rect.y, style: k == n ? (focused ? .selected : .strong) : .muted, clip: rect)
                }
            }
        }
    }

    /// A one-row text field longer than its row: the text slides sideways
    /// to keep as much as fits before the cursor, with "…" where it is cut,
    /// rather than wrapping and showing only its last row (a lone ".").
    static func slidingField(_ e: TextEditor, into buffer: inout Buffer, in rect: Rect) {
        let chars = e.characters
        let widths = chars.map(DisplayWidth.of)
        func span(_ from: Int, _ to: Int) -> Int { widths[from..<to].reduce(0, +) }
        var start = 0
        // The last column stays free for the cursor; a cut start gives one more to "…".
        while start < e.cursor, span(start, e.cursor) > rect.width - (start > 0 ? 2 : 1) { start += 1 }
        var x = rect.x
        if start > 0 { x += buffer.write("…", x: x, y: rect.y, style: .muted, clip: rect) }
        buffer.write(String(chars[start...]), x: x, y: rect.y, clip: rect)
        buffer.cursor = Point(x: x + span(start, e.cursor), y: rect.y)
    }

    /// "[x] Family  [ ] Work", scrolled sideways to keep the cursor in view.
    public static func renderPick(_ options: [Option], ticked: Set<String>, cursor: Int, into buffer: inout Buffer, in rect: Rect, focused: Bool) {
        guard !options.isEmpty else {
            buffer.write("no other circles yet", in: rect, style: .muted)
            return
        }
        let items = options.map { (ticked.contains($0.id) ? "[x] " : "[ ] ") + $0.label }
        var first = 0
        func width(_ from: Int, _ to: Int) -> Int { items[from...to].reduce(0) { $0 + DisplayWidth.of($1) + 2 } + (from > 0 ? 2 : 0) }
        while first < cursor, width(first, cursor) > rect.width { first += 1 }
        var x = rect.x
        if first > 0 { x += buffer.write("‹ ", x: x, y: rect.y, style: .muted, clip: rect) }
        for i in first..<items.count {
            let last = i == items.count - 1
            let room = (last ? rect.maxX : rect.maxX - 2) - x  // leave room for the › that says more follow
            var text = items[i]
            if DisplayWidth.of(text) > room {
                guard i == first else {
                    buffer.write("›", x: rect.maxX - 1, y: rect.y, style: .muted, clip: rect)
                    break
                }
                text = DisplayWidth.truncate(text, to: room)  // the one in view, shortened
            }
            let style: Style = focused && i == cursor ? .selected : (ticked.contains(options[i].id) ? .strong : .plain)
            buffer.write(text, x: x, y: rect.y, style: style, clip: rect)
            x += DisplayWidth.of(text) + 2
            if !last, x >= rect.maxX - 1 {
                buffer.write("›", x: rect.maxX - 1, y: rect.y, style: .muted, clip: rect)
                break
            }
        }
    }
}
