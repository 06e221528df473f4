import KeelStore
import KeelTerminal

/// The plan for one step: the situation and its day, the discomfort
/// expected, the fear and how likely it seems, a way out, and a coping plan
/// (a breath, a phrase, someone to message after). Also used to plan a
/// step again after facing it.
struct StepEditor: FormEditor {
    let original: ExposureStep?
    let ladderID: String
    /// The id a new step will take.
    let newID: String
    /// Words to start a new step with (from a widening step).
    var situation = ""
    var source: String?
    /// A widening step this plan carries on; noted on it once saved.
    var widening: WideningStep?
    /// Planning the step again after facing it: a fresh day and prediction.
    var again = false

    init(original: ExposureStep?, ladderID: String, _ ctx: Context) {
        self.original = original
        self.ladderID = original?.ladderID ?? ladderID
        newID = original?.id ?? ctx.newID()
    }

    var title: String {
        guard let s = original else { return "Step ladder · a new step" }
        return (again ? "Plan it again · " : "Step · ") + s.situation
    }
    var draftID: String { "exposure:step:\(original?.id ?? "new:\(ladderID)")" }

    var help: Help {
        Help(
            "Planning a step",
            [
                "The situation: one small, concrete thing, with a time and a place if you can. Smaller than you think is fine.",
                "Expected: how uncomfortable you think it will be, 0 to 10. What I fear, and how likely it seems: writing these down now is what lets you compare afterwards.",
                "Way out: how and when you can leave gracefully. Knowing there is one makes staying easier.",
                "The coping plan: a breath to take just before, words to tell yourself, and someone from your circles to message afterwards.",
                "Tab or ↑↓ moves between fields. ←→ change a day or a choice (t today, x no day), digits rate. Enter saves; Esc keeps what you typed for next time.",
            ])
    }

    static let breaths: [Form.Option] =
        [Form.Option(id: "", label: "none")]
        + BreathPattern.builtIn.map { Form.Option(id: $0.id, label: "\($0.name) (\($0.timing))") }

    func fields(_ ctx: Context) -> [Form.Field] {
        let s = original
        // The people on the circle map, read from the store: the map is the circles practice's own.
        let everyone = ctx.store.all(Person.self)
        let circleNames = Dictionary(ctx.store.all(BelongingCircle.self).map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        var people = [Form.Option(id: "", label: "nobody this time")]
        people += everyone.map { p in
            let circles = p.circleIDs.compactMap { circleNames[$0] }
            return Form.Option(id: p.id, label: circles.isEmpty ? p.name : "\(p.name) · \(circles.joined(separator: ", "))")
        }
        // Someone no longer on the map stays offered by name, so saving keeps them.
        if let id = s?.personID, !everyone.contains(where: { $0.id == id }) { people.append(Form.Option(id: id, label: s?.personName ?? id)) }
        let breath = StepEditor.breaths.firstIndex { $0.id == (s?.breathing ?? "") } ?? 0
        let due = again ? ctx.today.adding(days: 7) : s?.due
        var lastTime = ""
        if again, let last = s.flatMap({ ExposureWorld.load(ctx.store).attempts(of: $0.id).last }), let felt = last.actual {
            lastTime = last.expected.map { " Last time you expected \($0) and it felt \(felt)." } ?? " Last time it felt \(felt)."
        }
        return [
            Form.Field(
                key: "situation", label: "Situation", value: .text(TextEditor(s?.situation ?? situation, maxLength: 160)),
                note: "One small, concrete thing. For example: stay for the warm-up chat after Saturday's run."),
            Form.Field(
                key: "due", label: "When", value: .when(due),
                note: "←→ a day, PgUp PgDn a week, t today, x no day yet."),
            Form.Field(
                key: "expected", label: "Expected", value: .score(again ? nil : s?.expected, percent: false),
                note: again
                    ? "How uncomfortable do you expect it to be this time, 0-10?" + lastTime
                    : "How uncomfortable do you expect it to be, 0-10? Digits or ←→."),
            Form.Field(
                key: "fear", label: "What I fear", value: .text(TextEditor(s?.fear ?? "", maxLength: 200)),
                note: "What are you afraid will happen? For example: nobody will talk to me.", rows: 3),
            Form.Field(
                key: "likelihood", label: "How likely", value: .score(again ? nil : s?.likelihood, percent: true),
                note: "How likely does that feel, from 0% to 100%? Digits are tens: 7 is 70%."),
            Form.Field(
                key: "exit", label: "Way out", value: .text(TextEditor(s?.exitStrategy ?? "", maxLength: 200)),
                note: "How and when can you leave gracefully? For example: after twenty minutes I can say I have an early start.", rows: 3),
            Form.Field(
                key: "breath", label: "Breath before", value: .choice(StepEditor.breaths, breath),
                note: "←→ a breathing pattern to take for a minute just before."),
            Form.Field(
                key: "phrase", label: "Say to myself", value: .text(TextEditor(s?.phrase ?? "", maxLength: 160)),
                note: "Words to tell yourself. For example: awkward is allowed, and it passes."),
            Form.Field(
                key: "person", label: "Message after", value: .choice(people, people.firstIndex { $0.id == (s?.personID ?? "") } ?? 0),
                note: everyone.isEmpty
                    ? "Someone to tell how it went. Add people on the circle map to choose them here."
                    : "←→ someone from your circles to message afterwards."),
        ]
    }

    func save(_ form: Form, _ ctx: Context) -> String? {
        let situation = form.text("situation")
        guard !situation.isEmpty else { return "A few words for the situation, please." }
        let world = ExposureWorld.load(ctx.store)
        var s =
            original
            ?? ExposureStep(
                id: newID, created: ctx.now(), ladderID: ladderID, rank: world.topRank(of: ladderID),
                situation: situation, source: source ?? widening.map { "widening:\($0.id)" })
        s.situation = situation
        s.due = form.day("due")
        s.expected = form.score("expected")
        s.fear = form.text("fear")
        s.likelihood = form.score("likelihood")
        s.exitStrategy = form.text("exit")
        s.breathing = form.choice("breath").flatMap { $0.isEmpty ? nil : $0 }
        s.phrase = form.text("phrase")
        let personID = form.choice("person").flatMap { $0.isEmpty ? nil : $0 }
        let oldName = s.personName
        s.personName = personID.map { id in ctx.store.all(Person.self).first { $0.id == id }?.name ?? oldName ?? id }
        s.personID = personID
        if again { s.doneOn = nil; s.skippedOn = nil }
        s.updated = ctx.now()
        guard ctx.save(s) else { return ctx.flash ?? "This step could not be saved." }
        if let widening { ctx.report(.carried(wideningStep: widening.id, to: "exposure:\(s.id)")) }
        return nil
    }

    func afterSave(_ form: Form, _ ctx: Context) -> Transition {
        if widening != nil {
            let goal = ctx.store.find(ExposureLadder.self, id: ladderID)?.goal
            // The step's words are on the screen below; where it went is the news.
            ctx.flash = goal.map { "Now on your ladder “\($0)”." } ?? "On your ladder: \(form.text("situation"))."
        }
        return .back
    }
}
