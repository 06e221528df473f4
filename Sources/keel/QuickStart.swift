/// Recognises the command lines that must start fast: plain `keel` (no
/// subcommand) and `keel today` (with `--json` or not), each with only the
/// global options `--data-dir DIR`, `--passphrase-file FILE` (or with `=`),
/// `--no-color` and `--plain`, before the subcommand or after it.
/// Anything else returns nil and is left to ArgumentParser.
enum QuickStart {
    static func homeOptions(_ arguments: [String]) -> StartOptions? {
        options(arguments.dropFirst())
    }

    static func todayOptions(_ arguments: [String]) -> (StartOptions, json: Bool)? {
        let (globals, rest) = GlobalArguments.split(arguments.dropFirst())
        guard rest.first == "today" else { return nil }
        var after = Array(rest.dropFirst())
        let json = after.contains("--json")
        after.removeAll { $0 == "--json" }
        return options((globals + after)[...]).map { ($0, json) }
    }

    static func options(_ arguments: ArraySlice<String>) -> StartOptions? {
        var options = StartOptions()
        var rest = arguments
        while let arg = rest.first {
            rest = rest.dropFirst()
            if arg == "--no-color" {
                options.noColor = true
            } else if arg == "--plain" {
                options.plain = true
            } else if arg == "--data-dir", let value = rest.first, !value.hasPrefix("-") {
                options.dataDir = value
                rest = rest.dropFirst()
            } else if arg.hasPrefix("--data-dir="), arg.count > 11 {
                options.dataDir = String(arg.dropFirst(11))
            } else if arg == "--passphrase-file", let value = rest.first, !value.hasPrefix("-") {
                options.passphraseFile = value
                rest = rest.dropFirst()
            } else if arg.hasPrefix("--passphrase-file="), arg.count > 18 {
                options.passphraseFile = String(arg.dropFirst(18))
            } else {
                return nil
            }
        }
        return options
    }
}
