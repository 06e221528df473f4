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
    }

    public var top: any Screen { stack[stack.count - 1] }

    public var isTooSmall: Bool { size.width < App.minimumSize.width || size.height < App.minimumSize.height }

    // MARK: - Events

    public func handle(_ event: TerminalEvent) {
        switch event {
        case .resize(let s):
            size = s
        case .terminate:
            close()
        case .key(let key):
            handle(key)
        }
    }

    public func handle(_ key: Key) {
        guard !isFinished else { return }
        ctx.flash = nil
        if key == .ctrlC {
            close()
            return
        }
        if isTooSmall { return }  // nothing is visible to act on
        if case .paste = key, !top.capturesText { return }  // a paste is text, never key presses
        let typing = top.capturesText
        if key == .function(1) || (!typing && key == .char("?")) {
            if !(top is HelpScreen) { apply(.open(HelpScreen(for: top))) }
            return
        }
        if !typing, key == .char("!"), !(top is any CrisisHelpScreen), let crisis = ctx.crisisScreen {
            apply(.open(crisis(ctx)))
            return
        }
        var screen = stack.removeLast()
        let step = screen.handle(key, ctx)
        stack.append(screen)
        switch step {
        case .unhandled:
            if key == .escape { apply(.back) }
            else if key == .char("q"), top.isMenu { close() }
        default:
            apply(step)
        }
    }

    /// The wake-up the top screen asked for has come.
    public func tick() {
        guard !isFinished, !stack.isEmpty else { return }
        var screen = stack.removeLast()
        let step = screen.tick(ctx)
        stack.append(screen)
        apply(step)
    }

    /// When the run loop should wake next; nil means block until a key.
    public func nextWake() -> Moment? {
        guard !isFinished, !isTooSmall else { return nil }
        return top.wake(ctx)
    }

    private func apply(_ step: Step) {
        switch step {
        case .stay, .unhandled:
            return
        case .back:
            stack.removeLast()
            if stack.isEmpty { isFinished = true } else { resumeTop() }
        case .open(let s):
            stack.append(s)
        case .replace(let s):
            stack[stack.count - 1] = s
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
            case .failure(let problem):
                ctx.flash = problem.message
            }
        }
    }

    private func resumeTop() {
        var screen = stack.removeLast()
        screen.resume(ctx)
        stack.append(screen)
    }

    /// Every way out goes through here: each open screen keeps what would be lost.
    public func close() {
        guard !isFinished else { return }
        for i in stack.indices.reversed() {
            var screen = stack[i]
            screen.closing(ctx)
            stack[i] = screen
        }
        isFinished = true
    }

    // MARK: - Drawing

    public func render() -> Buffer {
        var buffer = spare.take() ?? Buffer(size: size)
        if buffer.size == size { buffer.clear() } else { buffer = Buffer(size: size) }
        if isTooSmall {
            Chrome.tooSmall(into: &buffer)
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
