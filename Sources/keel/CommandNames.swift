import ArgumentParser

/// keel's subcommands by name, and the nearest one to a mistyped word.
enum CommandNames {
    static var all: [any ParsableCommand.Type] { Keel.configuration.subcommands }

    static func subcommand(_ name: String) -> (any ParsableCommand.Type)? {
        all.first { $0._commandName == name }
    }

    /// The command most like `word`, if it is close enough to be the one meant
    /// (at most two letters off, and fewer than half of them).
    static func nearest(to word: String, among commands: [any ParsableCommand.Type] = CommandNames.all) -> (any ParsableCommand.Type)? {
        let scored = commands.map { ($0, distance(word.lowercased(), $0._commandName)) }
        guard let best = scored.min(by: { $0.1 < $1.1 }) else { return nil }
        let limit = word.count <= 4 ? 1 : 2
        return best.1 <= limit || best.0._commandName.hasPrefix(word.lowercased()) && word.count >= 2 ? best.0 : nil
    }

    /// Edits (insert, delete, change, or swap two neighbours) from a to b.
    static func distance(_ a: String, _ b: String) -> Int {
        let x = Array(a), y = Array(b)
        if x.isEmpty { return y.count }
        if y.isEmpty { return x.count }
        var d = [[Int]](repeating: [Int](repeating: 0, count: y.count + 1), count: x.count + 1)
        for i in 0...x.count { d[i][0] = i }
        for j in 0...y.count { d[0][j] = j }
        for i in 1...x.count {
            for j in 1...y.count {
                let cost = x[i - 1] == y[j - 1] ? 0 : 1
                d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost)
                if i > 1, j > 1, x[i - 1] == y[j - 2], x[i - 2] == y[j - 1] { d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1) }
            }
        }
        return d[x.count][y.count]
    }
}

/// A word where a command belongs that isn't one: says so, names the
/// nearest command and shows its usage (exit 2, bad usage).
enum UnknownCommand {
    /// The words that are keel's own besides its subcommands.
    static let builtIn: Set<String> = ["help"]

    /// The message for `keel WORD ...` when WORD is not a command, or nil.
    static func message(_ arguments: [String]) -> String? {
        let rest = GlobalArguments.split(arguments[...]).rest
        guard let word = rest.first, !word.hasPrefix("-") else { return nil }
        if let command = CommandNames.subcommand(word) { return inside(command, Array(rest.dropFirst())) }
        if word == "help" { return helpTopic(Array(rest.dropFirst())) }
        return about(word)
    }

    /// `keel sync stauts`: a word where a command with commands of its own
    /// (sync, content) expects one of them.
    static func inside(_ command: any ParsableCommand.Type, _ words: [String]) -> String? {
        let subs = command.configuration.subcommands
        guard !subs.isEmpty, let sub = words.first, !sub.hasPrefix("-"), !subs.contains(where: { $0._commandName == sub }) else { return nil }
        let names = subs.map { $0._commandName }
        guard let meant = CommandNames.nearest(to: sub, among: subs) else {
            return "keel: \(command._commandName) has no command \"\(sub)\"; it has \(names.joined(separator: ", ")).\n"
                + "Usage: " + Keel.usageString(for: command)
        }
        return "keel: \(command._commandName) has no command \"\(sub)\". Did you mean \(command._commandName) \(meant._commandName)?\n"
            + "Usage: " + Keel.usageString(for: meant)
    }

    /// `keel help WORD`: fine for a command (ArgumentParser shows its help), else the same message.
    static func helpTopic(_ words: [String]) -> String? {
        guard let word = words.first, !word.hasPrefix("-") else { return nil }
        guard let command = CommandNames.subcommand(word) else { return about(word) }
        return inside(command, Array(words.dropFirst()))
    }

    static func about(_ word: String) -> String {
        guard let meant = CommandNames.nearest(to: word) else {
            return "keel: there's no command \"\(word)\". keel --help lists them.\nUsage: " + Keel.usageString(for: Keel.self)
        }
        return "keel: there's no command \"\(word)\". Did you mean \(meant._commandName)?\nUsage: " + Keel.usageString(for: meant)
            + "\n  See 'keel help \(meant._commandName)' for more."
    }
}
