import KeelContent
import KeelStore
import KeelTerminal

/// Which region the crisis numbers are for. A new choice is shown with its
/// numbers before it is kept, so a slip of the arrow keys can't quietly put
/// the wrong country's lines on the crisis page.
struct RegionScreen: CrisisHelpScreen {
    let guessedRegion: String?
    let choices: [(label: String, detail: String, code: String?)]
    var selected = 0
    /// The choice waiting for Enter (keep it) or Esc (keep the old one).
    var pending: Int?

    init(_ ctx: Context, guessedRegion: String?) {
        self.guessedRegion = guessedRegion
        var choices: [(label: String, detail: String, code: String?)] = []
        if let directory = ctx.content.crisis {
            choices = directory.regions.map { ($0.name, "Emergency \($0.emergency)", $0.code) }
            choices.append((directory.fallback.name, "Emergency numbers and lines worldwide", RegionScreen.elsewhere))
        }
        let detail: String
        if let guess = guessedRegion, let directory = ctx.content.crisis {
            detail = directory.lists(guess) ? "Now: \(directory.region(for: guess).name)" : "No confirmed lines for \(guess) yet"
        } else {
            detail = "No region in them"
        }
        choices.append(("Use my language settings", detail, nil))
        self.choices = choices
        let current = ctx.settings.region
        selected = choices.firstIndex { $0.code == current } ?? choices.count - 1
    }

    /// Stored when the person picks "Anywhere else" on purpose.
    static let elsewhere = "other"

    var title: String { "Help now · Region" }
    var isMenu: Bool { false }
    var hints: [KeyHint] {
        pending == nil
            ? [Hints.back, Hints.choose, Hints.move]
            : [KeyHint("Esc", "no, go back"), KeyHint("Enter", "yes, keep it")]
    }
    var help: Help {
        Help(
            "Region",
            ["Pick where you are, so the crisis numbers are the right ones. You see the new numbers first; Enter keeps them, Esc keeps the ones you had."])
    }

    mutating func handle(_ key: Key, _ ctx: Context) -> Transition {
        if let choice = pending {
            switch key {
            case .enter:
                ctx.updateSettings { $0.region = choices[choice].code }
                return .back
            case .escape:
                pending = nil
                return .stay
            default:
                return .stay
            }
        }
        if moveSelection(&selected, count: choices.count, key: key) { return .stay }
        guard key == .enter else { return .unhandled }
        // Picking what is already kept changes nothing, so there is nothing to ask.
        if choices[selected].code == ctx.settings.region { return .back }
        pending = selected
        return .stay
    }

    /// The region a choice would show: "Use my language settings" shows the guess.
    func region(of choice: Int, _ ctx: Context) -> CrisisDirectory.Region {
        ctx.content.crisis?.region(for: choices[choice].code ?? guessedRegion) ?? Crisis.lastResort
    }

    func render(into buffer: inout Buffer, in area: Rect, _ ctx: Context) {
        guard let choice = pending else {
            buffer.write("Where are you?", in: area, style: .title)
            let items = choices.map { MenuView.Item($0.label, detail: $0.detail) }
            MenuView(items: items, selected: selected).render(into: &buffer, in: area.droppingTop(2))
            return
        }
        let region = region(of: choice, ctx)
        let now = Crisis.region(ctx, guess: guessedRegion).region
        var text: [(String, Style)] = [
            ("Use the \(region.numbers)?", .title), ("", .plain),
            ("Emergency: \(region.emergency)", .warm),
        ]
        text += region.lines.map { (CrisisScreen.describe($0), .strong) }
        text += [("", .plain), ("Enter keeps these. Esc keeps the \(now.numbers).", .muted)]
        ScrollText(lines: ScrollText.wrap(text, width: area.width), offset: 0).render(into: &buffer, in: area)
    }
}
