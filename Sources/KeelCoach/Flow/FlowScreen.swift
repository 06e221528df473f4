import KeelContent
import KeelStore
import KeelTerminal

/// Walks any flow step by step: the engine knows kinds of step, never
/// particular flows; what a finished flow leads to (a habit ticked, the
/// values card after a reframe) it reports as an `Outcome` for the
/// practices' policies. Esc goes back with every answer kept; leaving
/// midway keeps a draft, offered back the next time the flow starts.
public struct FlowScreen: Screen {
    enum Stage: Equatable {
        /// A draft was found: pick it up or start fresh.
        case offerDraft(FlowSession)
        case step
        /// Finished; the entry, unless it couldn't be saved.
        case saved(JournalEntry?)
    }

    let flow: Flow
    let walker: FlowWalker
    var session: FlowSession
    var stage: Stage
    /// What the person is giving on the current step, before it is kept as an answer.
    var input = StepInput()
    /// The input as the step opened, so a step only looked at (a list's
    /// first line under the cursor) isn't kept as an answer in a draft.
    var opened = StepInput()
    var choices: [FlowOptions.Choice] = []
    var scroll = ScrollState()
    /// A word under the step when Enter can't go on yet.
    var notice: String?
    /// The pacer was opened from this step; its closing moves the flow on.
    var breathing = false
    var offerSelected = 0
    /// "Start fresh" was chosen once over a draft with words in it: the next Enter lets them go.
    var confirmingFresh = false
    /// What recall steps bring back from the last time (see FlowRecall).
    let recalled: [String: FlowRecall.Found]
    /// A once-a-day practice already done today: its first step says so.
    var doneToday = false

    struct StepInput: Equatable {
        var editor = TextEditor(maxLength: 4000)
        var rating = Rating(low: "", high: "")
        var cursor = 0
        var ticked: Set<String> = []
        /// A person step taking a typed name rather than someone from the list.
        var typingName = false
    }

    public init(flow: Flow, ctx: Context) {
        let flow = FlowPrompts.resolve(flow, on: ctx.today, content: ctx.content)
        self.flow = flow
        recalled = FlowRecall.find(flow, ctx)
        walker = FlowWalker(flow: flow, unavailable: FlowOptions.unavailableSteps(in: flow, ctx: ctx, recalled: recalled))
        let first = walker.first().map { flow.steps[$0].id } ?? flow.steps[0].id
        session = FlowSession(flow: flow.id, current: first, started: ctx.now())
        stage = .step
        if flow.daily == true {
            let today = ctx.today
            doneToday = ctx.records(JournalEntry.self, madeOn: today...today).contains { $0.flow == flow.id }
        }
        if let draft = ctx.store.draft(FlowSession.draftID(flow.id)), let saved = FlowSession(draft: draft, flow: flow),
            saved.hasContent
        {
            stage = .offerDraft(saved)
        }
        load(ctx)
    }

    var index: Int { flow.index(of: session.current) ?? 0 }
    var step: FlowStep { flow.steps[index] }

    public var title: String { flow.title }
    public var capturesText: Bool {
        guard stage == .step else { return false }
        return step.stepKind == .text || (step.stepKind == .person && input.typingName)
    }

    // MARK: - Moving between steps

    /// Sets up the current step's input from its kept answer.
    mutating func load(_ ctx: Context) {
        let answer = session.answers[step.id]
        choices = FlowOptions.choices(for: step, ctx: ctx, answers: session.answers)
        input = StepInput()
        input.rating = Rating(value: answer?.rating, low: step.low ?? "not at all", high: step.high ?? "completely")
        // A long answer may hold line breaks; a typed name stays on one line.
        input.editor.multiline = step.stepKind == .text
        input.editor.set(answer?.text ?? "")
        input.ticked = Set(answer?.choices ?? [])
        let picked = answer?.personID ?? answer?.choice
        input.cursor = choices.firstIndex { $0.id == picked } ?? 0
        input.typingName = step.stepKind == .person && (choices.count == 1 || (answer?.personID == nil && !(answer?.text ?? "").isEmpty))
        scroll = ScrollState()
        notice = nil
        opened = input
    }

