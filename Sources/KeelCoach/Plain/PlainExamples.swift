import KeelContent
import KeelStore
import KeelTerminal

/// Example steps for a ladder, numbered under the kind of situation each
/// is about: `1 3` picks several, which go on the ladder easier ones first
/// (the full screen's own Enter); then each new step's plan is asked, as
/// `e` would open it, so it is made yours at once.
enum PlainExamples {
    static func run(_ screen: ExamplePickerScreen, _ talk: Conversation) {
        var screen = screen
        let ctx = talk.ctx
        screen.theme = 0
        let items = screen.visible
        guard !items.isEmpty else { return talk.say("No examples to pick from just now.") }
        talk.heading("Example steps")
        talk.say("Steps other people have found useful, each marked easier, middle or harder.")
        // Grouped by their kind of situation, numbered straight through.
        let themes = ExamplePickerScreen.themes.dropFirst()
        func theme(_ item: Catalog.Item) -> Int { themes.firstIndex { (item.tags ?? []).contains($0.tag) } ?? Int.max }
        let ordered = items.enumerated().sorted { (theme($0.element), $0.offset) < (theme($1.element), $1.offset) }.map(\.element)
        let headings = ordered.indices.map { i -> String? in
            let t = theme(ordered[i])
            guard i == 0 || theme(ordered[i - 1]) != t else { return nil }
            return t == Int.max ? "Other situations" : themes[t].label.prefix(1).uppercased() + themes[t].label.dropFirst()
        }
        let labels = ordered.map { "\($0.label) (\(ExamplePickerScreen.levels[ExamplePickerScreen.level($0)]))" }
        let details = ordered.map { $0.detail ?? "" }
        guard
            case .ticked(let picked) = talk.tick(
                "Which would you like on your ladder?", labels, ticked: [], required: false, details: details, headings: headings),
            !picked.isEmpty
        else { return talk.say("Nothing added.") }
        screen.ticked = Set(picked.map { ordered[$0].id })
        let before = Set(ExposureWorld.load(ctx.store).rungs(of: screen.ladderID).map(\.id))
        _ = screen.handle(.enter, ctx)
        PlainRoute.route(talk)
        // The full screen's "e makes it yours" is what follows here, step by step.
        ctx.flash = nil
        let added = ExposureWorld.load(ctx.store).rungs(of: screen.ladderID).filter { !before.contains($0.id) }
        guard !added.isEmpty else { return talk.sayFlash() }
        talk.say(added.count == 1 ? "Added 1 step." : "Added \(added.count) steps, easier ones lower on the ladder.")
        let rest = added.count == 1 ? "leaves it as it is" : "leaves that step and the rest as they are"
        talk.say("Now make \(added.count == 1 ? "it" : "each one") yours: the day, what you expect and fear, the way out. back at the first field \(rest).")
        for step in added {
            guard !talk.ended else { return }
            var form = FormScreen(StepEditor(original: step, ladderID: screen.ladderID, ctx), ctx)
            // back at a step's first field leaves this one and the rest as they are.
            guard form.walk(talk) else {
                if step.id != added.last?.id, !talk.ended { talk.say("The other steps are on the ladder as they are; e edits each one.") }
                return
            }
        }
    }
}
