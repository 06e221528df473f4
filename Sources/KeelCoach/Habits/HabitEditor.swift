import KeelContent
import KeelStore
import KeelTerminal

/// The form for a micro-habit: its name, when, its two-minute version, and
/// the practice that ticks it by itself.
struct HabitEditor: FormEditor {
    let original: Habit?
    /// Where a new habit starts from: a catalog item, or a widening step carried here.
    var start: Start = Start()

    struct Start {
        var name = ""
        var schedule = HabitSchedule.daily
        var twoMinute = ""
        var catalogItem: String?
        var practice: String?
        var wideningStep: WideningStep?
    }

    /// A new habit from a catalog item: its label, tags for schedule and practice, its detail as the two-minute version.
    static func start(from item: Catalog.Item) -> Start {
        let tags = item.tags ?? []
        let schedule = tags.lazy.compactMap(HabitSchedule.init(code:)).first ?? .daily
        return Start(
            name: item.label, schedule: schedule, twoMinute: item.detail ?? "", catalogItem: item.id, practice: HabitActions.action(in: item))
    }

    var title: String { original.map { "Habit · \($0.name)" } ?? "New habit" }
    var draftID: String { "habits:\(original?.id ?? start.catalogItem ?? start.wideningStep?.id ?? "new")" }

    var help: Help {
        Help(
            "A micro-habit",
            [
                "Something small enough to do on a bad day. The two-minute version is the least that still counts: on a heavy day, do just that and tick it with t.",
                "Every day, weekdays, or a number of days a week, any days you like. Rest days (r on the habits screen) never break a streak.",
                "A habit can tick itself: when the morning reflection is finished, the weekly letter saved, a small win logged, a breath taken, someone marked in touch on your circles, or your values card read.",
                "Tab or ↑↓ move between fields, ←→ change a choice. Enter saves; Esc goes back and keeps what you typed.",
            ])
    }

    static let schedules: [HabitSchedule] = [.daily, .weekdays] + HabitSchedule.perWeekRange.map { .perWeek($0) }

    static func practices(_ ctx: Context) -> [Form.Option] {
        var options = [Form.Option(id: "", label: "only when I tick it")]
        if let morning = ctx.content.flow("morning") {
            options.append(Form.Option(id: "flow:morning", label: "when I finish the \(morning.title.lowercased())"))
        }
        options.append(Form.Option(id: "letter", label: "when I save the weekly letter"))
        options += HabitActions.everyday.map { Form.Option(id: $0.id, label: $0.label) }
        for flow in ctx.content.orderedFlows where flow.id != "morning" {
            options.append(Form.Option(id: "flow:\(flow.id)", label: "when I finish \(flow.title)"))
        }
        return options
    }

    func fields(_ ctx: Context) -> [Form.Field] {
        let h = original
        let schedule = h?.plan ?? start.schedule
        let schedules = HabitEditor.schedules.map { Form.Option(id: $0.code, label: $0.description) }
        let practices = HabitEditor.practices(ctx)
        let practice = h.map { HabitActions.action(of: $0, ctx) ?? "" } ?? start.practice ?? ""
        return [
            Form.Field(
                key: "name", label: "Habit", value: .text(TextEditor(h?.name ?? start.name, maxLength: 80)),
                note: "A few words: \"Stretch\", \"Message a friend\"."),
            Form.Field(
                key: "schedule", label: "When", value: .choice(schedules, schedules.firstIndex { $0.id == schedule.code } ?? 0),
                note: "←→ every day, weekdays, or a number of days a week."),
            Form.Field(
                key: "small", label: "Two minutes", value: .text(TextEditor(h?.twoMinute ?? start.twoMinute, maxLength: 160)),
                note: "The least that still counts, for heavy days. Optional."),
            Form.Field(
                key: "practice", label: "Ticks itself", value: .choice(practices, practices.firstIndex { $0.id == practice } ?? 0),
                note: "←→ a practice that ticks this habit when you do it."),
        ]
    }

    func save(_ form: Form, _ ctx: Context) -> String? {
        let name = form.text("name")
        guard !name.isEmpty else { return "A name for the habit, please." }
        var h =
            original.flatMap { ctx.store.find(Habit.self, id: $0.id) }
            ?? Habit(id: ctx.newID(), created: ctx.now(), name: name, schedule: .daily, catalogItem: start.catalogItem)
        h.name = name
        h.plan = form.choice("schedule").flatMap(HabitSchedule.init(code:)) ?? .daily
        h.twoMinute = form.text("small")
        h.practice = HabitActions.stored(form.choice("practice") ?? "", catalogItem: h.catalogItem, ctx)
        if original == nil, let step = start.wideningStep { h.wideningStepID = step.id }
        h.updated = ctx.now()
        guard ctx.save(h) else { return ctx.flash ?? "The habit could not be saved." }
        if original == nil, let step = start.wideningStep { ctx.report(.carried(wideningStep: step.id, to: "habit:\(h.id)")) }
        ctx.flash = original == nil ? "\(name): added. Space ticks it on the habits screen, or its number on the home screen." : nil
        return nil
    }
}
