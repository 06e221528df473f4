/// The options every command takes (`--data-dir`, `--passphrase-file`,
/// `--no-color`) may come before the subcommand, as with `git -C`:
/// ArgumentParser reads a subcommand's options only after its name, so
/// they are moved there before parsing (`keel --data-dir X export` reads
/// as `keel export --data-dir X`).
enum GlobalArguments {
    /// Options that take a value, then flags.
    static let valued = ["--data-dir", "--passphrase-file"]
    static let flags = ["--no-color", "--plain"]

    /// The leading global options (with their values) and what follows them.
    static func split(_ arguments: ArraySlice<String>) -> (globals: [String], rest: ArraySlice<String>) {
        var globals: [String] = []
        var rest = arguments
        while let arg = rest.first {
            if flags.contains(arg) || valued.contains(where: { arg.hasPrefix($0 + "=") }) {
                globals.append(arg)
                rest = rest.dropFirst()
            } else if valued.contains(arg), rest.count > 1 {
                globals += [arg, rest[rest.startIndex + 1]]
                rest = rest.dropFirst(2)
            } else {
                break
            }
        }
        return (globals, rest)
    }

    /// The arguments after the program name, with leading global options
    /// moved after the subcommand's name (and a nested one's, `sync status`).
    /// With no subcommand named, they go to `home`, the default.
    static func reordered(_ arguments: [String]) -> [String] {
        let (globals, rest) = split(arguments[...])
        guard !globals.isEmpty else { return arguments }
        guard let first = rest.first, let command = CommandNames.subcommand(first) else {
            // `keel --data-dir X --help` asks about keel itself (a mistyped
            // command never gets here: main.swift names it first).
            if let first = rest.first, ["--help", "-h", "help", "--version"].contains(first) { return Array(rest) }
            return ["home"] + globals + Array(rest)
        }
        var path = [first]
        var after = rest.dropFirst()
        if let next = after.first, command.configuration.subcommands.contains(where: { $0._commandName == next }) {
            path.append(next)
            after = after.dropFirst()
        }
        return path + globals + Array(after)
    }
}
