/// Recognises the command lines that must start fast: plain `keel` (no
/// subcommand) and `keel today`, each with only the global options
/// `--data-dir DIR`, `--passphrase-file FILE` (or with `=`) and `--no-color`.
/// Anything else returns nil and is left to ArgumentParser.
enum QuickStart {
    static func homeOptions(_ arguments: [String]) -> StartOptions? {
        options(arguments.dropFirst())
    }

    static func todayOptions(_ arguments: [String]) -> StartOptions? {
        guard arguments.count > 1, arguments[1] == "today" else { return nil }
        return options(arguments.dropFirst(2))
    }

    static func options(_ arguments: ArraySlice<String>) -> StartOptions? {
        var options = StartOptions()
        var rest = arguments
        while let arg = rest.first {
            rest = rest.dropFirst()
            if arg == "--no-color" {
                options.noColor = true
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
