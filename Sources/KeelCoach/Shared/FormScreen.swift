import KeelStore
import KeelTerminal

/// What an editor screen needs to know about the record it edits.
protocol FormEditor {
    var title: String { get }
    /// One draft per record (or per "new"), so Esc and Ctrl-C keep what was typed.
    var draftID: String { get }
    var help: Help { get }
    func fields(_ ctx: Context) -> [Form.Field]
    /// Saves the form; returns what is wrong instead when it can't.
    func save(_ form: Form, _ ctx: Context) -> String?
    /// Where to go once saved: back, unless the editor leads on (an exposure reflection opens what comes next).
    func afterSave(_ form: Form, _ ctx: Context) -> Transition
}

extension FormEditor {
    func afterSave(_ form: Form, _ ctx: Context) -> Transition { .back }
}

/// A record edited through a form. Enter saves; Esc backs out and keeps
/// what was typed as a draft, which comes back the next time the same
/// record is opened (Ctrl-R starts again from the saved values).
struct FormScreen<Editor: FormEditor>: Screen {
    let editor: Editor
    var form: Form
    let pristine: JSONValue
    var restored = false

    init(_ editor: Editor, _ ctx: Context) {
        self.editor = editor
        form = Form(editor.fields(ctx))
        pristine = form.snapshot
        if let d = ctx.store.draft(editor.draftID) {
            form.restore(d.state)
            restored = form.snapshot != pristine
            // A draft that says only what is saved would come back to no purpose.
            if !restored { ctx.clearDraft(editor.draftID) }
        }
    }

    var title: String { editor.title }
    var help: Help { editor.help }
    var capturesText: Bool { form.isTyping }
    var changed: Bool { form.snapshot != pristine }

    var hints: [KeyHint] {
        var h = [KeyHint("Tab ↑↓", "field"), KeyHint("Enter", "save"), KeyHint("Esc", "back")]
        if restored { h.append(KeyHint("Ctrl-R", "start again")) }
        return h
    }

    mutating func handle(_ key: Key, _ ctx: Context) -> Transition {
        if key == .ctrl("r"), restored {
            form = Form(editor.fields(ctx))
            restored = false
            ctx.clearDraft(editor.draftID)
            return .stay
        }
        switch form.handle(key, today: ctx.today) {
        case .submit:
            // Said before anything is checked, for every form alike: nothing can be saved.
            if ctx.isReadOnly {
                form.error = "Your data is read-only just now, so this can't be saved."
                return .stay
            }
            if let problem = editor.save(form, ctx) {
                form.error = problem
                return .stay
            }
            ctx.clearDraft(editor.draftID)
            return editor.afterSave(form, ctx)
        case .cancel:
            if !ctx.isReadOnly { settleDraft(ctx) }
            return .back
        case .handled, .ignored:
            return .stay
        }
    }

    var draftPlace: String? { editor.draftID }

    func draft() -> DraftContent? {
        changed ? DraftContent(id: editor.draftID, title: editor.title, state: form.snapshot) : nil
    }

    func render(into buffer: inout Buffer, in area: Rect, _ ctx: Context) {
        var top = 0
        if restored, area.height > 8 {
            buffer.write("What you typed last time is back.", in: area, style: .calm)
            top = 2
        }
        form.render(into: &buffer, in: area.droppingTop(top), today: ctx.today)
    }
}
