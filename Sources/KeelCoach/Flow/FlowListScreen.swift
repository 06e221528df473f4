import KeelContent
import KeelStore
import KeelTerminal

/// Every guided practice: the shipped ones, then the person's own from
/// `~/.config/keel/flows/`, with any file keel had to skip named below.
public struct FlowListScreen: Screen {
    let flows: [Flow]
    let userFlows: Set<String>
    var selected = 0

    /// Practices left midway, so their words are found again (read when the list shows, not per frame).
    var waiting: Set<String> = []

    public init(_ ctx: Context) {
        flows = ctx.content.orderedFlows
        userFlows = ctx.content.userFlows
        resume(ctx)
    }

    public mutating func resume(_ ctx: Context) {
        waiting = Set(flows.map(\.id).filter { ctx.store.draft(FlowSession.draftID($0)) != nil })
    }

    public var title: String { "Guided practices" }
    public var isMenu: Bool { true }
    public var hints: [KeyHint] { [Hints.move, Hints.choose, Hints.back, Hints.crisis] }
    public var help: Help {
        Help(
            "Guided practices",
            [
                "Short practices, a step at a time. Enter starts one; Esc on the first step comes back here, keeping a draft.",
                "Your own practices live in ~/.config/keel/flows/ (see FORMAT.md beside keel's content) and are marked \"yours\".",
                "keel content check tells you what is wrong with a file that was skipped.",
            ])
    }

    public mutating func handle(_ key: Key, _ ctx: Context) -> Transition {
        if moveSelection(&selected, count: flows.count, key: key) { return .stay }
        guard key == .enter, flows.indices.contains(selected) else { return .unhandled }
        return .open(FlowStart.screen(flows[selected], ctx))
    }

    public func render(into buffer: inout Buffer, in area: Rect, _ ctx: Context) {
        let items = flows.map { flow in
            let badge = [waiting.contains(flow.id) ? "draft" : "", userFlows.contains(flow.id) ? "yours" : ""].filter { !$0.isEmpty }.joined(
                separator: " · ")
            return MenuView.Item(flow.title, detail: flow.summary, badge: badge)
        }
        let notices = ctx.content.notices.map { "Skipped \(Posix.basename(of: $0.file)): \($0.path.isEmpty ? "" : $0.path + ": ")\($0.reason)" }
        let noteLines = notices.flatMap { Wrap.lines($0, width: area.width) }
        // The highlighted practice is shown whole, its name and summary wrapped under it.
        let menu = MenuView(items: items, selected: selected, labelWidth: min(26, area.width / 2), wrapsSelected: true)
        let listHeight = max(1, min(menu.rowsNeeded(width: area.width), area.height - (noteLines.isEmpty ? 0 : min(noteLines.count, 3) + 1)))
        if items.isEmpty {
            buffer.paragraph("keel couldn't find its practices. Reinstall it, or set KEEL_RESOURCES to its content folder.", in: area, style: .warm)
        } else {
            menu.render(into: &buffer, in: area.top(listHeight))
        }
        var y = area.y + listHeight + 1
        for line in noteLines where y < area.maxY {
            buffer.write(line, x: area.x, y: y, style: .warm, clip: area)
            y += 1
        }
    }
}
