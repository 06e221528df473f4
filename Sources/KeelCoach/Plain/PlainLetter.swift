import KeelStore
import KeelTerminal

/// The week's letter as lines, on the full screen's `LetterEditorScreen`:
/// keel's draft from the week is read out, then kept as it is or written
/// anew line by line, and saved (or kept as a draft) by the same screen.
enum PlainLetter {
    static let end = "."

    static func run(_ screen: LetterEditorScreen, _ talk: Conversation) {
        var screen = screen
        talk.heading(screen.title)
        talk.say(screen.restored ? "Your words from last time are back:" : "keel has started it from your week:")
        talk.heading("The letter so far")
        talk.say(screen.editor.text)
        talk.io.write("")
        let prompt = "Press Enter to save it as it is, type add to add your own lines at its end, write to write it afresh, or back to leave it for now."
        let typed = ["Enter saves the letter above. add keeps it and adds your lines after it; write starts it afresh. Either way, line by line."]
        switch talk.ask(prompt, typed: typed, canGoBack: false) {
        case .answer(let word) where ["write", "add"].contains(PlainText.trim(word).lowercased()):
            talk.say("Type a line at a time; an empty line starts a new paragraph. A line with only a full stop (\(end)) ends it.")
            var lines = PlainText.trim(word).lowercased() == "add" ? [TextEditor(screen.editor.text).trimmed, ""] : []
            while let line = talk.readText(), PlainText.trim(line) != end { lines.append(line) }
            screen.editor.set(lines.joined(separator: "\n"))
            guard !talk.ended else {
                screen.closing(talk.ctx)  // kept as a draft, offered back next time
                talk.leaving(TypedText.all(of: screen))
                return
            }
        case .answer:
            break
        case .back, .ended:
            screen.closing(talk.ctx)
            return
        }
        _ = screen.handle(.ctrl("s"), talk.ctx)
        PlainRoute.route(talk)  // a habit that stands for the letter ticks itself
        talk.sayFlash()
    }
}
