import ArgumentParser
import KeelStore

/// `keel encrypt`, `keel decrypt` and `keel passphrase`: privacy at rest.
/// Each works through the store while holding the writer lock, so no other
/// keel writes meanwhile, and each can be interrupted at any moment and run
/// again (see `Store+Privacy`).
struct Encrypt: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Encrypt your data with a passphrase; keel then asks for it each time it opens.",
        discussion: """
            Every file (entries, drafts, files kept in damaged/ and sync-archive/) is encrypted with AES-256-GCM under a \
            key stretched from the passphrase with scrypt. Without the passphrase nobody can read the data, keel included. \
            If encrypting is interrupted, run it again: every file reads in either state meanwhile.
            """
    )
    @OptionGroup var options: GlobalOptions

    func run() throws {
        let dir = try options.start.existingDataDirectory()  // a mistyped path is named, not made and encrypted
        let resuming = Store.isEncrypted(root: dir)
        let store = try options.openStore()
        try Privacy.requireWritable(store, "encrypted")
        var passphrase = resuming ? [] : try Privacy.ask { () throws(StoreError) in try options.start.passphrase.new() }
        defer { Secrets.wipe(&passphrase) }
        let report = try Privacy.perform("Encrypting") { () throws(StoreError) in try store.encrypt(passphrase: passphrase, kdf: Privacy.kdf) }
        Privacy.print(report, verb: "Encrypted")
        print("keel asks for the passphrase each time it opens this data. Keep it safe: without it nobody can read the data, keel included.")
    }
}

struct Decrypt: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Turn your encrypted data back into plain files.",
        discussion: "If decrypting is interrupted, run it again: every file reads in either state meanwhile."
    )
    @OptionGroup var options: GlobalOptions

    func run() throws {
        let dir = try options.start.dataDirectory()
        guard Store.isEncrypted(root: dir) else {
            print("The data in \(dir) is not encrypted; nothing to do.")
            return
        }
        let store = try options.openStore()
        try Privacy.requireWritable(store, "decrypted")
        let report = try Privacy.perform("Decrypting") { () throws(StoreError) in try store.decrypt() }
        Privacy.print(report, verb: "Decrypted")
        guard report.finished else {
            throw UserError(
                "The data stays encrypted until these files open; everything else is plain now. Move them out of the data folder, then run keel decrypt again.")
        }
        print("keel no longer asks for a passphrase for this data.")
    }
}

struct Passphrase: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "passphrase",
        abstract: "Change the passphrase of your encrypted data.",
        discussion: "Every file is encrypted again under the new passphrase. If this is interrupted, either passphrase opens the data until you run it again."
    )
    @OptionGroup var options: GlobalOptions
    @Option(
        name: .customLong("new-passphrase-file"),
        help: ArgumentHelp("Read the new passphrase from the first line of FILE instead of asking.", valueName: "FILE"),
        completion: .file())
    var newPassphraseFile: String?

    func run() throws {
        let dir = try options.start.dataDirectory()
        guard Store.isEncrypted(root: dir) else {
            throw UserError("The data in \(dir) is not encrypted; keel encrypt does that.")
        }
        var start = options.start
        let store = try start.openStore(prompt: "Current passphrase: ")
        try Privacy.requireWritable(store, "changed")
        start.passphraseFile = newPassphraseFile
        var fresh = try Privacy.ask { () throws(StoreError) in try start.passphrase.new() }
        defer { Secrets.wipe(&fresh) }
        let report = try Privacy.perform("Encrypting again") { () throws(StoreError) in try store.changePassphrase(to: fresh, kdf: Privacy.kdf) }
        Privacy.print(report, verb: "Encrypted again")
        guard report.finished else {
            throw UserError("Until these files open, both passphrases work. Move them out of the data folder, then run keel passphrase again.")
        }
        print("The new passphrase is the only one that opens this data now.")
    }
}

/// What the three commands share.
enum Privacy {
    /// scrypt's cost for new keys: KEEL_SCRYPT_N (a power of two) changes
    /// it, never below 2^15 (a tenth of a second per guess for an attacker)
    /// unless KEEL_TEST_CHEAP_SCRYPT=1 says this is a test: tests and
    /// `make stress` use 1024 so hundreds of rounds fit in minutes. Files
    /// keep their own parameters, so reading never depends on it.
    static var kdf: KDFParameters { kdf(environment: Posix.environment) }

    static let floor = 1 << 15

    static func kdf(environment: (String) -> String?) -> KDFParameters {
        guard let text = environment("KEEL_SCRYPT_N"), let n = Int(text), KDFParameters(n: n).problem == nil else {
            return .standard
        }
        let testing = environment("KEEL_TEST_CHEAP_SCRYPT") == "1"
        return KDFParameters(n: testing ? n : max(n, floor))
    }

    static func requireWritable(_ store: Store, _ what: String) throws {
        if case .readOnly(let why) = store.access { throw UserError("Nothing was \(what): the data is open read-only (\(why)).") }
    }

    /// A passphrase from the terminal or a file; a problem with it is said plainly.
    static func ask(_ body: () throws(StoreError) -> [UInt8]) throws -> [UInt8] {
        do { return try body() } catch {
            guard case .locked(let why) = error else { throw UserError(error.description) }
            throw UserError(why.prefix(1).uppercased() + why.dropFirst() + ".")
        }
    }

    /// The work, with a progress line saying `doing` while it takes long.
    static func perform(_ doing: String, _ body: () throws(StoreError) -> PrivacyReport) throws -> PrivacyReport {
        let progress = ProgressLine(doing)
        defer { progress.finish() }
        do { return try body() } catch {
            progress.finish()
            throw UserError("\(error.description) Files done so far are done; every file reads in either state. Run the command again to finish.")
        }
    }

    static func print(_ report: PrivacyReport, verb: String) {
        let files = report.changed == 1 ? "1 file" : "\(report.changed) files"
        if report.changed == 0 && report.skipped.isEmpty {
            Swift.print("Nothing to do: every file was already done.")
        } else {
            Swift.print("\(verb) \(files)\(report.unchanged > 0 ? "; \(report.unchanged) already done" : "").")
        }
        for s in report.skipped { Console.error("keel: \(s.description)") }
    }
}
