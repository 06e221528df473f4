import KeelStore
import KeelTerminal

/// keel as a state machine: a stack of screens, events in, frames out.
/// The run loop feeds it terminal events and timer wake-ups and draws what
/// `render` returns; it never needs to know which screen is showing.
public final class App {
    public let ctx: Context
    public private(set) var stack: [any Screen]
    public private(set) var isFinished = false
    public private(set) var size: Size

    public static let minimumSize = Size(width: 40, height: 12)

    public init(ctx: Context, root: any Screen, size: Size) {
        self.ctx = ctx
        self.stack = [root]
        self.size = size
        ctx.bodyArea = Chrome.body(size)
        _ = route()  // what was saved while setting up (the root screen's own reading) is routed too
    }

    public var top: any Screen { stack[stack.count - 1] }

    public var isTooSmall: Bool { size.width < App.minimumSize.width || size.height < App.minimumSize.height }

    // MARK: - Events

    public func handle(_ event: TerminalEvent) {
        switch event {
        case .resize(let s):
            size = s
            ctx.bodyArea = Chrome.body(s)
            if !isTooSmall { for key in held.takeAll() { handle(key) } }
        case .terminate(let signal):
            // The shell's convention for a program a signal ended: 128 + the signal.
            if signal > 0 { exitStatus = 128 + signal }
            close()
        case .key(let key):
            handle(key)
        }
    }

    public func handle(_ key: Key) {
        guard !isFinished else { return }
        ctx.flash = nil
        outcomes.removeAll(keepingCapacity: true)
        if key == .ctrlC {
            exitStatus = 128 + 2  // as if SIGINT had ended it, so `keel && next` stops there
            close()
            return
        }
        if top.capturesText { autosave.keyPressed(at: ctx.clock.now()) }
        if isTooSmall, held.hold(key, typing: top.capturesText) { return }  // nothing is visible to act on
        if case .paste = key, !top.capturesText { return }  // a paste is text, never key presses
        let typing = top.capturesText
        if key == .function(1) || (!typing && key == .char("?")) {
            if !(top is HelpScreen) { apply(.open(HelpScreen(for: top))) }
            return
        }
        if key == Crisis.keyWhileTyping || (!typing && key == .char("!")) {
            if !top.isCrisisHelp { showCrisisHelp() }
            return
        }
        // Words leaving a field pass the one crisis check before the screen
        // moves them on (saves them, clears the field, goes back).
        let raised =
            leavesField(key, typing: typing)
            && crisisWatch.raises(
                key == .escape ? TypedText.all(of: top) : TypedText.inEditors(of: top), ctx)
        var screen = stack.removeLast()
        let asked = screen.handle(key, ctx)
        stack.append(screen)
        let transition = route() ?? asked
        switch transition {
        case .unhandled:
            if key == .escape { apply(.back) } else if key == .char("q"), top.isMenu { close() }
        default:
            apply(transition)
        }
        if raised { showCrisisHelp() }
    }

    /// Keys after which typed words may have left their field: submitted,
    /// moved past, or left behind. Arrows on a list that holds no field are
    /// not, so moving through a menu costs nothing.
    private func leavesField(_ key: Key, typing: Bool) -> Bool {
        guard !top.isCrisisHelp, !key.editsText else { return false }
        switch key {
        case .enter, .escape, .tab, .backTab, .ctrl("s"): return true
        default: return typing
        }
    }

    /// Crisis help on top, with nothing that praises or quotes the words
    /// over it; if the last screen just closed, the help takes its place.
    private func showCrisisHelp() {
        guard let crisis = ctx.crisisScreen else { return }
        ctx.flash = nil
        if isFinished {
            isFinished = false
            stack = [crisis(ctx)]
        } else if !top.isCrisisHelp {
            stack.append(crisis(ctx))
        }
        crisisWatch.noteShown()
    }

    private var crisisWatch = CrisisWatch()

    /// Lines to print once the terminal is back: the region's crisis lines
    /// when help was shown in this run or words of crisis are left behind.
    public private(set) var farewell: [String] = []
    /// 0 for a way out the person chose (q, Esc home); 130 after Ctrl-C and
    /// 128 + the signal after a closed window or a kill, as shells expect.
    public private(set) var exitStatus: Int32 = 0

    /// The wake-up the top screen asked for has come.
    public func tick() {
        guard !isFinished, !stack.isEmpty else { return }
        let now = ctx.clock.now()
        if autosave.isDue(at: now) { autosave.run(top, ctx) }
        guard let wake = screenWake, now >= wake else { return }
        outcomes.removeAll(keepingCapacity: true)
        var screen = stack.removeLast()
        let asked = screen.tick(ctx)
        stack.append(screen)
        apply(route() ?? asked)
    }

