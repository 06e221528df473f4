import KeelStore
import KeelTerminal

/// The home screen as a numbered menu: the same practices with the same
/// letters, so `2` and `i` both open the check-in. Today's notes follow the
/// list; `?` lists it again; `q` leaves.
struct PlainHome: Conversing {
    let talk: Conversation
    var screen: HomeScreen

    mutating func run() {
        talk.heading("keel")
        talk.say(HomeScreen.greeting(hour: ctx.calendar.hour(of: ctx.now())))
        menu()
        while true {
            let typed = ["Type a number or the letter beside a practice, then Enter. q leaves keel."] + lines
            let reply = talk.ask("Home. Type a number or a letter, ? for the list, q to leave.", typed: typed, canGoBack: false)
            guard case .answer(let line) = reply else {
                if reply == .back { talk.say("Home is the first page; q leaves keel.") }
                if talk.ended { return }
                continue
            }
            let word = TextEditor(line).trimmed.lowercased()
            if word == "q" || word == "quit" { return }
            guard let entry = entry(for: word) else {
                if !word.isEmpty { talk.say("keel has nothing under \"\(word)\". Type ? for the list.") }
                continue
            }
            guard let opened = entry.open(ctx) else { continue }
            PlainOpen.run(opened, talk)
            if talk.ended { return }
            ctx.pickUpSideFiles()
            screen.refresh(ctx)
            talk.io.write("")
        }
    }

    /// "1. r  Reframe: Pause, breathe and take a second look at a sting".
    var lines: [String] {
        screen.entries.enumerated().map { i, e in "  \(i + 1). \(e.shortcut)  \(e.label): \(e.detail)" }
    }

    func menu() {
        talk.heading("Practices")
        for line in lines { talk.io.write(line) }
        let notes = notes
        if !notes.isEmpty {
            talk.heading("Today")
            for note in notes { talk.say(note) }
        }
        talk.io.write("")
    }

    /// What the full screen shows under the menu: a word about the data, then today's notes.
    var notes: [String] {
        var out: [String] = []
        if ctx.store.isWaitingForLock {
            out.append("Another keel is open on this data. What you save here waits in a side file and joins the rest when that keel closes.")
        } else if case .readOnly(let why) = ctx.store.access {
            out.append("Read-only: \(why). Nothing you do here will be saved.")
        }
        out += ctx.store.problems.map { "Couldn't read " + $0.description }
        return out + screen.today
    }

    func entry(for word: String) -> HomeEntry? {
        if let n = Int(word), screen.entries.indices.contains(n - 1) { return screen.entries[n - 1] }
        guard word.count == 1, let c = word.first else { return nil }
        return screen.entries.first { $0.shortcut == c }
    }
}
