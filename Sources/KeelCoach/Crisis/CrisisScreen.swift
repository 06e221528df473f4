import KeelContent
import KeelStore
import KeelTerminal

/// Help right now: crisis lines for the person's region and their own
/// safety plan. Calm and still; a single stray key can't close it (Esc
/// asks once more).
public struct CrisisScreen: CrisisHelpScreen {
    let guessedRegion: String?
    var scroll = 0
    var confirmingLeave = false
    /// The page's words, made on opening and on coming back from the plan
    /// or the region (not per frame).
    var text: [(String, Style)] = []

    public init(_ ctx: Context, guessedRegion: String?) {
        self.guessedRegion = guessedRegion
        text = lines(ctx)
    }

    public var title: String { "Help now" }
    public var hints: [KeyHint] {
        [KeyHint("p", "safety plan"), KeyHint("r", "region"), KeyHint("↑↓", "scroll"),
         KeyHint("Esc", confirmingLeave ? "again to leave" : "twice to leave")]
    }
    public var help: Help {
        Help("Help now", [
            "This page lists people you can reach right now, and your own safety plan.",
            "p opens your safety plan to fill in or change. r picks the region the phone numbers are for.",
            "To leave, press Esc twice. The page stays put if a key is pressed by accident.",
            "keel is not a crisis service. If you are in danger, call your emergency number now.",
        ])
    }

    public mutating func handle(_ key: Key, _ ctx: Context) -> Step {
        if key == .escape {
            if confirmingLeave { return .back }
            confirmingLeave = true
            return .stay
        }
        confirmingLeave = false
        switch key {
        case .char("p"): return .open(SafetyPlanScreen(ctx))
        case .char("r"): return .open(RegionScreen(ctx, guessedRegion: guessedRegion))
        default: _ = scrollOffset(&scroll, by: key)
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
        for line in region.lines {
            out.append(("\(line.name): \(line.contact)" + (line.hours.map { ", \($0)" } ?? ""), .strong))
        }
        out.append(("Numbers for " + region.name + (guessed ? ", guessed from your language settings" : "") + ". r changes the region.", .muted))
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

    public func render(into buffer: inout Buffer, in area: Rect, _ ctx: Context) {
        let wrapped = ScrollText.wrap(text, width: area.width)
        let body = confirmingLeave ? area.droppingBottom(1) : area
        ScrollText(lines: wrapped, offset: scroll).render(into: &buffer, in: body)
        if confirmingLeave {
            buffer.write("Press Esc again to leave this page.", in: area.bottom(1), style: .warm)
        }
    }
}

/// Which region the crisis numbers are for.
struct RegionScreen: CrisisHelpScreen {
    let guessedRegion: String?
    let choices: [(label: String, detail: String, code: String?)]
    var selected = 0

    init(_ ctx: Context, guessedRegion: String?) {
        self.guessedRegion = guessedRegion
        var choices: [(label: String, detail: String, code: String?)] = []
        if let directory = ctx.content.crisis {
            choices = directory.regions.map { ($0.name, "Emergency \($0.emergency)", $0.code) }
            choices.append((directory.fallback.name, "Emergency numbers and lines worldwide", RegionScreen.elsewhere))
        }
        let guessName = ctx.content.crisis?.region(for: guessedRegion).name
        choices.append(("Use my language settings", guessName.map { "Now: \($0)" } ?? "No region in them", nil))
        self.choices = choices
        let current = ctx.settings.region
        selected = choices.firstIndex { $0.code == current } ?? choices.count - 1
    }

    /// Stored when the person picks "Anywhere else" on purpose.
    static let elsewhere = "other"

    var title: String { "Help now · Region" }
    var isMenu: Bool { false }
    var hints: [KeyHint] { [Hints.move, Hints.choose, Hints.back] }
    var help: Help { Help("Region", ["Pick where you are, so the crisis numbers are the right ones. Your choice is kept."]) }

    mutating func handle(_ key: Key, _ ctx: Context) -> Step {
        if moveSelection(&selected, count: choices.count, key: key) { return .stay }
        guard key == .enter else { return .unhandled }
        let code = choices[selected].code
        ctx.updateSettings { $0.region = code }
        return .back
    }

    func render(into buffer: inout Buffer, in area: Rect, _ ctx: Context) {
        buffer.write("Where are you?", in: area, style: .title)
        let items = choices.map { MenuView.Item($0.label, detail: $0.detail) }
        MenuView(items: items, selected: selected).render(into: &buffer, in: area.droppingTop(2))
    }
}
