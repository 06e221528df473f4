import KeelContent
import KeelStore
import KeelTerminal

/// Shown instead of a practice whose file turned out to be unreadable when it
/// was opened (the home screen lists practices without reading them, so keel
/// opens fast). Says what is wrong and how to find out more.
struct FlowUnavailableScreen: Screen {
    let name: String
    let problem: String?

    init(_ flowID: String, name: String, _ ctx: Context) {
        self.name = name
        problem = ctx.content.notices.first { Posix.basename(of: $0.file) == flowID + ".json" }?.description
    }

    var title: String { name }
    var hints: [KeyHint] { [KeyHint("Esc", "back"), Hints.help] }
    var help: Help {
        Help(name, ["The file that holds this practice can't be read, so it can't open just now. Everything you saved is untouched."])
    }

    mutating func handle(_ key: Key, _ ctx: Context) -> Transition {
        key == .enter ? .back : .unhandled
    }

    func render(into buffer: inout Buffer, in area: Rect, _ ctx: Context) {
        var text = "The \(name) practice can't open: its file can't be read."
        if let problem { text += " " + problem }
        let used = buffer.paragraph(text, in: area, style: .warm)
        buffer.paragraph(
            "Run `keel content check` to see what is wrong; reinstalling keel brings the file back. Everything you saved is untouched.",
            in: area.droppingTop(used + 1))
    }
}

extension FlowStart {
    /// The practice `flowID`, or a word about why it can't open.
    static func open(_ flowID: String, name: String, _ ctx: Context) -> any Screen {
        guard let flow = ctx.content.flow(flowID) else { return FlowUnavailableScreen(flowID, name: name, ctx) }
        return screen(flow, ctx)
    }
}
