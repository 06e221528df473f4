import KeelStore
import KeelTerminal

/// Writing the week's letter: keel's draft, or what was typed last time, in
/// a field of several paragraphs. Enter starts a new line, so saving is
/// Ctrl-S; Esc goes back and keeps the words as a draft.
public struct LetterEditorScreen: Screen {
    let week: Week
    var editor: TextEditor
    let existing: WeeklyLetter?
    /// ↑↓ move by whole lines of the letter (the window's width isn't known
    /// while handling a key), so they step over a wrapped paragraph at once.
    static let lineWidth = Int.max / 2
    var restored = false

    static func draftID(_ week: Week) -> String { "letter:\(week.first)" }

    public init(week: Week, _ ctx: Context, existing: WeeklyLetter? = nil) {
        self.week = week
        self.existing = existing ?? Letters.letter(for: week, ctx)
        let start = self.existing?.text ?? LetterDraft.assemble(ctx, week: week)
        editor = TextEditor(start, multiline: true)
        if let d = ctx.store.draft(LetterEditorScreen.draftID(week)), let text = d.state["text"]?.string, text != start {
            editor.set(text)
            restored = true
        }
        editor.moveVertically(by: -100_000, width: LetterEditorScreen.lineWidth)
    }

    public var title: String { "Letter · \(week)" }
    public var capturesText: Bool { true }
    public var hints: [KeyHint] { [KeyHint("Ctrl-S", "save"), KeyHint("Enter", "new line"), KeyHint("Esc", "back"), EditorKey.hint] }
    public var help: Help {
        Help(
            "Writing the letter",
            [
                "keel has started it from your week. Make it yours: add what happened that keel couldn't know, take out anything that doesn't ring true, say what you're proud of.",
                "Type anywhere; Enter starts a new line, ←→ move, ↑↓ go to the line above or below, Home and End go to the ends of the line, Ctrl-U clears back to the start of the line.",
                "Ctrl-O opens the letter in your own editor ($VISUAL or $EDITOR); what you save there comes back here.",
                "Ctrl-S saves it. Esc goes back and keeps your words as a draft for next time; so does Ctrl-C.",
            ])
    }

    public mutating func handle(_ key: Key, _ ctx: Context) -> Transition {
        switch key {
        case .ctrl("s"):
            return save(ctx)
        case EditorKey.key:
            return .editExternally(editor.text)
        case .escape:
            if let d = draft() { ctx.keepDraft(d) }
            return .back
        case .enter:
            editor.insertNewline()
        case .up, .down:
            editor.moveVertically(by: key == .up ? -1 : 1, width: LetterEditorScreen.lineWidth)
        case .home, .end, .ctrl("a"), .ctrl("e"):
            editor.moveToLineEdge(end: key == .end || key == .ctrl("e"))
        case .ctrl("u"):
            editor.deleteToLineStart()
        case .pageUp, .pageDown:
            editor.moveVertically(by: key == .pageUp ? -10 : 10, width: LetterEditorScreen.lineWidth)
        default:
            editor.handle(key)
        }
        return .stay
    }

    /// The letter came back from the person's own editor.
    public mutating func edited(_ text: String, _ ctx: Context) {
        editor.set(text)
    }

    mutating func save(_ ctx: Context) -> Transition {
        let text = editor.trimmed
        guard !text.isEmpty else {
            ctx.flash = "The letter is empty; write a line, or Esc to leave it."
            return .stay
        }
        var letter = existing ?? WeeklyLetter(id: ctx.newID(), created: ctx.now(), week: week.first, text: text)
        letter.text = text
        letter.updated = ctx.now()
        guard ctx.save(letter) else { return .stay }
        ctx.clearDraft(LetterEditorScreen.draftID(week))
        if existing == nil {
            // The letter belongs to its week: one written after the week is over ticks the week's last day, its due day.
            ctx.report(week.contains(ctx.today) ? .practiceDone("letter") : .practiceDoneFor("letter", day: week.last))
        }
        ctx.flash = "Your letter for \(week) is saved."
        return .back
    }

    public func draft() -> DraftContent? {
        let text = editor.text
        guard text != (existing?.text ?? ""), !editor.trimmed.isEmpty else { return nil }
        return DraftContent(id: LetterEditorScreen.draftID(week), title: "Letter for \(week)", state: .object(["text": .string(text)]))
    }

    public func render(into buffer: inout Buffer, in area: Rect, _ ctx: Context) {
        var top = 0
        if restored, area.height >= 10 {
            buffer.write("Your words from last time are back.", in: area, style: .calm)
            top = 2
        }
        let field = area.droppingTop(top)
        buffer.textField(editor, in: field, focused: true, words: true)
    }
}
