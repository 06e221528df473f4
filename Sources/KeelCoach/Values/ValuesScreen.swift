import KeelStore
import KeelTerminal

/// `keel values`: the mission and values, every earlier version a keypress
/// away, and the strengths the morning reflection uses.
public struct ValuesScreen: Screen {
    var versions: [ValuesStatement] = []
    /// The version shown (the last is the current one).
    var shown = 0
    var strengths: [MyStrengths.Pick] = []
    var scroll = ScrollState()

    public init(_ ctx: Context) { resume(ctx) }

    public var title: String { "Values" }
    public var isMenu: Bool { true }
    public var hints: [KeyHint] {
        let earlier = shown + 1 < versions.count
        var keys = [KeyHint(versions.isEmpty ? "Enter" : "e", versions.isEmpty ? "write" : earlier ? "edit from this" : "edit")]
        if versions.count > 1 { keys.append(KeyHint("←→", "versions")) }
        keys.append(KeyHint("s", "strengths"))
        return keys + [Hints.back]
    }
    public var help: Help {
        Help(
            "Mission and values",
            [
                "A sentence or two about what you want your life to stand for, and three to seven values, one line each, in your own words.",
                "keel shows them by themselves after a reframe and offers them when a check-in is low: read them when you doubt yourself.",
                "e edits; every save is a new version and the earlier ones are kept: ← and → step through them, and e on an earlier one starts from it, to bring it back. s changes the strengths your morning reflection uses.",
            ])
    }

    public mutating func resume(_ ctx: Context) {
        let count = versions.count
        versions = ctx.store.valuesVersions()
        if versions.count != count || shown >= versions.count { shown = max(0, versions.count - 1) }
        strengths = ctx.store.singleton(MyStrengths.self).picks
    }

    public mutating func handle(_ key: Key, _ ctx: Context) -> Transition {
        if scroll.handle(key) { return .stay }
        switch key {
        case .char("e"), .enter:
            if key == .enter, !versions.isEmpty { return .unhandled }
            // From the version on screen: an earlier one can be brought back, or changed and saved as the newest.
            let from = versions.indices.contains(shown) ? versions[shown] : nil
            return .open(FormScreen(ValuesEditor(current: versions.last, from: from), ctx))
        case .left where shown > 0:
            shown -= 1
            scroll = ScrollState()
        case .right where shown + 1 < versions.count:
            shown += 1
            scroll = ScrollState()
        case .char("s"):
            return .go(.strengths(then: nil))
        case .escape where !versions.isEmpty:
            // Leaving the page, the values have been read: the app still goes back.
            ctx.report(.practiceDone(ValuesCardScreen.read))
            return .unhandled
        default:
            return .unhandled
        }
        return .stay
    }

    public func render(into buffer: inout Buffer, in area: Rect, _ ctx: Context) {
        guard versions.indices.contains(shown) else {
            let text = [
                ("What do you want your life to stand for?", Style.title), ("", .plain),
                (
                    "Write a sentence or two of mission and three to seven values, one line each. keel shows them after a reframe and when a check-in is low, so your own words are there when doubt comes.",
                    .plain
                ),
                ("", .plain), ("Enter to write them.", .muted),
            ]
            ScrollText(lines: ScrollText.wrap(text, width: area.width), scroll: scroll).render(into: &buffer, in: area)
            return
        }
        let v = versions[shown]
        let isCurrent = shown == versions.count - 1
        let when = ctx.calendar.day(of: v.created)
        let header =
            isCurrent
            ? (versions.count > 1
                ? "Written \(when.shortWithYear) · \(versions.count - 1) earlier version\(versions.count == 2 ? "" : "s") (←)"
                : "Written \(when.shortWithYear)")
            : "Version \(shown + 1) of \(versions.count), from \(when.shortWithYear) · → newer"
        buffer.write(header, in: area.row(0), style: isCurrent ? .muted : .warm)
        let lines = ValuesCardScreen.lines(v, strengths: isCurrent ? strengths : [], lead: nil)
        let body = area.droppingTop(area.height >= 10 ? 2 : 1)
        ScrollText(lines: ScrollText.wrap(lines, width: body.width), scroll: scroll).render(into: &buffer, in: body)
    }
}
