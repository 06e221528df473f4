import KeelStore
import KeelTerminal

/// After facing a step: how uncomfortable it really was, what happened,
/// whether the feared thing came true, what helped, what to adjust, and a
/// process win. Saving leads on to what comes next: repeat or move up.
struct AfterEditor: FormEditor {
    let step: ExposureStep
    /// The id the reflection will take, known now so the next screen can show it.
    let attemptID: String

    init(step: ExposureStep, _ ctx: Context) {
        self.step = step
        attemptID = ctx.newID()
    }

    var title: String { "After · \(step.situation)" }
    var draftID: String { "exposure:after:\(step.id)" }

    var help: Help {
        Help(
            "After a step",
            [
                "A few honest notes while it is fresh. Only the discomfort number is needed; it is what keel compares with what you expected.",
                "Did it happen: whether the thing you feared came true. Partly is a fine answer.",
                "A win is about what you did, not how it went: \"I went\", \"I stayed twenty minutes\", \"I asked one question\".",
                "Tab or ↑↓ moves between fields, digits rate, ←→ choose. Enter saves and asks what comes next; Esc keeps what you typed for later.",
            ])
    }

    static let outcomes: [Form.Option] = [
        Form.Option(id: "", label: "not sure"),
        Form.Option(id: ExposureAttempt.Outcome.no.rawValue, label: "no"),
        Form.Option(id: ExposureAttempt.Outcome.partly.rawValue, label: "partly"),
        Form.Option(id: ExposureAttempt.Outcome.yes.rawValue, label: "yes"),
    ]

    func fields(_ ctx: Context) -> [Form.Field] {
        let expected = step.expected.map { " You expected \($0)." } ?? ""
        let fear = step.fear.isEmpty ? "Did what you feared happen?" : "You feared: \(step.fear). Did it happen?"
        return [
            Form.Field(
                key: "actual", label: "Discomfort", value: .score(nil, percent: false),
                note: "How uncomfortable was it really, 0-10?" + expected),
            Form.Field(
                key: "happened", label: "What happened", value: .text(TextEditor(maxLength: 600)),
                note: "What actually happened, in a sentence or two.", rows: 3),
            Form.Field(key: "fear", label: "Did it happen", value: .choice(AfterEditor.outcomes, 0), note: fear + " ←→ choose."),
            Form.Field(
                key: "helped", label: "What helped", value: .text(TextEditor(maxLength: 300)),
                note: "What helped you stay grounded? A breath, a phrase, a person, a plan.", rows: 3),
            Form.Field(
                key: "adjust", label: "Next time", value: .text(TextEditor(maxLength: 300)),
                note: "What would you adjust next time?", rows: 3),
            Form.Field(
                key: "win", label: "A win", value: .text(TextEditor(maxLength: 200)),
                note: "Something you did, whatever the outcome: I went. I stayed. I said hello first."),
            Form.Field(key: "day", label: "Day", value: .day(ctx.today), note: "When you did it. ←→ a day earlier or later, t today."),
        ]
    }

    func save(_ form: Form, _ ctx: Context) -> String? {
        guard let actual = form.score("actual") else { return "How did it feel, 0-10? That number is what keel learns from." }
        let stored = ctx.store.find(ExposureStep.self, id: step.id) ?? step
        let attempt = ExposureAttempt(
            id: attemptID, created: ctx.now(), stepID: step.id, ladderID: step.ladderID, situation: stored.situation,
            day: form.day("day") ?? ctx.today, expected: stored.expected, fear: stored.fear.isEmpty ? nil : stored.fear,
            likelihood: stored.likelihood, actual: actual, whatHappened: form.text("happened"),
            fearCameTrue: form.choice("fear").flatMap(ExposureAttempt.Outcome.init(rawValue:)),
            helped: form.text("helped"), adjust: form.text("adjust"), win: form.text("win"))
        guard ExposureEdits.record(attempt, for: stored, ctx) else { return ctx.flash ?? "This could not be saved." }
        logWin(attempt, ctx)
        return nil
    }

    /// The win goes into the small-wins log too, under an id tied to this
    /// attempt, so editing the reflection again changes the win, not adds one.
    func logWin(_ attempt: ExposureAttempt, _ ctx: Context) {
        let id = "win-" + attempt.id
        let text = TextEditor(attempt.win).trimmed
        let logged = ctx.store.find(SmallWin.self, id: id, near: attempt.created)
        if text.isEmpty {
            if logged?.isDeleted == false { try? ctx.store.delete(SmallWin.self, id: id) }
            return
        }
        var win = logged ?? SmallWin(id: id, created: attempt.created, day: attempt.day, text: text, source: "expose")
        win.text = text
        win.day = attempt.day
        win.deleted = nil
        win.updated = ctx.now()
        ctx.save(win)
    }

    func afterSave(_ form: Form, _ ctx: Context) -> Transition {
        return .replace(NextMoveScreen(attemptID: attemptID, ctx))
    }
}
