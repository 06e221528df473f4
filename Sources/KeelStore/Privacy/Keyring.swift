import Crypto

/// The keys of one run. scrypt is slow on purpose, so each key is derived
/// once per run and kept in memory; every save and read after that costs
/// only AES-GCM. The data folder has one salt (see `Vault`), so a run
/// derives exactly once. The passphrase itself is not kept: once the vault
/// has given its keys, the passphrase is wiped (see `Store.init`). A file
/// sealed under a salt the vault doesn't know (another device that
/// encrypted on its own, an export) is left untouched and named; an export
/// opens with its passphrase asked for it (`Keyring.open(_:passphrase:)`).
public final class Keyring {
    struct Key {
        let salt: [UInt8]
        let kdf: KDFParameters
        let key: SymmetricKey
    }

    /// Keys by salt and parameters; `known` ones came from the vault.
    private var keys: [String: Key] = [:]
    private var known: Set<String> = []
    /// The key new files are sealed with.
    private(set) var current: Key
    /// scrypt runs so far (the README's figures, and tests that keep it at one).
    public let derivations: Int

    init(current: Key, known: [Key], derivations: Int = 0) {
        self.current = current
        self.derivations = derivations
        for k in [current] + known {
            let id = Keyring.id(k.salt, k.kdf)
            keys[id] = k
            self.known.insert(id)
        }
    }

    /// A keyring with one fresh key (a new salt) for this passphrase.
    public static func fresh(passphrase: [UInt8], kdf: KDFParameters = .standard) throws(SealFailure) -> Keyring {
        let salt = randomBytes(16)
        let key = try kdf.deriveKey(passphrase: passphrase, salt: salt)
        return Keyring(current: Key(salt: salt, kdf: kdf, key: key), known: [], derivations: 1)
    }

    /// Whether bytes are an encrypted keel file (a cheap look; `open` decides).
    public static func isSealed(_ bytes: [UInt8]) -> Bool { SealedFile.looksSealed(bytes) }

    /// Opens one encrypted file with a passphrase alone (an export, a backup).
    public static func open(_ bytes: [UInt8], passphrase: [UInt8]) throws(SealFailure) -> [UInt8] {
        let file = try SealedFile.parse(bytes)
        guard let salt = file.saltBytes, !salt.isEmpty else { throw .malformed("the encrypted file's salt is not valid base64") }
        let key = try file.kdf.deriveKey(passphrase: passphrase, salt: salt)
        return try file.open(with: key)
    }

    static func id(_ salt: [UInt8], _ kdf: KDFParameters) -> String {
        "\(Data(salt).base64EncodedString())/\(kdf.n)/\(kdf.r)/\(kdf.p)"
    }

    static func randomBytes(_ count: Int) -> [UInt8] {
        var g = SystemRandomNumberGenerator()
        return (0..<count).map { _ in UInt8.random(in: 0...255, using: &g) }
    }

    var allKeys: [Key] { [current] + keys.values.filter { Keyring.id($0.salt, $0.kdf) != Keyring.id(current.salt, current.kdf) } }

    func isCurrent(_ file: SealedFile) -> Bool {
        file.saltBytes.map { Keyring.id($0, file.kdf) } == Keyring.id(current.salt, current.kdf)
    }

    /// The key for a salt, when this run knows it.
    func key(salt: [UInt8], kdf: KDFParameters) throws(SealFailure) -> Key {
        guard let k = keys[Keyring.id(salt, kdf)] else { throw .otherPassphrase }
        return k
    }

    /// Makes `key` the one new files are sealed with.
    func use(_ key: Key) {
        let id = Keyring.id(key.salt, key.kdf)
        keys[id] = key
        known.insert(id)
        current = key
    }

    /// Seals bytes with the current key.
    public func seal(_ plaintext: [UInt8]) throws(SealFailure) -> [UInt8] {
        try SealedFile.seal(plaintext, key: current.key, salt: current.salt, kdf: current.kdf)
    }

    /// Opens an encrypted file. `.wrongKey` means a file under this data's
    /// own salt that no longer authenticates (changed or cut short);
    /// `.otherPassphrase` a file sealed under a salt of its own that this
    /// passphrase doesn't open.
    public func open(_ bytes: [UInt8]) throws(SealFailure) -> [UInt8] {
        let file = try SealedFile.parse(bytes)
        return try open(file)
    }

    func open(_ file: SealedFile) throws(SealFailure) -> [UInt8] {
        guard let salt = file.saltBytes, !salt.isEmpty else { throw .malformed("the encrypted file's salt is not valid base64") }
        let key = try key(salt: salt, kdf: file.kdf)
        do { return try file.open(with: key.key) } catch {
            if error == .wrongKey, !known.contains(Keyring.id(salt, file.kdf)) { throw .otherPassphrase }
            throw error
        }
    }
}
