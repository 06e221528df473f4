import KeelContent
import KeelStore
import KeelTerminal

/// Screens that belong to crisis help: `!` doesn't open another copy on top.
public protocol CrisisHelpScreen: Screen {}

extension CrisisHelpScreen {
    public var isCrisisHelp: Bool { true }
}

/// Wires crisis help into the app: `!` (F2 while typing) on any screen, and
/// crisis words in any typed text (see `CrisisWatch`), open the crisis screen.
public enum Crisis {
    /// Opens crisis help while a text field has focus, where `!` is a letter.
    public static let keyWhileTyping = Key.function(2)

    public static func install(into ctx: Context, environment: (String) -> String? = Posix.environment) {
        // This machine's config names the country outright; else the locale suggests one.
        let guess = ctx.preferences.region ?? CrisisDirectory.guessRegion(environment: environment)
        ctx.crisisRegionGuess = guess
        // The phrases and the model's weights are read the first time any text is checked, not at start.
        var check: CrisisCheck?
        ctx.crisisScreen = { CrisisScreen($0, guessedRegion: guess) }
        ctx.mentionsCrisis = { [content = ctx.content] text in
            if check == nil { check = CrisisCheck.load(content) }
            return check!.matches(text)
        }
    }

    /// When the shipped lines can't be found: the one thing that is true everywhere.
    static let lastResort = CrisisDirectory.Region(
        codes: [], name: "Anywhere", emergency: "your local emergency number (112 anywhere in the EU)",
        lines: [CrisisDirectory.Line(name: "Find a Helpline", contact: "findahelpline.com", hours: nil)])

    /// The region to show: the person's choice, else the locale's guess.
    static func region(_ ctx: Context, guess: String?) -> (region: CrisisDirectory.Region, guessed: Bool) {
        guard let directory = ctx.content.crisis else { return (lastResort, false) }
        if let chosen = ctx.settings.region { return (directory.region(for: chosen), false) }
        return (directory.region(for: guess), guess != nil)
    }

    /// The country the language settings name when keel has no confirmed
    /// lines for it and the person hasn't picked a region: the page says so.
    static func unlistedGuess(_ ctx: Context, guess: String?) -> String? {
        guard ctx.settings.region == nil, let guess, let directory = ctx.content.crisis, !directory.lists(guess) else { return nil }
        return guess
    }
}
