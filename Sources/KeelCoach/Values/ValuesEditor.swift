import KeelStore
import KeelTerminal

/// The form for the mission statement and three to seven values. Saving
/// makes a new version; the old ones stay.
struct ValuesEditor: FormEditor {
    /// The newest version, which a save replaces as the current one.
    let current: ValuesStatement?
    /// The version the form starts from: the newest, or an earlier one to bring back.
    let base: ValuesStatement?

    init(current: ValuesStatement?, from base: ValuesStatement? = nil) {
        self.current = current
        self.base = base ?? current
    }

    /// Starting from an earlier version, not the newest.
    var isEarlier: Bool { base != nil && base?.id != current?.id }

    var title: String { current == nil ? "Your values" : isEarlier ? "Your values · from an earlier version" : "Your values · edit" }
    var draftID: String { isEarlier ? "values:\(base?.id ?? "")" : "values" }
    var help: Help {
        Help(
            "Mission and values",
            [
                "The mission is a sentence or two about what you want your life to stand for, in your own words. It doesn't need to be grand.",
                "Then three to seven values, one line each: \"Be honest, kindly\", \"Keep learning\", \"Show up for my people\".",
                "Enter saves a new version; the earlier ones are kept and can be read with ← on the values page. Esc goes back and keeps what you typed.",
            ])
    }

    static let maxValues = ValuesStatement.valueCount.upperBound

    func fields(_ ctx: Context) -> [Form.Field] {
        var fields = [
            Form.Field(
                key: "mission", label: "Mission", value: .text(TextEditor(base?.mission ?? "", maxLength: 400)),
                note: "A sentence or two: what you want your life to stand for.", rows: 4)
        ]
        for i in 0..<ValuesEditor.maxValues {
            let text = base.flatMap { i < $0.values.count ? $0.values[i] : nil } ?? ""
            let note = i < 3 ? "One value in a line, such as \"Be honest, kindly\"." : "Another, if you like (up to seven)."
            fields.append(Form.Field(key: "value\(i + 1)", label: "Value \(i + 1)", value: .text(TextEditor(text, maxLength: 120)), note: note))
        }
        return fields
    }

    func save(_ form: Form, _ ctx: Context) -> String? {
        let mission = form.text("mission")
        let values = (1...ValuesEditor.maxValues).map { form.text("value\($0)") }.filter { !$0.isEmpty }
        guard !mission.isEmpty else { return "A sentence for your mission, please; rough is fine." }
        guard values.count >= ValuesStatement.valueCount.lowerBound else {
            return "Three values at least (\(values.count) so far); one line each."
        }
        if let current, current.mission == mission, current.values == values { return nil }
        let version = ValuesStatement(id: ctx.newID(), created: ctx.now(), mission: mission, values: values)
        guard ctx.save(version) else { return ctx.flash ?? "Your values could not be saved." }
        ctx.flash =
            current == nil
            ? "Saved. keel shows it after a reframe and on a low day."
            : isEarlier ? "Brought back as your current version; every other version is kept." : "Saved as a new version; the earlier one is kept."
        return nil
    }
}
