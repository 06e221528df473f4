import KeelStore
import KeelTerminal

/// Said before the first key when another keel holds the data (an open
/// window, a long import): what that means, and that what is written here
/// is still kept. Enter goes on to the screen keel was opened on.
public struct SecondWindowScreen: Screen {
    let next: any Screen
    var scroll = ScrollState()

    public init(then next: any Screen) { self.next = next }

    /// The screen to open with: this notice first while another keel has the data.
    public static func first(_ root: any Screen, _ ctx: Context) -> any Screen {
        ctx.store.isWaitingForLock ? SecondWindowScreen(then: root) : root
    }

    public var title: String { "Another keel is open" }
    public var hints: [KeyHint] { [KeyHint("Enter", "go on"), Hints.quit] }
    public var isMenu: Bool { true }
    public var help: Help { Help("Another keel is open", SecondWindowScreen.text) }

    static let text = [
        "keel is already open on your data in another window, or busy there with an import.",
        "",
        "You can still write here. Whatever you save, and whatever you leave unfinished, is kept in a side file. It joins the rest of your entries as soon as the other keel closes.",
        "",
        "Until then, what you write here doesn't show in the other window. To have everything in one place now, close the other keel first.",
    ]

    public mutating func handle(_ key: Key, _ ctx: Context) -> Transition {
        switch key {
        case .enter, .char(" "):
            // The other keel may have closed while this was read.
            if ctx.store.retryLock() { ctx.flash = "The other keel has closed, so keel saves as usual." }
            return .replace(next)
        case .down, .char("j"), .up, .char("k"): _ = scroll.handle(key)
        default: return .unhandled
        }
        return .stay
    }

    public func render(into buffer: inout Buffer, in area: Rect, _ ctx: Context) {
        let column = area.centered(width: 66, height: area.height)
        let paragraphs = SecondWindowScreen.text.enumerated().map { ($1, $0 == 0 ? Style.title : .plain) }
        ScrollText(lines: ScrollText.wrap(paragraphs, width: column.width), scroll: scroll).render(into: &buffer, in: column)
    }
}
