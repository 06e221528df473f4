import KeelContent
import KeelStore
import KeelTerminal

/// Help right now: crisis lines for the person's region and their own
/// safety plan. Calm and still; a single stray key can't close it (Esc
/// asks once more), and keys in its first second are let go, because the
/// page often opens while someone is still typing.
public struct CrisisScreen: CrisisHelpScreen {
    let guessedRegion: String?
    /// When the page appeared, on the injected monotonic clock.
    let openedAt: Moment
    var scroll = ScrollState()
    var confirmingLeave = false
    /// The page's words, made on opening and on coming back from the plan
    /// or the region (not per frame).
    var text: [(String, Style)] = []

    /// How long keys are ignored after the page appears.
    static let settleSeconds = 1.0

    public init(_ ctx: Context, guessedRegion: String?) {
        self.guessedRegion = guessedRegion
        openedAt = ctx.clock.now()
        text = lines(ctx)
    }

    public var title: String { "Help now" }
    /// How to leave comes first, so it stays when a narrow footer drops the rest.
    public var hints: [KeyHint] {
        [
            KeyHint("Esc", confirmingLeave ? "again to leave" : "twice to leave"),
            KeyHint("p", "safety plan"), KeyHint("r", "region"), KeyHint("↑↓", "scroll"),
        ]
    }
    public var help: Help {
        Help(
            "Help now",
            [
                "This page lists people you can reach right now, and your own safety plan.",
                "p opens your safety plan to fill in or change. r picks the region the phone numbers are for.",
                "To leave, press Esc twice. The page stays put if a key is pressed by accident, and keys pressed in its first second are let go.",
                "keel is not a crisis service. If you are in danger, call your emergency number now.",
            ])
    }

    /// True in the first second after the page appeared.
    func settling(_ ctx: Context) -> Bool {
        ctx.clock.now().seconds(since: openedAt) < Self.settleSeconds
    }

    public mutating func handle(_ key: Key, _ ctx: Context) -> Transition {
        if settling(ctx) { return .stay }
        if key == .escape {
            if confirmingLeave { return .back }
            confirmingLeave = true
            return .stay
        }
        confirmingLeave = false
        switch key {
        case .char("p"): return .open(SafetyPlanScreen(ctx))
        case .char("r"): return .open(RegionScreen(ctx, guessedRegion: guessedRegion))
        default: _ = scroll.handle(key)
        }
        return .stay
    }

    public mutating func resume(_ ctx: Context) {
        confirmingLeave = false
        text = lines(ctx)
    }

    func lines(_ ctx: Context) -> [(String, Style)] {
        let (region, guessed) = Crisis.region(ctx, guess: guessedRegion)
        // The numbers come first, so they show without scrolling in the smallest window.
        var out: [(String, Style)] = [
            ("You don't have to hold this alone.", .title),
            ("In danger, or might hurt yourself? Reach someone now:", .plain),
            ("Emergency: \(region.emergency)", .warm),
        ]
        out += region.lines.map { (Self.describe($0), .strong) }
        if let country = Crisis.unlistedGuess(ctx, guess: guessedRegion) {
            out.append(("keel has no confirmed lines yet for \(country), the country in your language settings.", .muted))
            out.append(("Find a Helpline lists lines there, and r picks another region.", .muted))
        } else {
            let these = region.numbers.prefix(1).uppercased() + region.numbers.dropFirst()
            out.append((these + (guessed ? ", guessed from your language settings" : "") + ". r changes the region.", .muted))
        }
        out.append(("", .plain))
        out.append(("Your safety plan (p to open it)", .strong))
        let plan = ctx.store.singleton(SafetyPlan.self)
        if plan.isEmpty {
            out.append(("Not written yet. It has six short parts, in your own words, for a moment like this.", .muted))
        } else {
            for section in SafetyPlan.Section.allCases where !plan[section].isEmpty {
                out.append(("\(section.title): \(plan[section])", .plain))
            }
        }
        out.append(("", .plain))
        out.append(("keel is a practice companion, not a crisis service. A person on one of these lines can help more than any app.", .muted))
        return out
    }

    /// "Samaritans: Call 116 123, any time, free", with the language when it matters.
    static func describe(_ line: CrisisDirectory.Line) -> String {
        line.lead + line.contact + [line.hours, line.language].compactMap { $0.map { ", \($0)" } }.joined()
    }

    public func render(into buffer: inout Buffer, in area: Rect, _ ctx: Context) {
        let wrapped = ScrollText.wrap(text, width: area.width)
        let body = confirmingLeave ? area.droppingBottom(1) : area
        ScrollText(lines: wrapped, scroll: scroll).render(into: &buffer, in: body)
        if confirmingLeave {
            buffer.write("Press Esc again to leave this page.", in: area.bottom(1), style: .warm)
        }
    }
}
