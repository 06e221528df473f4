import KeelStore
import KeelTerminal

/// The form for a circle: what it is, how it feels, how often you are in
/// touch, and how it sits with your other circles.
struct CircleEditor: FormEditor {
    let original: BelongingCircle?
    let world: CircleWorld

    var title: String { original.map { "Circle · \($0.name)" } ?? "New circle" }
    var draftID: String { "circles:circle:\(original?.id ?? "new")" }

    var help: Help {
        Help(
            "A circle",
            [
                "A circle is a place you belong: family, old friends, a club, a team at work, a class, a community.",
                "Tab or ↑↓ moves between fields. ←→ change a choice, 1-5 pick a rating, Space ticks a circle in the last two rows. Enter saves from any field.",
                "Esc goes back and keeps what you typed; it is here again next time you open this circle. Ctrl-R then starts again from what was saved.",
                "Support, and the closeness of the people in the circle, decide how much of your support it carries on the insights page.",
            ])
    }

    func fields(_ ctx: Context) -> [Form.Field] {
        let c = original
        let kinds = BelongingCircle.Kind.allCases.map { Form.Option(id: $0.rawValue, label: $0.label) }
        var cadences = RhythmWords.cadences
        if let d = c?.cadenceDays, !cadences.contains(d) { cadences = (cadences + [d]).sorted() }
        let others = world.circles.filter { $0.id != c?.id }.map { Form.Option(id: $0.id, label: $0.name) }
        // Links count from either side, so the form shows them both ways.
        let well = Set(
            others.map(\.id).filter { id in c.map { $0.goesWellWith.contains(id) || world.circle(id)?.goesWellWith.contains($0.id) == true } ?? false })
        let pulls = Set(
            others.map(\.id).filter { id in c.map { $0.pullsAgainst.contains(id) || world.circle(id)?.pullsAgainst.contains($0.id) == true } ?? false })
        return [
            Form.Field(
                key: "name", label: "Name", value: .text(TextEditor(c?.name ?? "", maxLength: 60)),
                note: "What you call it: \"Choir\", \"Old uni friends\", \"The Tuesday run\"."),
            Form.Field(
                key: "kind", label: "Kind", value: .choice(kinds, kinds.firstIndex { $0.id == (c?.kind ?? .hobby).rawValue } ?? 0),
                note: "←→ choose. The kind gives the circle its shape on the map."),
            Form.Field(key: "importance", label: "Matters to me", value: .rating(c?.importance ?? 3), note: "1-5: how much this circle matters to you."),
            Form.Field(key: "support", label: "Support", value: .rating(c?.support ?? 3), note: "1-5: how much support you find here when things are hard."),
            Form.Field(key: "feelsLikeMe", label: "Feels like me", value: .rating(c?.feelsLikeMe ?? 3), note: "1-5: how much you can be yourself here."),
            Form.Field(key: "positivity", label: "Feels good", value: .rating(c?.positivity ?? 3), note: "1-5: how good time here usually feels."),
            Form.Field(
                key: "cadence", label: "In touch",
                value: .choice(
                    cadences.map { Form.Option(id: String($0), label: RhythmWords.every($0)) },
                    cadences.firstIndex(of: c?.cadenceDays ?? 14) ?? 3),
                note: "←→ choose how often you are usually in touch with this circle."),
            Form.Field(
                key: "notes", label: "Notes", value: .text(TextEditor(c?.notes ?? "", maxLength: 500)), note: "Anything worth remembering. Optional.", rows: 3),
            Form.Field(
                key: "well", label: "Sits well with", value: .pick(others, well, 0),
                note: "←→ move, Space ticks the circles that sit well with this one."),
            Form.Field(
                key: "pulls", label: "Pulls against", value: .pick(others, pulls, 0),
                note: "←→ move, Space ticks circles that pull against this one (time, values, people)."),
        ]
    }

    func save(_ form: Form, _ ctx: Context) -> String? {
        let name = form.text("name")
        guard !name.isEmpty else { return "A name, please. Anything you'd recognise will do." }
        let well = form.picked("well"), pulls = form.picked("pulls")
        if let both = well.first(where: pulls.contains), let other = world.circle(both) {
            return "\(other.name) is ticked both as sitting well and as pulling against. Pick one."
        }
        var c = original ?? BelongingCircle(id: ctx.newID(), created: ctx.now(), name: name, kind: .hobby)
        c.name = name
        c.kind = form.choice("kind").flatMap(BelongingCircle.Kind.init(rawValue:)) ?? .other
        c.importance = form.rating("importance")
        c.support = form.rating("support")
        c.feelsLikeMe = form.rating("feelsLikeMe")
        c.positivity = form.rating("positivity")
        c.cadenceDays = form.choice("cadence").flatMap { Int($0) } ?? 14
        c.notes = form.text("notes")
        // Links to deleted circles stay, so undoing that delete brings them back too.
        c.goesWellWith = well + c.goesWellWith.filter { world.circle($0) == nil }
        c.pullsAgainst = pulls + c.pullsAgainst.filter { world.circle($0) == nil }
        c.updated = ctx.now()
        guard CircleEdits.save(c, world: world, ctx) else { return ctx.flash ?? "This circle could not be saved." }
        ctx.report(.picked(c.id))  // the map below selects it
        return nil
    }
}
