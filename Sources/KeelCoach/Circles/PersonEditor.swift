import KeelStore
import KeelTerminal

/// The form for a person: who they are to you, which circles they are in,
/// when you were last in touch.
struct PersonEditor: FormEditor {
    let original: Person?
    let world: CircleWorld
    /// The circle a new person starts in (the one selected when `a` was pressed).
    var circleID: String?

    var title: String { original.map { "Person · \($0.name)" } ?? "New person" }
    var draftID: String { "circles:person:\(original?.id ?? "new")" }

    var help: Help {
        Help(
            "A person",
            [
                "Anyone in your circles: a name or a nickname is enough.",
                "The ring is how close they are: inner is someone you could call at 3 a.m., middle a good friend or a warm colleague, outer someone you are glad to see.",
                "Tab or ↑↓ moves between fields. Space ticks their circles. On the last contact, ←→ move a day, PgUp and PgDn a week, t is today and x clears it.",
                "Enter saves. Esc goes back and keeps what you typed for next time; Ctrl-R then starts again from what was saved.",
            ])
    }

    static let rings: [Form.Option] = [
        Form.Option(id: Person.Ring.inner.rawValue, label: "inner: I could call them at 3 a.m."),
        Form.Option(id: Person.Ring.middle.rawValue, label: "middle: a friend I can count on"),
        Form.Option(id: Person.Ring.outer.rawValue, label: "outer: someone I'm glad to see"),
    ]

    func fields(_ ctx: Context) -> [Form.Field] {
        let p = original
        let circles = world.circles.map { Form.Option(id: $0.id, label: $0.name) }
        let ticked = Set(p?.circleIDs ?? circleID.map { [$0] } ?? [])
        let ring = p?.ring ?? .middle
        return [
            Form.Field(key: "name", label: "Name", value: .text(TextEditor(p?.name ?? "", maxLength: 60)), note: "A name or a nickname."),
            Form.Field(
                key: "circles", label: "Circles", value: .pick(circles, ticked, max(0, circles.firstIndex { ticked.contains($0.id) } ?? 0)),
                note: "←→ move, Space ticks each circle they are part of."),
            Form.Field(
                key: "ring", label: "Closeness", value: .choice(PersonEditor.rings, PersonEditor.rings.firstIndex { $0.id == ring.rawValue } ?? 1),
                note: "←→ choose how close they are."),
            Form.Field(
                key: "last", label: "Last in touch", value: .day(p?.lastContact),
                note: "←→ a day, PgUp PgDn a week, t today, x not logged."),
            Form.Field(
                key: "knows", label: "Knows my ways", value: .toggle(p?.knowsMyPattern ?? false),
                note: "Space: they know how you tend to handle rejection, so you can lean on them when it stings."),
            Form.Field(
                key: "notes", label: "Notes", value: .text(TextEditor(p?.notes ?? "", maxLength: 500)), note: "Anything worth remembering. Optional.", rows: 3),
        ]
    }

    func save(_ form: Form, _ ctx: Context) -> String? {
        let name = form.text("name")
        guard !name.isEmpty else { return "A name, please. A nickname is fine." }
        // The stored record, with links to circles this form can't show (deleted
        // ones) kept, so undoing that delete brings the circle back whole.
        let stored = original.flatMap { ctx.store.find(Person.self, id: $0.id) } ?? original
        var p = stored ?? Person(id: ctx.newID(), created: ctx.now(), name: name, circleIDs: [], ring: .middle)
        p.name = name
        let hidden = p.circleIDs.filter { world.circle($0) == nil }
        p.circleIDs = form.picked("circles") + hidden
        p.ring = form.choice("ring").flatMap(Person.Ring.init(rawValue:)) ?? .middle
        p.lastContact = form.day("last")
        p.knowsMyPattern = form.toggle("knows")
        p.notes = form.text("notes")
        p.updated = ctx.now()
        guard ctx.save(p) else { return ctx.flash ?? "This person could not be saved." }
        ctx.report(.picked(p.id))  // the map below selects them
        return nil
    }
}