    /// When the run loop should wake next; nil means block until a key.
    public func nextWake() -> Moment? {
        guard !isFinished else { return nil }
        screenWake = isTooSmall ? nil : top.wake(ctx)
        guard let save = autosave.due else { return screenWake }
        return min(screenWake ?? save, save)
    }

    /// What the top screen asked for at the last `nextWake`, so a wake-up for
    /// the autosave alone doesn't tick the screen early.
    private var screenWake: Moment?
    private var autosave = Autosave()
    private var held = HeldKeys()
    /// Keys waiting for the window to be large enough (shown on the too-small page).
    public var heldKeys: Int { held.keys.count }

    private func apply(_ transition: Transition) {
        switch transition {
        case .stay, .unhandled:
            return
        case .back:
            stack.removeLast()
            if stack.isEmpty { isFinished = true } else { resumeTop() }
        case .open(let s):
            if s is CrisisScreen { crisisWatch.noteShown() }
            stack.append(s)
        case .replace(let s):
            if s is CrisisScreen { crisisWatch.noteShown() }
            stack[stack.count - 1] = s
        case .go, .goInstead:
            let screen = transition.resolved(ctx)
            if case .stay = screen {} else { apply(screen) }
        case .home:
            if let i = stack.firstIndex(where: { $0 is HomeScreen }) {
                stack.removeSubrange((i + 1)...)
                resumeTop()
            } else {
                isFinished = true
            }
        case .quit:
            close()
        case .editExternally(let text):
            switch ctx.externalEditor(text) {
            case .success(let edited):
                var screen = stack.removeLast()
                screen.edited(edited, ctx)
                stack.append(screen)
                if let instead = route() { apply(instead) }
            case .failure(let problem):
                ctx.flash = problem.message
            }
        }
    }

    // MARK: - Outcomes

    /// What the screens reported during the last key or tick, with what the
    /// policies wrote in answer, in order: a test reads exactly what a key did.
    public private(set) var outcomes: [Outcome] = []

    /// Routes what was reported: a pick to the screen under the one that made
    /// it, and every outcome to each policy (their own saves too). Returns the
    /// first transition a policy asked for, which takes the screen's place.
    private func route() -> Transition? {
        var instead: Transition?
        var batch = ctx.takeReported()
        while !batch.isEmpty {
            for outcome in batch {
                outcomes.append(outcome)
                if case .picked(let id) = outcome, stack.count >= 2 { stack[stack.count - 2].picked(id, ctx) }
                for policy in ctx.policies {
                    if let t = policy.react(outcome, ctx), instead == nil { instead = t }
                }
            }
            batch = ctx.takeReported()
        }
        return instead
    }

    private func resumeTop() {
        var screen = stack.removeLast()
        screen.resume(ctx)
        stack.append(screen)
    }

    /// Every way out goes through here: each open screen keeps what would be lost.
    public func close() {
        guard !isFinished else { return }
        var leftBehind: [String] = []
        let unfinished = stack.compactMap { $0.draft() }
        for i in stack.indices.reversed() {
            var screen = stack[i]
            if !screen.isCrisisHelp { leftBehind += TypedText.all(of: screen) }
            screen.closing(ctx)
            stack[i] = screen
        }
        _ = route()  // what was saved on the way out is reported too; where to go no longer matters
        let wordsLeft = crisisWatch.leavesCrisisWords(leftBehind, ctx)
        if crisisWatch.helpWasShown || wordsLeft, ctx.crisisScreen != nil {
            farewell = Crisis.exitLines(ctx, keptWords: wordsLeft)
        }
        // After any crisis lines: what was kept, so leaving never feels like losing it.
        farewell += DraftWords.farewell(unfinished.filter { ctx.store.draft($0.id) != nil }.map(\.title))
        isFinished = true
    }

    // MARK: - Drawing

    public func render() -> Buffer {
        var buffer = spare.take() ?? Buffer(size: size)
        if buffer.size == size { buffer.clear() } else { buffer = Buffer(size: size) }
        if isTooSmall {
            Chrome.tooSmall(into: &buffer, held: held.keys.count)
        } else {
            let body = Chrome.frame(into: &buffer, screen: top, ctx: ctx)
            top.render(into: &buffer, in: body, ctx)
        }
        spare = last
        last = buffer
        return buffer
    }

    // Two frames take turns, so a keypress allocates none: by the time a
    // frame is rendered, the backend holds only the last one, and the one
    // before it is blanked and reused.
    private var last: Buffer?
    private var spare: Buffer?
}
