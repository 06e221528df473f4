import KeelStore
import KeelTerminal

/// `keel circles`: your circles drawn as a map around you, or as a list for
/// editing. Both show the same rows, so the selection, the keys and the
/// footer are the same in either; a window too small for the map shows the
/// list.
public struct CirclesScreen: Screen {
    public enum View: Sendable { case map, list }

    var world: CircleWorld
    var rows: [CircleRow] = []
    var selected = 0
    public var view: View = .map
    var undo: [CircleUndo] = []
    /// The step to widen belonging now, read with the world (not per frame).
    var step: WideningStep?
    /// The person or circle just saved in the editor above, selected once it closes.
    var justPicked: String?
    /// The map's layout, kept between frames.
    let mapMemo = MapLayoutMemo()

    public init(_ ctx: Context) {
        world = CircleWorld.load(ctx.store)
        rows = world.rows
        step = WideningSteps.current(ctx.store)
    }

    public var title: String { "Circles" }
    public var isMenu: Bool { true }

    var selectedRow: CircleRow? { rows.indices.contains(selected) ? rows[selected] : nil }
    var selectedPerson: Person? { selectedRow?.personID.flatMap(world.person) }
    var selectedCircle: BelongingCircle? {
        if case .circle(let id) = selectedRow { return world.circle(id) }
        return nil
    }

    public var hints: [KeyHint] {
        let toggle = KeyHint("v", view == .map ? "list" : "map")
        let undoHint = undo.isEmpty ? [] : [KeyHint("u", "undo")]
        if world.isEmpty { return [KeyHint("n", "new circle"), KeyHint("a", "add person")] + undoHint + [Hints.back, Hints.help] }
        // In order of importance: a narrow footer keeps the first ones (help lists every key).
        let jump = KeyHint("←→", "circles")
        if selectedPerson != nil {
            return [KeyHint("Enter", "edit"), KeyHint("c", "talked today")] + undoHint
                + [KeyHint("a", "add person"), KeyHint("i", "insights"), jump, toggle, KeyHint("d", "delete"), Hints.back, Hints.help]
        }
        return [KeyHint("Enter", "edit"), KeyHint("a", "add person")] + undoHint
            + [jump, KeyHint("i", "insights"), KeyHint("n", "new circle"), toggle, KeyHint("d", "delete"), Hints.back, Hints.help]
    }

    public var help: Help {
        Help(
            "Your circles",
            [
                "The places you belong and the people in them. You sit at the centre; the rings around you are inner (people you could call at 3 a.m.), middle and outer. Each circle has its own part of the map and its own shape, so it reads without colour too.",
                "A hollow shape is a tie that has gone quiet: longer than usual since you were in touch. A wavy line ~ joins two circles that pull against each other.",
                "↑↓ move through circles and people, ←→ jump from circle to circle. Enter edits what is selected. a adds a person to the selected circle, n adds a circle. d deletes; u takes back the last delete or logged contact.",
                "c notes that you were in touch with the selected person today.",
                "i opens the insights: where your support comes from, which circles are active, ties gone quiet, and one small step to widen your circles.",
                "v switches between the map and the list. A small window shows the list.",
            ])
    }

    // MARK: - Keys

    public mutating func handle(_ key: Key, _ ctx: Context) -> Transition {
        if moveSelection(&selected, count: rows.count, key: key) { return .stay }
        switch key {
        case .left, .char("h"): jumpCircle(by: -1)
        case .right, .char("l"): jumpCircle(by: 1)
        case .enter:
            if let p = selectedPerson { return .open(FormScreen(PersonEditor(original: p, world: world), ctx)) }
            if let c = selectedCircle { return .open(FormScreen(CircleEditor(original: c, world: world), ctx)) }
        case .char("a"):
            return .open(FormScreen(PersonEditor(original: nil, world: world, circleID: selectedRow?.circleID), ctx))
        case .char("n"):
            return .open(FormScreen(CircleEditor(original: nil, world: world), ctx))
        case .char("c"):
            guard let p = selectedPerson else {
                ctx.flash = "Choose a person first (↓), then c."
                return .stay
            }
            if let u = CircleEdits.logContact(p, ctx) { undo.append(u) }
            reload(ctx)
        case .char("d"), .delete:
            let done = selectedPerson.flatMap { CircleEdits.delete(person: $0, ctx) } ?? selectedCircle.flatMap { CircleEdits.delete(circle: $0, ctx) }
            if let done { undo.append(done) }
            reload(ctx)
        case .char("u"):
            guard let last = undo.popLast() else {
                ctx.flash = "Nothing to take back."
                return .stay
            }
            CircleEdits.undo(last, ctx)
            reload(ctx)
        case .char("v"):
            view = view == .map ? .list : .map
        case .char("i"):
            return .open(InsightsScreen(ctx))
        default:
            return .unhandled
        }
        return .stay
    }

    mutating func jumpCircle(by step: Int) {
        let heads = rows.indices.filter { if case .circle = rows[$0] { return true } else { return false } }
        guard !heads.isEmpty else { return }
        let current = heads.lastIndex { $0 <= selected } ?? 0
        let onHead = heads.contains(selected)
        let next = step < 0 && !onHead ? current : current + step
        selected = heads[(next % heads.count + heads.count) % heads.count]
    }

    /// Reads the store again, keeping the same row selected when it still exists.
    mutating func reload(_ ctx: Context) {
        let keep = selectedRow
        world = CircleWorld.load(ctx.store)
        rows = world.rows
        step = WideningSteps.current(ctx.store)
        if let keep, let i = rows.firstIndex(of: keep) {
            selected = i
        } else if let id = keep?.personID, let i = rows.firstIndex(where: { $0.personID == id }) {
            selected = i
        }
        selected = min(selected, max(0, rows.count - 1))
    }

    public mutating func picked(_ id: String, _ ctx: Context) { justPicked = id }

    public mutating func resume(_ ctx: Context) {
        reload(ctx)
        guard let id = justPicked else { return }
        justPicked = nil
        if let i = rows.firstIndex(where: { row in
            switch row {
            case .circle(let c): return c == id
            case .person(let p, _): return p == id
            }
        }) {
            selected = i
        }
    }

    // MARK: - Drawing

    public func render(into buffer: inout Buffer, in area: Rect, _ ctx: Context) {
        if world.isEmpty { return CirclesView.renderEmpty(into: &buffer, in: area) }
        let view = CirclesView(world: world, rows: rows, selected: selected, today: ctx.today, step: step, memo: mapMemo)
        if self.view == .map, view.mapFits(area) {
            view.renderMap(into: &buffer, in: area)
        } else {
            view.renderList(into: &buffer, in: area, mapWanted: self.view == .map)
        }
    }
}
