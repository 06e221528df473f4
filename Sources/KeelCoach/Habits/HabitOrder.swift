import KeelStore

/// Moving a habit up or down the list. The whole order is written at once
/// (habits live in one file, so it is one atomic save), numbered from 0, so
/// habits never moved before take their place in it too.
enum HabitOrder {
    /// Moves the habit one place earlier (-1) or later (+1); false when it is
    /// already at that end or the save failed.
    @discardableResult
    static func move(_ id: String, by step: Int, _ ctx: Context) -> Bool {
        var habits = HabitRow.ordered(ctx.store.all(Habit.self))
        guard let from = habits.firstIndex(where: { $0.id == id }) else { return false }
        let to = from + step
        guard habits.indices.contains(to) else { return false }
        habits.swapAt(from, to)
        let now = ctx.now()
        var changed: [Habit] = []
        for i in habits.indices where habits[i].order != i {
            habits[i].order = i
            habits[i].updated = now
            changed.append(habits[i])
        }
        return ctx.saveAll(changed)
    }
}
