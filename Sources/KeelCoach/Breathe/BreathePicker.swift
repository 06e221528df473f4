import KeelStore
import KeelTerminal

/// Choose a pattern and a length, then breathe. The custom pattern is typed
/// as in-hold-out-hold seconds.
public struct BreathePickerScreen: Screen {
    var selected = 0
    var minutes = 3.0
    var custom = TextEditor("4-2-6-0", maxLength: 24)
    var editingCustom = false
    var customError: String?

    static let minuteChoices: [Double] = [1, 2, 3, 4, 5, 7, 10, 15, 20]

    public init(_ ctx: Context) {
        if let last = ctx.settings.lastPattern {
            if let i = BreathPattern.builtIn.firstIndex(where: { $0.id == last }) {
                selected = i
            } else if case .success = BreathPattern.parse(last) {
                selected = BreathPattern.builtIn.count; custom.set(last)
            }
        }
        // Within what Settings.problems() allows: a settings file from elsewhere may hold 1e300.
        if let m = ctx.settings.lastMinutes, m > 0, m <= 600 { minutes = m }
    }

    var customIndex: Int { BreathPattern.builtIn.count }

    public var title: String { "Breathe" }
    public var isMenu: Bool { !editingCustom }
    public var capturesText: Bool { editingCustom }

    public var hints: [KeyHint] {
        if editingCustom { return [KeyHint("Enter", "start"), KeyHint("Esc", "back to the list")] }
        return [Hints.move, KeyHint("←→", "length"), KeyHint("Enter", "start"), KeyHint("s", "still"), KeyHint("c", "calm check"), Hints.back]
    }

    public var help: Help {
        Help(
            "Choosing a breath",
            [
                "Pick a pattern with the arrows and press Enter to begin. ← and → change the length.",
                "Custom takes your own seconds: in-hold-out-hold, such as 4-2-6-0. Holds can be 0.",
                "s turns on a still display with nothing that grows or shrinks. c turns the calm check before and after on or off.",
                "From a shell: keel breathe --pattern box --minutes 3, or --pattern 4-2-6-0.",
            ])
    }

    public mutating func handle(_ key: Key, _ ctx: Context) -> Transition {
        if editingCustom {
            switch key {
            case .enter: return start(ctx)
            case .escape:
                editingCustom = false
                return .stay
            default:
                custom.handle(key)
                customError = nil
                return .stay
            }
        }
        if moveSelection(&selected, count: customIndex + 1, key: key) { return .stay }
        switch key {
        case .left, .right:
            let choices = BreathePickerScreen.minuteChoices
            let i = choices.firstIndex(where: { $0 >= minutes }) ?? choices.count - 1
            minutes = choices[max(0, min(choices.count - 1, i + (key == .right ? 1 : -1)))]
        case .char("s"):
            let still = !ctx.breathStartsStill
            ctx.updateSettings { $0.stillMode = still }
        case .char("c"):
            let ask = !(ctx.settings.askCalm ?? true)
            ctx.updateSettings { $0.askCalm = ask }
        case .enter:
            if selected == customIndex, !editingCustom {
                editingCustom = true
                return .stay
            }
            return start(ctx)
        default:
            return .unhandled
        }
        return .stay
    }

    mutating func start(_ ctx: Context) -> Transition {
        let pattern: BreathPattern
        if selected == customIndex {
            switch BreathPattern.parse(custom.text) {
            case .success(let p): pattern = p
            case .failure(let e):
                customError = e.description
                return .stay
            }
        } else {
            pattern = BreathPattern.builtIn[selected]
        }
        let m = minutes
        let id = selected == customIndex ? custom.text : pattern.id
        ctx.updateSettings {
            $0.lastPattern = id
            $0.lastMinutes = m
        }
        editingCustom = false
        return .open(BreatheSessionScreen(plan: PacerPlan(pattern: pattern, minutes: minutes), ctx: ctx))
    }

    public func render(into buffer: inout Buffer, in area: Rect, _ ctx: Context) {
        buffer.write("Choose a breath", in: area, style: .title)
        let m = plainNumber(minutes)
        let still = ctx.breathStartsStill
        let calm = ctx.settings.askCalm ?? true
        let settings = "‹ \(m) min ›  ·  \(still ? "still display" : "moving shape")  ·  calm check \(calm ? "on" : "off")"
        buffer.write(settings, in: area.row(1))
        var items = BreathPattern.builtIn.map { MenuView.Item($0.name, detail: $0.summary) }
        items.append(MenuView.Item("Custom", detail: "Your own seconds, in-hold-out-hold"))
        let gap = area.height >= items.count + 4 ? 1 : 0
        let list = Rect(x: area.x, y: area.y + 2 + gap, width: area.width, height: min(items.count, area.height - 2 - gap))
        MenuView(items: items, selected: selected, labelWidth: 13).render(into: &buffer, in: list)
        var rows: [(String, Style)] = []
        if selected == customIndex {
            if !editingCustom { rows.append(("Seconds: \(custom.text)   (Enter to edit)", .plain)) }
            if let customError { rows.append((customError, .warm)) }
        }
        rows.append(("← → change the length, s a still display, c the calm check.", .muted))
        var y = list.maxY + 1
        if editingCustom, y < area.maxY {
            buffer.write("Seconds:", x: area.x + 2, y: y, style: .muted, clip: area)
            buffer.textField(custom, in: Rect(x: area.x + 11, y: y, width: min(26, area.width - 11), height: 1), focused: true)
            y += 1
        }
        let rest = Rect(x: area.x + 2, y: y, width: area.width - 2, height: max(0, area.maxY - y))
        ScrollText(lines: ScrollText.wrap(rows, width: rest.width), offset: 0).render(into: &buffer, in: rest)
    }
}
