import KeelTerminal

/// Shown once, on the first run: what keel is and what it is not.
public struct WelcomeScreen: Screen {
    var scroll = ScrollState()
    public init() {}

    public var title: String { "Welcome" }
    public var hints: [KeyHint] { [KeyHint("Enter", "begin"), Hints.quit] }
    public var isMenu: Bool { true }
    public var help: Help { Help("Welcome", ["Press Enter to reach the home screen. This page won't appear again."]) }

    static func text(dataFolder: String) -> [String] {
        [
            "Welcome to keel.",
            "",
            "Being left out, turned down or brushed off can knock you sideways for a day or a week. keel is a quiet corner of your terminal for finding your footing again.",
            "",
            "It offers short practices: a paced breath, a second look at what happened, and small daily reminders of what you are worth on your own terms.",
            "",
            "keel is a practice companion. It is not therapy, and it can't help in an emergency. If you might hurt yourself, call your local emergency number or a crisis line now.",
            "",
            "What you write stays on this computer, in \(dataFolder).",
        ]
    }

    public mutating func handle(_ key: Key, _ ctx: Context) -> Transition {
        switch key {
        case .enter, .char(" "):
            ctx.updateSettings { $0.welcomeSeen = true }
            return .replace(HomeScreen(ctx))
        case .down, .char("j"), .up, .char("k"): _ = scroll.handle(key)
        default: return .unhandled
        }
        return .stay
    }

    public func render(into buffer: inout Buffer, in area: Rect, _ ctx: Context) {
        let column = area.centered(width: 66, height: area.height)
        let paragraphs = WelcomeScreen.text(dataFolder: ctx.store.root).enumerated().map { ($1, $0 == 0 ? Style.title : .plain) }
        ScrollText(lines: ScrollText.wrap(paragraphs, width: column.width), scroll: scroll).render(into: &buffer, in: column)
    }
}
