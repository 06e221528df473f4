import KeelStore
import KeelTerminal

/// `keel expose`: the steps due now, and every ladder with how far up it
/// you are. Enter on a due step opens the plan to read just before.
public struct ExposeScreen: Screen {
    enum Row: Equatable {
        case due(String)
        case ladder(String)
        case newLadder
    }

    var world: ExposureWorld
    var rows: [Row] = []
    var selected = 0
    var undo: [ExposureUndo] = []

    public init(_ ctx: Context) {
        world = ExposureWorld.load(ctx.store)
        rows = ExposeScreen.rows(world, today: ctx.today)
    }

    static func rows(_ world: ExposureWorld, today: CivilDate) -> [Row] {
        world.due(today: today).map { .due($0.id) } + world.ladders.map { .ladder($0.id) } + [.newLadder]
    }

    mutating func reload(_ ctx: Context) {
        let keep = rows.indices.contains(selected) ? rows[selected] : nil
        world = ExposureWorld.load(ctx.store)
        rows = ExposeScreen.rows(world, today: ctx.today)
        selected = keep.flatMap { rows.firstIndex(of: $0) } ?? min(selected, rows.count - 1)
    }

    public mutating func resume(_ ctx: Context) { reload(ctx) }

    public var title: String { "Step ladder" }
    public var isMenu: Bool { true }

    public var hints: [KeyHint] {
        var h = [Hints.move, Hints.choose, KeyHint("n", "new ladder")]
        if !world.attempts.isEmpty { h.append(KeyHint("l", "what I've learned")) }
        h.append(Hints.help)
        if case .ladder = rows[selected] { h.append(KeyHint("d", "delete")) }
        if !undo.isEmpty { h.append(KeyHint("u", "undo")) }
        return h + [Hints.back]
    }

    public var help: Help {
        Help(
            "Step ladders",
            [
                "When something social fills you with dread, it helps to face it in small planned steps, from easy to hard, with a way out ready each time.",
                "A ladder is a goal and its steps. Each step has a plan: when, how uncomfortable you expect it to be, what you fear and how likely it seems, a way out, and how you will cope.",
                "Steps due today or earlier are listed first; Enter opens the plan to read just before. Afterwards you note how it really was, then repeat the step or move up.",
                "l shows what your numbers say: how your predictions compare with what you felt, and how far you have climbed. n starts a new ladder; d deletes one and u brings it back.",
            ])
    }

    public mutating func handle(_ key: Key, _ ctx: Context) -> Transition {
        if moveSelection(&selected, count: rows.count, key: key) { return .stay }
        switch key {
        case .enter:
            switch rows[selected] {
            case .due(let id): return .open(JustBeforeScreen(stepID: id, ctx))
            case .ladder(let id): return .open(LadderScreen(ladderID: id, ctx))
            case .newLadder: return .open(FormScreen(GoalEditor(original: nil, ctx), ctx))
            }
        case .char("n"):
            return .open(FormScreen(GoalEditor(original: nil, ctx), ctx))
        case .char("l"):
            return world.attempts.isEmpty ? .unhandled : .open(LearningScreen(ctx))
        case .char("d"), .delete:
            guard case .ladder(let id) = rows[selected], let ladder = world.ladder(id),
                let u = ExposureEdits.delete(ladder: ladder, ctx)
            else { return .stay }
            undo.append(u)
        case .char("u"):
            ExposureEdits.undoLast(&undo, ctx)
        default:
            return .unhandled
        }
        reload(ctx)
        return .stay
    }

    // MARK: - Drawing

    /// A line of the list: a heading, a blank, or a row that can be selected.
    enum Line {
        case heading(String)
        case blank
        case row(Int, MenuView.Item)
    }

    func lines(today: CivilDate) -> [Line] {
        var out: [Line] = []
        let dueCount = rows.filter { if case .due = $0 { return true } else { return false } }.count
        for (i, row) in rows.enumerated() {
            switch row {
            case .due(let id):
                if i == 0 { out.append(.heading(dueCount == 1 ? "Due now" : "Due now: \(dueCount) steps")) }
                guard let s = world.step(id) else { continue }
                out.append(.row(i, MenuView.Item(s.situation, badge: PlanWords.due(s.due!, today: today))))
            case .ladder(let id):
                if i == dueCount { out += (dueCount > 0 ? [.blank] : []) + [.heading("Your ladders")] }
                guard let ladder = world.ladder(id) else { continue }
                let p = world.progress(of: id)
                let next = world.next(on: id).map { "next: \($0.situation)" } ?? (p.total == 0 ? "no steps yet" : "all done")
                out.append(.row(i, MenuView.Item(ladder.goal, detail: p.total == 0 ? next : "\(p.done) of \(p.total) · \(next)")))
            case .newLadder:
                if world.ladders.isEmpty { out += (dueCount > 0 ? [.blank] : []) }
                out.append(.row(i, MenuView.Item("+ A new ladder", detail: "a goal, then small steps from easy to hard")))
            }
        }
        return out
    }

    public func render(into buffer: inout Buffer, in area: Rect, _ ctx: Context) {
        var top = 0
        if world.ladders.isEmpty {
            let intro =
                "Something social coming up that you dread? Face it in small planned steps: a goal, then a ladder of steps from easy to hard, each with a way out ready."
            top = buffer.paragraph(intro, in: area.droppingBottom(2), style: .calm) + 1
        }
        let all = lines(today: ctx.today)
        let body = area.droppingTop(top)
        let selectedLine = all.firstIndex { if case .row(let i, _) = $0 { return i == selected } else { return false } } ?? 0
        let labelWidth = max(12, min(40, body.width / 2))
        func menu(_ i: Int, _ item: MenuView.Item) -> MenuView {
            // A due step has no detail: its words take the room up to the day.
            let width = item.badge.isEmpty ? labelWidth : body.width - DisplayWidth.of(item.badge) - 4
            return MenuView(items: [item], selected: i == selected ? 0 : -1, labelWidth: width, wrapsSelected: true)
        }
        // The selected row is shown whole, wrapped under itself; the others keep one row each.
        var tall = 1
        if all.indices.contains(selectedLine), case .row(let i, let item) = all[selectedLine] {
            tall = min(menu(i, item).rowsNeeded(width: body.width), max(1, body.height - 1))
        }
        let first = MenuView.firstVisible(selected: selectedLine, count: all.count, rows: max(1, body.height - tall + 1))
        var y = body.y
        for (n, line) in all.dropFirst(first).enumerated() where y < body.maxY {
            let rows = first + n == selectedLine ? tall : 1
            let rect = Rect(x: body.x, y: y, width: body.width, height: min(rows, body.maxY - y))
            switch line {
            case .heading(let text): buffer.write(text, in: rect, style: .strong)
            case .blank: break
            case .row(let i, let item): menu(i, item).render(into: &buffer, in: rect)
            }
            y += rows
        }
    }
}

extension ExposeScreen {
    /// `keel expose --numbers`: the learning page on its own.
    public static func numbers(_ ctx: Context) -> any Screen { LearningScreen(ctx) }
}
