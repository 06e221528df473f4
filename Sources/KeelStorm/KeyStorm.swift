import KeelCoach
import KeelStore
import KeelTerminal

/// Random keys on every screen reachable from the home screen: each entry of
/// `HomeMenu.entries` is opened and pelted with keys, resizes, passing time,
/// and in every text field hostile text and a 10,000-character paste. After
/// every key the frame is checked (`FrameCheck`); at each Ctrl-C every
/// screen's unfinished words must be found saved as drafts. New screens are
/// covered as soon as they are on the home screen.
public final class KeyStorm {
    public struct Report: Sendable {
        public var keys = 0
        public var frames = 0
        public var pastes = 0
        public var hostileTexts = 0
        public var draftsChecked = 0
        public var restarts = 0
        /// Screens seen (by type: titles carry what was typed), with the keys each received.
        public var screens: [String: Int] = [:]
        public var problems: [String] = []

        public init() {}

        public mutating func add(_ other: Report) {
            keys += other.keys
            frames += other.frames
            pastes += other.pastes
            hostileTexts += other.hostileTexts
            draftsChecked += other.draftsChecked
            restarts += other.restarts
            screens.merge(other.screens, uniquingKeysWith: +)
            problems += other.problems
        }
    }

    let ctx: Context
    let clock: TestClock
    var rng: SeededRandom
    /// Chance that a key in a text field is a whole 10,000-character paste.
    public var pasteChance = 0.01
    public private(set) var report = Report()

    public static let sizes = [
        Size(width: 80, height: 24), Size(width: 40, height: 12), Size(width: 120, height: 40),
        Size(width: 41, height: 13), Size(width: 200, height: 60), Size(width: 30, height: 8),
    ]

    public init(ctx: Context, clock: TestClock, seed: UInt64) {
        self.ctx = ctx
        self.clock = clock
        self.rng = SeededRandom(seed: seed)
    }

    /// The number of home screen entries to storm (plus the home screen itself, as -1).
    public var entryCount: Int { HomeMenu.entries(ctx).count }

    /// `keys` random keys starting on entry `entry` of the home screen (-1: the home screen).
    public func run(entry: Int, keys: Int) {
        var app = start(entry)
        var sent = 0
        while sent < keys {
            if app.isFinished {
                report.restarts += 1
                app = start(entry)
            }
            sent += step(app)
        }
    }

    private func start(_ entry: Int) -> App {
        let app = App(ctx: ctx, root: HomeScreen(ctx), size: rng.pick(Array(KeyStorm.sizes.prefix(3))))
        let entries = HomeMenu.entries(ctx)
        if entry >= 0, entry < entries.count { send(app, .char(entries[entry].shortcut)) }
        return app
    }

    /// One move of the storm; returns the keys it sent.
    private func step(_ app: App) -> Int {
        let roll = Double.random(in: 0..<1, using: &rng)
        if roll < 0.02 {
            app.handle(.resize(rng.pick(KeyStorm.sizes)))
            check(app, after: "a resize")
            return 1
        }
        if roll < 0.06 {
            pass(app, seconds: Double.random(in: 0.05...40, using: &rng))
            return 1
        }
        if roll < 0.07 {
            ctrlC(app)
            return 1
        }
        if app.top.capturesText {
            if roll < 0.07 + pasteChance {
                report.pastes += 1
                // Half as a terminal with bracketed paste sends it, half typed out.
                if Double.random(in: 0..<1, using: &rng) < 0.5 {
                    send(app, .paste(HostileText.paste))
                    return 1
                }
                return type(app, HostileText.paste)
            }
            if roll < 0.5 {
                report.hostileTexts += 1
                return type(app, rng.pick(HostileText.samples))
            }
            let editing: [Key] = [
                .backspace, .delete, .left, .right, .home, .end, .ctrl("u"), .ctrl("k"), .ctrl("w"), .ctrl("a"),
                .ctrl("e"), .tab, .backTab, .enter, .up, .down, .escape, .char(" "), .char("q"), .char("?"),
                .lineBreak, .ctrl("o"),
            ]
            send(app, rng.pick(editing))
            return 1
        }
        var keys: [Key] = [
            .up, .down, .left, .right, .char("j"), .char("k"), .enter, .enter, .tab, .backTab, .char(" "),
            .pageUp, .pageDown, .home, .end, .backspace, .delete, .function(1), .char("?"), .char("!"),
            .paste("q\n!\n1"), .lineBreak,
        ]
        keys += (0...9).map { Key.char(Character(String($0))) }
        keys += "abcdefghilmnoprstuvwxyz".map { Key.char($0) }
        if Double.random(in: 0..<1, using: &rng) < 0.08 { keys = [.escape] }
        if Double.random(in: 0..<1, using: &rng) < 0.01 { keys = [.char("q")] }
        send(app, rng.pick(keys))
        return 1
    }

    static func name(_ screen: any Screen) -> String { String(describing: Swift.type(of: screen)) }

    private func send(_ app: App, _ key: Key) {
        guard !app.isFinished else { return }
        report.screens[KeyStorm.name(app.top), default: 0] += 1
        report.keys += 1
        app.handle(.key(key))
        check(app, after: "\(key)")
    }

    private func type(_ app: App, _ text: String) -> Int {
        var n = 0
        for ch in text {
            guard !app.isFinished, app.top.capturesText else { break }
            report.keys += 1
            report.screens[KeyStorm.name(app.top), default: 0] += 1
            app.handle(.key(.char(ch)))
            n += 1
        }
        check(app, after: "typing \(text.count) characters")
        return max(n, 1)
    }

    /// Time passes; an animating screen is woken as the run loop would.
    private func pass(_ app: App, seconds: Double) {
        clock.advance(seconds: seconds)
        var ticks = 0
        while ticks < 10_000, let wake = app.nextWake(), clock.now() >= wake {
            app.tick()
            ticks += 1
        }
        check(app, after: "\(seconds) s passing")
    }

    /// Ctrl-C: every screen's unfinished words must be saved as drafts.
    private func ctrlC(_ app: App) {
        let drafts = app.stack.compactMap { $0.draft() }
        app.handle(.key(.ctrlC))
        for d in drafts {
            report.draftsChecked += 1
            if ctx.store.draft(d.id)?.state != d.state {
                report.problems.append("\(d.title): the draft was not saved whole at Ctrl-C")
            }
        }
    }

    private func check(_ app: App, after: String) {
        guard !app.isFinished else { return }
        report.frames += 1
        let frame = app.render()
        for p in FrameCheck.problems(frame) where report.problems.count < 50 {
            report.problems.append("\(app.top.title) at \(frame.size.width)x\(frame.size.height) after \(after): \(p)")
        }
    }
}
