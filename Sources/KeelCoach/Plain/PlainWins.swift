import KeelStore
import KeelTerminal

/// Every small win as a numbered list, newest first: e changes one, d
/// deletes it (u brings it back), a notes a new one.
extension WinsScreen: PlainListing {
    func plainIntro(_ ctx: Context) -> [String] {
        guard !all.isEmpty else { return ["Small wins"] }
        return ["Small wins", (all.count == 1 ? "1 win." : "\(all.count) wins, newest first, by week.") + " Words you type search them; all lists every one."]
    }

    var plainEmpty: String {
        all.isEmpty
            ? "No wins yet: something you did that took a little courage or care, whatever came of it." : "Nothing matches. Type all to hear every win again."
    }

    func plainRows(_ ctx: Context) -> [(heading: String?, text: String)] {
        var week: Week?
        return shown.map { win in
            let w = Week(containing: win.day)
            let heading = w == week ? nil : WinsScreen.weekName(w, today: today)
            week = w
            return (heading, "\(win.day.weekdayName) \(win.day.day) \(win.day.monthName): \(win.text)")
        }
    }

    mutating func plainSelect(_ row: Int?) { selected = row ?? selected }

    /// Any other words search the wins, as / does on the full screen; all shows them all again.
    mutating func plainSearch(_ words: String) -> Bool {
        guard !all.isEmpty else { return false }
        search.set(words)
        filter()
        return true
    }

    func plainRowActions(_ ctx: Context) -> [PlainAction] {
        [
            PlainAction(letter: "e", words: "change it", key: .char("e")),
            PlainAction(letter: "d", words: "delete", key: .char("d"), confirm: current.map { "Delete \"\($0.text)\"?" }),
        ]
    }

    func plainListActions(_ ctx: Context) -> [PlainAction] {
        [PlainAction(letter: "a", words: "add a win", key: .char("a"))] + (deleted.isEmpty ? [] : [PlainAction(letter: "u", words: "undo", key: .char("u"))])
    }
}
