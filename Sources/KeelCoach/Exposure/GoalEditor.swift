import KeelStore
import KeelTerminal

/// The form for a ladder's goal. A new ladder opens straight onto its
/// (empty) ladder, ready for steps.
struct GoalEditor: FormEditor {
    let original: ExposureLadder?
    /// The id a new ladder will take, known now so the ladder can open once it is saved.
    let newID: String

    init(original: ExposureLadder?, _ ctx: Context) {
        self.original = original
        newID = original?.id ?? ctx.newID()
    }

    var title: String { original == nil ? "Step ladder · a new goal" : "Step ladder · the goal" }
    var draftID: String { "exposure:ladder:\(original?.id ?? "new")" }

    var help: Help {
        Help(
            "A goal",
            [
                "Something social you would like to feel more at ease with: \"feel at home in the running club\", \"speak up in team meetings\", \"go to a party where I know one person\".",
                "Next you build a ladder of small steps towards it, from easy to hard. Write your own, or pick from examples.",
                "Enter saves. Esc goes back and keeps what you typed for next time.",
            ])
    }

    func fields(_ ctx: Context) -> [Form.Field] {
        [
            Form.Field(
                key: "goal", label: "Goal", value: .text(TextEditor(original?.goal ?? "", maxLength: 120)),
                note: "What would you like to feel more at ease with? For example: feel at home in the running club.")
        ]
    }

    func save(_ form: Form, _ ctx: Context) -> String? {
        let goal = form.text("goal")
        guard !goal.isEmpty else { return "A few words for the goal, please." }
        var ladder = original ?? ExposureLadder(id: newID, created: ctx.now(), goal: goal)
        ladder.goal = goal
        ladder.updated = ctx.now()
        return ctx.save(ladder) ? nil : (ctx.flash ?? "This goal could not be saved.")
    }

    func afterSave(_ form: Form, _ ctx: Context) -> Transition {
        return original == nil ? .replace(LadderScreen(ladderID: newID, ctx)) : .back
    }
}
