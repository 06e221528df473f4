import KeelContent
import KeelStore
import KeelTerminal

/// Plain mode's voice: every practice as lines in and lines out, for screen
/// readers, braille displays, Emacs shells and dumb terminals. A prompt is
/// one line; an answer is one line. Three words work at every prompt:
/// `back` (Esc on the full screen), `help` (crisis help now) and `?` (what
/// can be typed here). Every answer passes the one crisis check before the
/// practice sees it, as every field does on the full screen.
public final class Conversation {
    let io: LineIO
    let ctx: Context
    var watch = CrisisWatch()
    /// Input ended (end of file, or Ctrl-C at a terminal): every practice
    /// keeps its draft and stops asking.
    private(set) var ended = false
    /// Every outcome reported in this conversation, in order, as the app
    /// keeps them: a test reads what a practice did.
    public internal(set) var outcomes: [Outcome] = []
    /// The pacer rings the terminal bell at each phase change.
    public var bell = false
    /// Where `back` goes, as `?` says it: a form's field, a practice's step.
    var backGoesTo = "the step before"
    /// A form brought back from a draft takes `start again` (Ctrl-R on the
    /// full screen): the prompt ends as `back` does, and the form asks
    /// `takeStartAgain()` which of the two it was.
    var startsAgain = false
    private var askedToStartAgain = false

    public init(io: LineIO, ctx: Context) {
        self.io = io
        self.ctx = ctx
    }

    /// What a prompt got back.
    enum Reply: Equatable {
        case answer(String)
        case back
        case ended
    }

    /// Whether the `back` just returned was `start again`; asked once.
    func takeStartAgain() -> Bool {
        defer { askedToStartAgain = false }
        return askedToStartAgain
    }

    /// Ctrl-C at a terminal: like the end of input, every practice keeps what it has.
    func interrupted() { ended = true }

    // MARK: - Saying

    /// Lines as given; a text with line breaks becomes several lines. The
    /// content's words for the full screen's `!` become plain mode's word.
    func say(_ text: String) {
        for line in Self.spoken(text).split(separator: "\n", omittingEmptySubsequences: false) { io.write(String(line)) }
    }

    /// The full screen's words as plain mode says them.
    static func spoken(_ text: String) -> String {
        // The middle dot that sets parts apart on screen is read aloud as "dot": a comma says it.
        text.replacing("press !", with: "type help").replacing(" · ", with: ", ")
            .replacing("Space ticks it on the habits screen, or its number on the home screen", with: "Type done on the habits list to tick it")
            .replacing("Press w to pick", with: "Type w to pick")
    }

    /// A heading a reader can jump to: a blank line, then the words.
    func heading(_ text: String) {
        io.write("")
        say(text)
    }

    /// The store's one-line message (a save that failed), once.
    func sayFlash() {
        if let flash = ctx.flash {
            say(flash)
            ctx.flash = nil
        }
    }

    // MARK: - Asking

    /// Asks once and reads a line. `help`, `?` and crisis words are dealt
    /// with here; `typed` lists what this prompt takes, for `?`.
    func ask(_ prompt: String, typed: [String] = [], canGoBack: Bool = true) -> Reply {
        while true {
            guard !ended else { return .ended }
            io.write(Self.spoken(prompt))
            guard let line = io.readLine() else {
                ended = true
                return .ended
            }
            let word = PlainText.trim(line).lowercased()
            switch word {
            case "back": return .back
            // Only on a form brought back from a draft; anywhere else they are words like any other.
            case "start again" where startsAgain, "start over" where startsAgain:
                askedToStartAgain = true
                return .back
            case "help":
                crisisHelp()
                io.write("")
                continue
            case "?":
                for line in typed { io.write(line) }
                if canGoBack { io.write("back goes to \(backGoesTo), keeping your answer.") }
                if startsAgain { io.write("start again lets go of what you typed last time and begins from what is saved.") }
                io.write("help shows crisis lines and your safety plan, at any prompt.")
                continue
            default:
                // The words are the person's: kept as typed, and checked like any field.
                if watch.raises([line], ctx) { crisisHelp() }
                return .answer(line)
            }
        }
    }

    /// A line of a longer text (a letter), taken as it is: `back` and `help`
    /// are words like any other here, but the crisis check reads it all the same.
    func readText() -> String? {
        guard !ended, let line = io.readLine() else {
            ended = true
            return nil
        }
        if watch.raises([line], ctx) { crisisHelp() }
        return line
    }

    /// One of a numbered list: a number, or nothing when `allowNone`.
    /// Returns the index, nil for nothing picked, or the reply that ended it.
    func pick(_ prompt: String, _ items: [String], current: Int? = nil, allowNone: Bool = false, details: [String] = []) -> Picked {
        for (i, item) in items.enumerated() {
            io.write("  \(i + 1). " + Self.spoken(Self.joined(item, details.indices.contains(i) ? details[i] : "")))
        }
        let range = items.count == 1 ? "1" : items.count == 2 ? "1 or 2" : "a number from 1 to \(items.count)"
        let keep = current.map { " Enter keeps \($0 + 1)." } ?? (allowNone ? " Enter skips." : "")
        while true {
            switch ask(prompt + " Type \(range).\(keep)", typed: ["Type the number of the line you choose, then Enter."]) {
            case .back: return .back
            case .ended: return .ended
            case .answer(let text):
                let t = PlainText.trim(text)
                if t.isEmpty, let current { return .index(current) }
                if t.isEmpty, allowNone { return .none }
                if let n = Int(t), (1...items.count).contains(n) { return .index(n - 1) }
                io.write(t.isEmpty ? "Type \(range), then Enter." : "That isn't one of the numbers. Type \(range).")
            }
        }
    }

