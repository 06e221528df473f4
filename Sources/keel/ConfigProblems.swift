import KeelCurses
import KeelStore
import KeelTerminal

/// What a mistake in `config.json` looks like: one line on the screen at
/// start, and every problem with its line on stderr when keel closes.
enum ConfigProblems {
    static func flash(_ problems: [String]) -> String {
        let n = problems.count
        return
            "\(Preferences.fileName) has \(n == 1 ? "a mistake" : "\(n) mistakes"); keel uses its usual choices there and lists \(n == 1 ? "it" : "them") when it closes."
    }
}

extension Preferences {
    /// The theme to draw with: the config's, else a guess from COLORFGBG.
    var resolvedTheme: Theme {
        Theme.resolve(Theme.Name(rawValue: theme ?? "auto") ?? .auto, colorFgBg: Posix.environment("COLORFGBG"))
    }
}
