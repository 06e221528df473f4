import KeelStore
import KeelTerminal

/// Today's habits as a numbered list: a number picks one, then `done`
/// ticks it (or takes the tick back), t the two-minute version, r a rest
/// day, o reads its calendar (Enter on the full screen), e edits, d deletes, + and - move it; a adds one, u brings back
/// the one deleted. `2 done` does both at once.
extension HabitsScreen: PlainListing {
    func plainIntro(_ ctx: Context) -> [String] { ["Habits", "Today, \(ctx.today.long)."] }

    var plainEmpty: String { "No habits yet. Small daily rituals, from a list or your own." }

    func plainRows(_ ctx: Context) -> [(heading: String?, text: String)] {
        rows.map { (nil, "\($0.habit.name), \(PlainHabits.done($0)): \($0.status)") }
    }

    mutating func plainSelect(_ row: Int?) { selected = row ?? selected }

    func plainRowActions(_ ctx: Context) -> [PlainAction] {
        let mark = rows.indices.contains(selected) ? rows[selected].mark : nil
        var out = [
            PlainAction(letter: "done", words: mark == nil || mark == .rest ? "tick it for today" : "take today's tick back", key: .char(" ")),
            PlainAction(letter: "t", words: "tick just the two-minute version", key: .char("t")),
            PlainAction(letter: "r", words: mark == .rest ? "take the rest day back" : "rest today", key: .char("r")),
            PlainAction(letter: "o", words: "hear its calendar", key: .enter),
            PlainAction(letter: "e", words: "edit", key: .char("e")),
            PlainAction(letter: "d", words: "delete", key: .char("d"), confirm: current.map { "Delete the habit \($0.name)? Its days are kept." }),
        ]
        if rows.count > 1 {
            out += [PlainAction(letter: "+", words: "move it down", key: .char("+")), PlainAction(letter: "-", words: "move it up", key: .char("-"))]
        }
        return out
    }

    func plainListActions(_ ctx: Context) -> [PlainAction] {
        [PlainAction(letter: "a", words: "add a habit", key: .char("a"))] + (deleted == nil ? [] : [PlainAction(letter: "u", words: "undo", key: .char("u"))])
    }
}

enum PlainHabits {
    static func done(_ row: HabitRow) -> String {
        switch row.mark {
        case .done?, .small?: return "done today"
        case .rest?: return "resting today"
        case nil: return row.due ? "not done yet today" : "not due today"
        }
    }

    /// A new habit: your own, or one of the catalog's, then its form.
    static func add(_ screen: HabitCatalogScreen, _ talk: Conversation) {
        var screen = screen
        talk.heading("Add a habit")
        let names = ["Your own habit"] + screen.items.map(\.label)
        let details = ["write it yourself"] + screen.items.map { HabitEditor.start(from: $0).schedule.description }
        guard case .index(let i) = talk.pick("Which small ritual would you like to keep?", names, details: details) else { return }
        screen.selected = i
        if case .replace(let form) = screen.handle(.enter, talk.ctx) { PlainOpen.run(form, talk) }
    }
}
