import KeelStore
import KeelTerminal

/// Writing the week's letter: keel's draft, or what was typed last time, in
/// a field of several paragraphs. Enter starts a new line, so saving is
/// Ctrl-S; Esc goes back and keeps the words as a draft.
public struct LetterEditorScreen: Screen {
    let week: Week
    var editor: TextEditor
    let existing: WeeklyLetter?
    /// What the editor opened with when no draft was waiting: the saved
    /// letter, or keel's first draft. Words that match it are no draft.
    let start: String
    /// ↑↓ move by whole lines of the letter (the window's width isn't known
    /// while handling a key), so they step over a wrapped paragraph at once.
    static let lineWidth = Int.max / 2
    var restored = false

    static func draftID(_ week: Week) -> String { "letter:\(week.first)" }

    public init(week: Week, _ ctx: Context, existing: WeeklyLetter? = nil) {
        self.week = week
        self.existing = existing ?? Letters.letter(for: week, ctx)
        let start = self.existing?.text ?? LetterDraft.assemble(ctx, week: week)
        self.start = start
        editor = TextEditor(start, multiline: true)
        let id = LetterEditorScreen.draftID(week)
        if let d = ctx.store.draft(id), let text = d.state["text"]?.string {
            if LetterEditorScreen.same(text, start) {
                // Nothing in it that isn't saved: it would only bring back words taken out since.
                ctx.clearDraft(id)
            } else {
                // Back where the words were left (or where the person's own words go), not before "Dear me,".
                editor.set(text)
                restored = true
                if case .number(let n) = d.state["cursor"] { editor.place(at: Int(n)) } else { editor.place(at: LetterDraft.ownWordsOffset(in: text)) }
                return
            }
        }
        // A letter not yet touched opens at the top, to be read first.
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
            settleDraft(ctx)
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

    /// Letters are saved trimmed, so space at either end is no change.
    static func same(_ a: String, _ b: String) -> Bool {
        func trimmed(_ s: String) -> String { String(s.drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed()) }
        return trimmed(a) == trimmed(b)
    }

    public var draftPlace: String? { LetterEditorScreen.draftID(week) }

    public func draft() -> DraftContent? {
        let text = editor.text
        guard !LetterEditorScreen.same(text, start), !editor.trimmed.isEmpty else { return nil }
        return DraftContent(
            id: LetterEditorScreen.draftID(week), title: "Letter for \(week)",
            state: .object(["text": .string(text), "cursor": .number(Double(editor.cursor))]))
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
