import KeelContent
import KeelStore
import KeelTerminal

/// What a habit stands for elsewhere in keel, so doing it ticks the habit:
/// a practice finished ("flow:morning"), the letter saved, or one of the
/// everyday actions screens report as `.practiceDone` (a win logged, a
/// breath taken, "in touch today" on the map, the values card read).
///
/// A habit says which in its form. One picked from the catalog that never
/// said takes the action its catalog item names in a `practice:` tag, found
/// by the item's id: the name is the person's to change, the id is not.
enum HabitActions {
    /// The everyday actions a habit can stand for, with how the form says them.
    static let everyday: [(id: String, label: String)] = [
        ("win", "when I log a small win"),
        ("breathe", "when I take a breathing break"),
        ("reach-out", "when I mark someone in touch today"),
        ("values", "when I read my values card"),
    ]

    /// The action a catalog item names in its tags ("practice:win"), if any.
    static func action(ofCatalogItem id: String?, _ ctx: Context) -> String? {
        guard let id, let item = ctx.content.catalog("habits")?.item(id) else { return nil }
        return action(in: item)
    }

    static func action(in item: Catalog.Item) -> String? {
        (item.tags ?? []).first { $0.hasPrefix("practice:") }.map { String($0.dropFirst(9)) }
    }

    /// What ticks this habit, or nil for "only when I tick it". The form
    /// keeps that choice as "" on a catalog habit, so it stays untied.
    static func action(of habit: Habit, _ ctx: Context) -> String? {
        if let p = habit.practice { return p.isEmpty ? nil : p }
        return action(ofCatalogItem: habit.catalogItem, ctx)
    }

    /// A record that stood for an action was taken back (a win deleted, an
    /// "in touch today" undone): when nothing of the kind is left for today,
    /// the tick the action gave today goes too. A tick given by hand stays.
    static func takenBack(kind: String, _ ctx: Context) {
        let month = MonthKey(utc: ctx.now()), today = ctx.today
        let action: String
        switch kind {
        case SmallWin.kind.name:
            guard !ctx.store.records(SmallWin.self, month: month).contains(where: { $0.day == today }) else { return }
            action = PracticeActions.win
        case ContactLog.kind.name:
            guard !ctx.store.records(ContactLog.self, month: month).contains(where: { $0.day == today }) else { return }
            action = PracticeActions.reachOut
        default:
            return
        }
        let log = HabitLog(store: ctx.store, calendar: ctx.calendar, today: today)
        for habit in ctx.store.all(Habit.self) where HabitActions.action(of: habit, ctx) == action {
            guard let tick = log.check(habit.id, today), tick.deleted == nil, tick.source == action, !tick.isRest else { continue }
            HabitTicks.set(habit, today, to: .none, source: action, log: log, ctx)
        }
    }

    /// How a habit's choice is stored: nil unless it differs from what the
    /// catalog item would give it anyway.
    static func stored(_ choice: String, catalogItem: String?, _ ctx: Context) -> String? {
        if !choice.isEmpty { return choice }
        return action(ofCatalogItem: catalogItem, ctx) == nil ? nil : ""
    }
}
