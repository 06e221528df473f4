import KeelTerminal

/// `?` or F1 on any screen: what the screen is for, its keys, and the keys
/// that work everywhere.
public struct HelpScreen: Screen {
    let page: Help
    var scroll = ScrollState()

    public init(for screen: any Screen) { page = screen.help }

    public var title: String { "Help" }
    public var hints: [KeyHint] { [KeyHint("↑↓", "scroll"), KeyHint("Esc", "close")] }
    public var help: Help { page }

    static let everywhere = [
        "",
        "Keys that work on every screen",
        "  Enter      choose, submit or continue",
        "  Esc        go back one step; what you typed is kept",
        "  ↑↓ or j k  move (not while typing)",
        "  Tab        next field",
        "  Space      tick or untick",
        "  0-9        pick a rating",
        "  ? or F1    this help",
        "  !          help now: crisis lines and your safety plan",
        "  q          quit, from a menu",
        "  Ctrl-C     leave now; anything typed is kept as a draft",
        "  Ctrl-Z     step out to the shell; fg brings keel back",
        "  Ctrl-L     draw the screen again",
    ]

    public mutating func handle(_ key: Key, _ ctx: Context) -> Transition {
        switch key {
        case .escape, .enter, .char("q"), .char("?"), .function(1): return .back
        default: _ = scroll.handle(key)
        }
        return .stay
    }

    public func render(into buffer: inout Buffer, in area: Rect, _ ctx: Context) {
        buffer.write(page.title, in: area, style: .title)
        let paragraphs = page.lines.map { ($0, Style.plain) } + HelpScreen.everywhere.map { ($0, $0.hasPrefix("Keys") ? Style.strong : .plain) }
        ScrollText(lines: ScrollText.wrap(paragraphs, width: area.width), scroll: scroll).render(into: &buffer, in: area.droppingTop(2))
    }
}