    /// The current step's input as an answer (nothing for say and summary).
    func captured() -> Answer? {
        var a = Answer(step: step.id, kind: step.kind, prompt: prompt ?? step.displayTitle)
        switch step.stepKind {
        case .say, .summary:
            return nil
        case .breathe:
            return session.answers[step.id]
        case .rate:
            a.rating = input.rating.value
        case .text:
            a.text = input.editor.trimmed
        case .choose:
            guard choices.indices.contains(input.cursor) else { return nil }
            a.choice = choices[input.cursor].id
            a.labels = [choices[input.cursor].label]
            a.text = recalled[step.id]?.text
        case .checklist:
            let picked = choices.filter { input.ticked.contains($0.id) }
            a.choices = picked.map(\.id)
            a.labels = picked.map(\.label)
        case .person:
            if input.typingName || !choices.indices.contains(input.cursor) {
                a.text = input.editor.trimmed
            } else if choices[input.cursor].id != FlowOptions.typeAName {
                a.text = choices[input.cursor].label
                a.personID = choices[input.cursor].id
                a.labels = [choices[input.cursor].label]
            }
        }
        return a
    }

    mutating func keepInput() {
        if let a = captured() { session.answers[step.id] = a }
    }

    /// Keeps the answer and moves on, or finishes at the end of the flow.
    mutating func advance(_ ctx: Context) {
        keepInput()
        if let next = walker.next(after: index, answers: session.answers) {
            session.history.append(session.current)
            session.current = flow.steps[next].id
            load(ctx)
        } else {
            finish(ctx)
        }
    }

    mutating func finish(_ ctx: Context) {
        let entry = session.entry(flow: flow, id: ctx.newID(), at: ctx.now())
        if ctx.save(entry) {
            ctx.clearDraft(FlowSession.draftID(flow.id))
            ctx.report(.practiceDone("flow:\(flow.id)"))
            stage = .saved(entry)
        } else {
            stage = .saved(nil)
        }
    }

    /// Esc: one step back with the answer kept, or out (keeping a draft) at the first step.
    mutating func goBack(_ ctx: Context) -> Transition {
        // A step only looked at gives no answer; one given before is kept as it is now.
        if input != opened || session.answers[step.id] != nil { keepInput() }
        guard let previous = session.history.popLast() else {
            settleDraft(ctx)
            return .back
        }
        session.current = previous
        load(ctx)
        return .stay
    }

    // MARK: - Keys

    public mutating func handle(_ key: Key, _ ctx: Context) -> Transition {
        switch stage {
        case .offerDraft(let saved):
            return handleOffer(key, saved, ctx)
        case .saved:
            switch key {
            case .enter:
                // What follows a flow is the policies' to say (the values card after a reframe).
                ctx.report(.movedOn(from: "flow:\(flow.id)"))
                return .back
            case .escape: return .back
            case .char("j"): return .goInstead(.journal)
            case .char("w"): return .go(.win(source: "flow:\(flow.id)"))
            default: return .unhandled
            }
        case .step:
            if key == .escape {
                if step.stepKind == .person, input.typingName, choices.count > 1 {
                    input.typingName = false
                    return .stay
                }
                return goBack(ctx)
            }
            notice = nil
            return handleStep(key, ctx)
        }
    }

    mutating func handleOffer(_ key: Key, _ saved: FlowSession, _ ctx: Context) -> Transition {
        if moveSelection(&offerSelected, count: 2, key: key) {
            confirmingFresh = false
            return .stay
        }
        guard key == .enter else { return .unhandled }
        if offerSelected == 0 {
            session = saved
        } else {
            // Words take longer to write than to lose: ask once before letting them go.
            if !confirmingFresh, saved.wordCount > 0 {
                confirmingFresh = true
                return .stay
            }
            ctx.clearDraft(FlowSession.draftID(flow.id))
        }
        confirmingFresh = false
        stage = .step
        load(ctx)
        return .stay
    }

