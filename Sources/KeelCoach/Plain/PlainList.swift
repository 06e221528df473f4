import KeelStore
import KeelTerminal

/// Something a list can do, typed as the full screen's letter (or a word),
/// and the key the full screen takes for it.
struct PlainAction {
    let letter: String
    let words: String
    let key: Key
    /// Asked first, for what can't be taken back by a slip ("Delete Sam?").
    var confirm: String?
}

/// A full-screen list that plain mode reads out as numbered lines. The
/// screen keeps its own logic: plain mode picks a row, then sends the
/// screen the key of the action typed, and runs what it opens.
protocol PlainListing: Screen {
    /// The lines said at the top: a heading, a word about the list.
    func plainIntro(_ ctx: Context) -> [String]
    /// The rows a number picks; a row may be led by a heading (said first, not numbered).
    func plainRows(_ ctx: Context) -> [(heading: String?, text: String)]
    /// Said instead of rows when there are none.
    var plainEmpty: String { get }
    /// Picks a row (nil: none, for actions on the whole list).
    mutating func plainSelect(_ row: Int?)
    /// What can be done to the row picked.
    func plainRowActions(_ ctx: Context) -> [PlainAction]
    /// What can be done with no row picked (add, undo).
    func plainListActions(_ ctx: Context) -> [PlainAction]
    /// Words typed that are no number or letter: a list that can be
    /// searched shows what they find ("" shows everything); false when it can't.
    mutating func plainSearch(_ words: String) -> Bool
}

extension PlainListing {
    mutating func plainSearch(_ words: String) -> Bool { false }
}

enum PlainList {
    /// Rows past this many are said again after a change only when asked (`list`).
    static let longList = 15

    static func run<S: PlainListing>(_ screen: S, _ talk: Conversation) {
        var screen = screen
        let ctx = talk.ctx
        for (i, line) in screen.plainIntro(ctx).enumerated() { i == 0 ? talk.heading(line) : talk.say(line) }
        var listed = false
        var said: [String]?
        while !talk.ended {
            let rows = screen.plainRows(ctx)
            let texts = rows.map(\.text)
            if !listed || said.map({ $0 != texts }) == true {
                // A long list is said again only when asked: a reader isn't made to hear it after every change.
                if listed, let before = said, rows.count > longList {
                    // What changed is said (a habit ticked, a ring moved), not the whole list again.
                    let changed = zip(texts.indices, texts).filter { !before.contains($0.1) }
                    if changed.count <= 3 { for (i, text) in changed { talk.say("Now \(i + 1). \(text)") } }
                    talk.say("The list has changed: list says it again, with its new numbers.")
                } else {
                    say(rows, screen.plainEmpty, talk)
                }
                said = texts
            }
            listed = true
            screen.plainSelect(nil)
            let actions = screen.plainListActions(ctx)
            var parts = rows.isEmpty ? [] : [rows.count == 1 ? "1 to choose it" : "a number to choose one"]
            if !actions.isEmpty { parts.append(offer(actions)) }
            let prompt = parts.isEmpty ? "Press Enter to leave." : "Type \(parts.joined(separator: ", ")), or Enter to leave."
            let typed = ["list says the list again.", "A number and a letter together, such as 2 e, choose and act at once."]
            guard case .answer(let line) = talk.ask(prompt, typed: typed, canGoBack: false) else { return }
            let words = PlainText.trim(line).lowercased().split(separator: " ").map(String.init)
            guard let first = words.first else { return }
            if first == "list" {
                listed = false
                said = nil
                continue
            }
            if let n = Int(first) {
                guard rows.indices.contains(n - 1) else {
                    talk.say(rows.isEmpty ? "The list is empty." : "Type a number from 1 to \(rows.count).")
                    continue
                }
                screen.plainSelect(n - 1)
                _ = row(&screen, rows[n - 1].text, then: words.dropFirst().first, talk)
            } else if let action = actions.first(where: { $0.letter == first || $0.words == first }) {
                _ = perform(action, &screen, talk)
            } else if first == "all", screen.plainSearch("") {
                said = nil
                listed = false
            } else if screen.plainSearch(PlainText.trim(line)) {
                said = nil
                listed = false
            } else {
                talk.say("keel has nothing under \"\(first)\" here. Type ? for what can be typed.")
            }
        }
    }

    static func say(_ rows: [(heading: String?, text: String)], _ empty: String, _ talk: Conversation) {
        guard !rows.isEmpty else { return talk.say(empty) }
        for (i, row) in rows.enumerated() {
            if let heading = row.heading { talk.heading(heading) }
            talk.say("  \(i + 1). \(row.text)")
        }
        talk.io.write("")
    }

    /// "e to edit, d to delete".
    static func offer(_ actions: [PlainAction]) -> String {
        actions.map { "\($0.letter) to \($0.words)" }.joined(separator: ", ")
    }

    /// A row picked: what can be done to it, typed by letter. True when the
    /// list stayed as it was (nothing done).
    static func row<S: PlainListing>(_ screen: inout S, _ text: String, then typed: String?, _ talk: Conversation) -> Bool {
        let actions = screen.plainRowActions(talk.ctx)
        // A row with one thing to do (a step due: its plan) does it at once.
        if actions.count == 1, actions[0].letter.isEmpty { return !perform(actions[0], &screen, talk) }
        var typed = typed
        while true {
            if typed == nil {
                guard case .answer(let line) = talk.ask("\(text). Type \(offer(actions)), or Enter to go back to the list.", canGoBack: true) else {
                    return true
                }
                typed = PlainText.trim(line).lowercased()
            }
            guard let word = typed, !word.isEmpty else { return true }
            guard let action = actions.first(where: { $0.letter == word || $0.words == word }) else {
                talk.say("Type \(offer(actions)), or press Enter.")
                typed = nil
                continue
            }
            return !perform(action, &screen, talk)
        }
    }

    /// Sends the action's key to the screen and runs what it opens. True
    /// when something was done (the list is said again).
    static func perform<S: Screen>(_ action: PlainAction, _ screen: inout S, _ talk: Conversation) -> Bool {
        let ctx = talk.ctx
        if let question = action.confirm {
            guard case .answer(let line) = talk.ask("\(question) Type yes to go ahead; Enter keeps it.") else { return false }
            guard ["yes", "y"].contains(PlainText.trim(line).lowercased()) else {
                talk.say("Kept as it was.")
                return false
            }
        }
        let next = screen.handle(action.key, ctx).resolved(ctx)
        PlainRoute.route(talk)
        talk.sayFlash()
        switch next {
        case .open(let opened), .replace(let opened):
            PlainOpen.run(opened, talk)
            PlainRoute.route(talk)
            screen.resume(ctx)
        default:
            break
        }
        return true
    }
}