    /// "Label: detail", or "Label? Detail" when the label ends a sentence.
    static func joined(_ label: String, _ detail: String) -> String {
        // A circle called Family of the kind family is said once.
        guard !detail.isEmpty, detail.lowercased() != label.lowercased() else { return label }
        return label + (label.last.map { ".?!".contains($0) } == true ? " " : ": ") + detail
    }

    /// A page's "type a number, or Enter to leave": the index picked, or nil
    /// once the person leaves (Enter on nothing, `back`, the end of input).
    func numberOrLeave(_ prompt: String, count: Int, typed: [String] = []) -> Int? {
        while true {
            guard case .answer(let line) = ask(prompt, typed: typed, canGoBack: false) else { return nil }
            let word = PlainText.trim(line)
            if word.isEmpty { return nil }
            if let n = Int(word), (1...max(1, count)).contains(n), count > 0 { return n - 1 }
            say(count == 1 ? "Type 1, or press Enter to leave." : "Type a number from 1 to \(count), or press Enter to leave.")
        }
    }

    enum Picked: Equatable {
        case index(Int)
        case none
        case back
        case ended
    }

    /// Any of a numbered list, as numbers with spaces between (`1 3 5`);
    /// a line may be led by a heading (said first, not numbered).
    func tick(_ prompt: String, _ items: [String], ticked: Set<Int>, required: Bool, details: [String] = [], headings: [String?] = []) -> Ticked {
        for (i, item) in items.enumerated() {
            if headings.indices.contains(i), let h = headings[i] { heading(h) }
            io.write("  \(i + 1). " + Self.spoken(Self.joined(item, details.indices.contains(i) ? details[i] : "")))
        }
        let kept = ticked.sorted().map { String($0 + 1) }.joined(separator: " ")
        let keep = kept.isEmpty ? (required ? "" : " Enter for none.") : " Enter keeps \(kept)."
        while true {
            let typed = ["Type the numbers of every line that fits, with spaces between, such as 1 3 5. Type none to clear them."]
            switch ask(prompt + " Type the numbers that fit, such as 1 3.\(keep)", typed: typed) {
            case .back: return .back
            case .ended: return .ended
            case .answer(let text):
                let t = PlainText.trim(text)
                if t.isEmpty, !ticked.isEmpty || !required { return .ticked(ticked) }
                if t.lowercased() == "none", !required { return .ticked([]) }
                let parts = t.split(whereSeparator: { $0 == " " || $0 == "," })
                let numbers = parts.compactMap { Int($0) }
                if !parts.isEmpty, numbers.count == parts.count, numbers.allSatisfy({ (1...items.count).contains($0) }) {
                    return .ticked(Set(numbers.map { $0 - 1 }))
                }
                io.write(required && t.isEmpty ? "At least one, please: type its number." : "Only numbers from 1 to \(items.count), with spaces between.")
            }
        }
    }

    enum Ticked: Equatable {
        case ticked(Set<Int>)
        case back
        case ended
    }

    /// A number from 0 to 10 with its two ends named.
    func rate(_ prompt: String, low: String, high: String, current: Int?, required: Bool) -> Rated {
        let keep = current.map { " Enter keeps \($0)." } ?? (required ? "" : " Enter skips.")
        while true {
            let line = "\(prompt) Type 0 to 10, where 0 is \(low) and 10 is \(high).\(keep)"
            switch ask(line, typed: ["Type a whole number from 0 to 10, then Enter."]) {
            case .back: return .back
            case .ended: return .ended
            case .answer(let text):
                let t = PlainText.trim(text)
                if t.isEmpty, let current { return .value(current) }
                if t.isEmpty, !required { return .value(nil) }
                if let n = Int(t), Rating.range.contains(n) { return .value(n) }
                io.write("A whole number from 0 to 10, please.")
            }
        }
    }

    enum Rated: Equatable {
        case value(Int?)
        case back
        case ended
    }

    // MARK: - Crisis help

    /// Help now, as lines: the region's crisis lines and the person's own
    /// safety plan. The words that raised it are kept, never quoted.
    func crisisHelp() {
        watch.noteShown()
        heading("Help now")
        say("You don't have to hold this alone.")
        for line in Crisis.exitLines(ctx, keptWords: false) { say(line) }
        let (region, guessed) = Crisis.region(ctx, guess: ctx.crisisRegionGuess)
        if !region.codes.isEmpty {
            say("Region: \(region.name)\(guessed ? ", guessed from your language settings" : ""). For another country, set \"region\" in keel's config.json.")
        }
        let plan = ctx.store.singleton(SafetyPlan.self)
        heading("Your safety plan")
        if plan.isEmpty {
            say("Not written yet. On the full screen, keel's help page (!) has a place for it, in six short parts.")
        } else {
            for section in SafetyPlan.Section.allCases where !plan[section].isEmpty { say("\(section.title): \(plan[section])") }
        }
        say("keel is a practice companion, not a crisis service. A person on one of these lines can help more than any app.")
    }

    /// On the way out: words of crisis left behind in a draft get the lines once more.
    func leaving(_ leftBehind: [String]) {
        guard watch.leavesCrisisWords(leftBehind, ctx), ctx.crisisScreen != nil else { return }
        io.write("")
        for line in Crisis.exitLines(ctx, keptWords: true) { say(line) }
    }
}

/// A practice's conversation: it speaks through `talk`, on its context.
protocol Conversing {
    var talk: Conversation { get }
}

extension Conversing {
    var ctx: Context { talk.ctx }
}
