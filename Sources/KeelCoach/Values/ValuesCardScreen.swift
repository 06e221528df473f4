import KeelStore
import KeelTerminal

/// The person's mission and values, by themselves: "read this when you
/// doubt yourself". Shown after a reframe, offered on a low check-in, and
/// the first page of `keel values`.
public struct ValuesCardScreen: Screen {
    let statement: ValuesStatement
    let strengths: [MyStrengths.Pick]
    /// A line above, saying why it came up now.
    let lead: String?
    var scroll = ScrollState()

    /// The card, or nil while nothing has been written. Words that mention
    /// self-harm are kept on the values page, but never held up here as
    /// something "to read when you doubt yourself".
    public static func ifWritten(_ ctx: Context, after lead: String? = nil) -> ValuesCardScreen? {
        guard let current = ctx.store.valuesVersions().last,
            !([current.mission] + current.values).contains(where: ctx.mentionsCrisis)
        else { return nil }
        return ValuesCardScreen(statement: current, strengths: ctx.store.singleton(MyStrengths.self).picks, lead: lead)
    }

    /// Reported when the person leaves the card (or the values page) having read it.
    static let read = PracticeActions.readValues

    public var title: String { "Read this when you doubt yourself" }
    public var isMenu: Bool { true }
    public var hints: [KeyHint] { [KeyHint("Enter", "done"), KeyHint("↑↓", "scroll"), Hints.crisis] }
    public var help: Help {
        Help(
            "Your values",
            [
                "Your own words about what matters to you, written on a steadier day. They hold however today went.",
                "Change them with keel values (e); every earlier version is kept.",
            ])
    }

    public mutating func handle(_ key: Key, _ ctx: Context) -> Transition {
        if scroll.handle(key) { return .stay }
        guard key == .enter || key == .escape else { return .unhandled }
        ctx.report(.practiceDone(ValuesCardScreen.read))
        return .back
    }

    static func lines(_ statement: ValuesStatement, strengths: [MyStrengths.Pick], lead: String?) -> [(String, Style)] {
        var lines: [(String, Style)] = []
        if let lead { lines += [(lead, .muted), ("", .plain)] }
        lines += [(statement.mission, .calm), ("", .plain), ("What I stand for", .strong)]
        lines += statement.values.map { ("  • " + $0, .plain) }
        if !strengths.isEmpty {
            lines += [("", .plain), ("Strengths I bring", .strong), ("  " + strengths.map(\.label).joined(separator: " · "), .plain)]
        }
        return lines
    }

    public func render(into buffer: inout Buffer, in area: Rect, _ ctx: Context) {
        let column = area.centered(width: 70, height: area.height)
        let lines = ValuesCardScreen.lines(statement, strengths: strengths, lead: lead)
        ScrollText(lines: ScrollText.wrap(lines, width: column.width), scroll: scroll).render(into: &buffer, in: column)
    }
}
