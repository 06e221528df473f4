import ArgumentParser
import KeelStore

/// Options every command accepts.
struct GlobalOptions: ParsableArguments {
    @Option(name: .customLong("data-dir"), help: ArgumentHelp("Where keel keeps its data (default: $KEEL_DATA_DIR, else $XDG_DATA_HOME/keel).", valueName: "DIR"))
    var dataDir: String?

    @Flag(name: .customLong("no-color"), help: "Draw without colour (NO_COLOR is respected too).")
    var noColor = false

    @Option(name: .customLong("passphrase-file"), help: ArgumentHelp("For encrypted data: read the passphrase from the first line of FILE instead of asking.", valueName: "FILE"))
    var passphraseFile: String?

    var start: StartOptions { StartOptions(dataDir: dataDir, noColor: noColor, passphraseFile: passphraseFile) }
    func openStore() throws -> Store { try start.openStore() }
}

/// What opening keel needs, as plain values (ArgumentParser's property
/// wrappers can't be built by hand, and the quick start path needs to).
struct StartOptions {
    var dataDir: String?
    var noColor = false
    var passphraseFile: String?

    var passphrase: PassphraseSource { PassphraseSource(file: passphraseFile) }

    /// NO_COLOR counts when it is set and not empty (no-color.org).
    var noColorWanted: Bool { noColor || !(Posix.environment("NO_COLOR") ?? "").isEmpty }

    func dataDirectory() throws -> String {
        guard let dir = DataDirectory.resolve(flag: dataDir) else {
            throw UserError("There's no data folder to use: set HOME, or give one with --data-dir or KEEL_DATA_DIR.")
        }
        return dir
    }

    /// Opens the data; asks for the passphrase only when it is encrypted
    /// (again after a wrong one typed at a terminal, up to three tries).
    func openStore(prompt: String = "Passphrase for keel's data: ") throws -> Store {
        let dir = try dataDirectory()
        do { return try passphrase.opening(prompt) { ask throws(StoreError) in try Store(root: dir, passphrase: ask) } } catch {
            switch error {
            case .wrongPassphrase, .locked, .vault, .refused: throw UserError(error.description)
            default: throw UserError("keel can't open its data folder \(dir): \(error.description)")
            }
        }
    }
}

/// An error the person can fix: printed as is, exit 1.
struct UserError: Error, CustomStringConvertible {
    let description: String
    init(_ message: String) { description = message }
}