    mutating func handleStep(_ key: Key, _ ctx: Context) -> Transition {
        switch step.stepKind {
        case .say:
            return scrollOr(key) { $0.advance(ctx) }
        case .breathe:
            if key == .char("s") {
                session.answers[step.id] = Answer(step: step.id, kind: step.kind, prompt: step.displayTitle, skipped: true)
                advance(ctx)
                return .stay
            }
            guard key == .enter else { return .unhandled }
            breathing = true
            return .go(.pacedBreath(pattern: step.pattern, minutes: step.minutes ?? 1, source: "flow:\(flow.id)"))
        case .rate:
            if input.rating.handle(key) { return .stay }
            guard key == .enter else { return .unhandled }
            if step.isRequired, input.rating.value == nil {
                notice = "Pick a number from 0 to 10 first."
                return .stay
            }
            advance(ctx)
        case .text:
            if key == .enter { return submitText(ctx) }
            if key == EditorKey.key { return .editExternally(input.editor.text) }
            input.editor.handle(key)
        case .choose:
            if pageLead(key) || moveSelection(&input.cursor, count: choices.count, key: key) { return .stay }
            guard key == .enter else { return .unhandled }
            advance(ctx)
        case .checklist:
            if pageLead(key) || moveSelection(&input.cursor, count: choices.count, key: key) { return .stay }
            switch key {
            case .char(" "):
                guard choices.indices.contains(input.cursor) else { return .stay }
                let id = choices[input.cursor].id
                if input.ticked.contains(id) { input.ticked.remove(id) } else { input.ticked.insert(id) }
            case .enter:
                if step.isRequired, input.ticked.isEmpty {
                    notice = "Tick at least one with Space."
                    return .stay
                }
                advance(ctx)
            default:
                return .unhandled
            }
        case .person:
            if input.typingName {
                if key == .enter { return submitText(ctx) }
                input.editor.handle(key)
                return .stay
            }
            if pageLead(key) || moveSelection(&input.cursor, count: choices.count, key: key) { return .stay }
            guard key == .enter else { return .unhandled }
            if choices[input.cursor].id == FlowOptions.typeAName {
                input.typingName = true
                return .stay
            }
            advance(ctx)
        case .summary:
            return scrollOr(key) { $0.finish(ctx) }
        }
        return .stay
    }

    /// Typed words: required ones must be there. (The app's crisis check has
    /// read them before this key reached the screen.)
    mutating func submitText(_ ctx: Context) -> Transition {
        let text = input.editor.trimmed
        if step.isRequired, text.isEmpty {
            notice = "A few words are enough, even rough ones."
            return .stay
        }
        advance(ctx)
        return .stay
    }

    /// Arrows scroll long text; Enter does `then`.
    mutating func scrollOr(_ key: Key, then: (inout FlowScreen) -> Void) -> Transition {
        switch key {
        case .down, .char("j"), .up, .char("k"): _ = scroll.handle(key)
        case .enter: then(&self)
        default: return .unhandled
        }
        return .stay
    }

    /// The answer came back from the person's own editor.
    public mutating func edited(_ text: String, _ ctx: Context) {
        guard stage == .step, step.stepKind == .text else { return }
        input.editor.set(text)
    }

    /// The pacer closed: the breath is done (or ended early) and the flow goes on.
    public mutating func resume(_ ctx: Context) {
        guard breathing else { return }
        breathing = false
        session.answers[step.id] = Answer(step: step.id, kind: step.kind, prompt: step.displayTitle, skipped: false)
        advance(ctx)
    }

    /// The flow's draft while its steps are walked; none while one is offered back or once saved.
    public var draftPlace: String? { stage == .step ? FlowSession.draftID(flow.id) : nil }

    public func draft() -> DraftContent? {
        guard stage == .step else { return nil }
        var s = session
        if input != opened, let a = captured() { s.answers[step.id] = a }
        guard s.hasContent else { return nil }
        return DraftContent(id: FlowSession.draftID(flow.id), title: flow.title, state: s.state)
    }
}
