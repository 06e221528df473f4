import ArgumentParser
import KeelStore

/// Options every command accepts.
struct GlobalOptions: ParsableArguments {
    @Option(
        name: .customLong("data-dir"), help: ArgumentHelp("Where keel keeps its data (default: $KEEL_DATA_DIR, else $XDG_DATA_HOME/keel).", valueName: "DIR"),
        completion: .directory)
    var dataDir: String?

    @Flag(name: .customLong("no-color"), help: "Draw without colour (NO_COLOR is respected too).")
    var noColor = false

    @Option(
        name: .customLong("passphrase-file"),
        help: ArgumentHelp("For encrypted data: read the passphrase from the first line of FILE instead of asking.", valueName: "FILE"),
        completion: .file())
    var passphraseFile: String?

    @Flag(help: "Talk line by line instead of drawing the screen: for screen readers, braille displays and plain terminals (KEEL_PLAIN=1 too).")
    var plain = false

    var start: StartOptions { StartOptions(dataDir: dataDir, noColor: noColor, passphraseFile: passphraseFile, plain: plain) }
    func openStore() throws -> Store { try start.openStore() }
    func openStoreToRead() throws -> Store { try start.openStoreToRead() }
}

/// What opening keel needs, as plain values (ArgumentParser's property
/// wrappers can't be built by hand, and the quick start path needs to).
struct StartOptions {
    var dataDir: String?
    var noColor = false
    var passphraseFile: String?
    /// `--plain`: a conversation on lines (see PlainMode).
    var plain = false

    var passphrase: PassphraseSource { PassphraseSource(file: passphraseFile) }

    /// NO_COLOR counts when it is set and not empty (no-color.org).
    var noColorWanted: Bool { noColor || !(Posix.environment("NO_COLOR") ?? "").isEmpty }

    func dataDirectory() throws -> String {
        guard let dir = DataDirectory.resolve(flag: dataDir) else {
            throw UserError("There's no data folder to use: set HOME, or give one with --data-dir or KEEL_DATA_DIR.")
        }
        if Posix.exists(dir), !Posix.isDirectory(dir) {
            throw UserError("\(dir) is not a folder; keel keeps its data in a folder. Give it one with --data-dir or KEEL_DATA_DIR.")
        }
        return dir
    }

    /// The data folder, which must be there already (a mistyped path is
    /// named, not made).
    func existingDataDirectory() throws -> String {
        let dir = try dataDirectory()
        guard Posix.isDirectory(dir) else {
            throw UserError("There's no keel data in \(dir): the folder isn't there. Check the path, or give the right one with --data-dir.")
        }
        return dir
    }

    /// For commands that only read (export, doctor): the folder must be
    /// there already, and nothing in it is created, locked or changed.
    /// Encrypted data needs the full store to unlock it; keel encrypt made
    /// its this-device folder already, so opening it adds nothing.
    func openStoreToRead() throws -> Store {
        let dir = try existingDataDirectory()
        if Store.isEncrypted(root: dir) { return try openStore() }
        guard Posix.isReadable(dir) else { throw UserError("\(dir) can't be read: permission denied.") }
        if let why = DataDirectory.refusal(dir, folders: Store.ownFolders) { throw UserError(why + ".") }
        return Store(readingOnly: dir)
    }

    /// Opens the data; asks for the passphrase only when it is encrypted
    /// (again after a wrong one typed at a terminal, up to three tries).
    func openStore(prompt: String = "Passphrase for keel's data: ") throws -> Store {
        let dir = try dataDirectory()
        do { return try passphrase.opening(prompt) { ask throws(StoreError) in try Store(root: dir, passphrase: ask) } } catch {
            switch error {
            case .wrongPassphrase, .locked, .vault, .refused: throw UserError(error.description)
            case .file(let e): throw UserError("The data folder didn't open: \(e.description).")
            default: throw UserError("The data folder \(dir) didn't open: \(error.description)")
            }
        }
    }
}

/// An error the person can fix: printed as is, exit 1.
struct UserError: Error, CustomStringConvertible {
    let description: String
    init(_ message: String) { description = message }
}
