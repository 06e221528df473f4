import Crypto

/// `encryption.json` in the data folder: its presence means the data is
/// encrypted (new files are sealed, and keel asks for the passphrase before
/// anything is read). It holds no key in the clear: each entry is the list
/// of the data's keys, sealed under a key derived from a passphrase.
///
/// One salt per data folder, not per file: scrypt then runs once per run
/// instead of once per file (ten years of history is hundreds of files).
/// Every file still carries its salt and parameters, so any single file
/// (a backup, an export, a copy on another device) opens with the
/// passphrase alone.
///
/// Normally there is one entry. While the passphrase changes there are two
/// (the new one first), each holding both keys, so a change cut short by a
/// crash leaves every file readable with either passphrase.
enum Vault {
    static let fileName = "encryption.json"
    static let formatVersion = 1

    struct Document: Codable {
        var about: String
        var format: Int
        var unlock: [SealedFile]
    }

    struct StoredKey: Codable {
        var kdf: KDFParameters
        var key: String
        var salt: String
    }

    static func path(_ root: String) -> String { root + "/" + fileName }

    /// One stat: all the unencrypted path pays.
    static func isPresent(_ root: String) -> Bool { Posix.exists(path(root)) }

    /// Checks the passphrase against the vault and returns every key it holds.
    static func unlock(root: String, passphrase: [UInt8]) throws(StoreError) -> Keyring {
        let document: Document
        switch read(root) {
        case .success(let d): document = d
        case .failure(.damaged(let why)): throw .vault(why)
        case .failure(.newer(let why)): throw .vault(why)
        }
        var derived: [String: SymmetricKey] = [:]
        var count = 0
        for entry in document.unlock {
            guard let salt = entry.saltBytes else { continue }
            let id = Keyring.id(salt, entry.kdf)
            let key: SymmetricKey
            if let k = derived[id] {
                key = k
            } else {
                do { key = try entry.kdf.deriveKey(passphrase: passphrase, salt: salt) } catch {
                    throw .vault("\(fileName) asks for \(error.description)")
                }
                count += 1
                derived[id] = key
            }
            guard let plain = try? entry.open(with: key) else { continue }
            guard let stored = try? KeelJSON.decode([StoredKey].self, from: plain),
                let keys = Optional(stored.compactMap(Vault.key)), !keys.isEmpty
            else {
                throw .vault("\(fileName) opened but holds no keys keel can use")
            }
            return Keyring(current: keys[0], known: Array(keys.dropFirst()), derivations: count)
        }
        throw .wrongPassphrase
    }

    enum Unreadable: Error {
        /// Cut short, changed, not JSON: the keys can be found again from the files.
        case damaged(String)
        case newer(String)
    }

    static func read(_ root: String) -> Result<Document, Unreadable> {
        let bytes: [UInt8]
        do { bytes = try Posix.read(path(root), limit: 1 << 20) } catch {
            return .failure(.damaged("\(fileName) could not be read (\(FileError.explain(error.code)))"))
        }
        let document: Document
        do { document = try KeelJSON.decode(Document.self, from: bytes) } catch {
            return .failure(.damaged("\(fileName) is damaged (\(KeelJSON.describe(error)))"))
        }
        guard document.format <= formatVersion else {
            return .failure(.newer("\(fileName) was written by a newer keel (format \(document.format)); update keel to open this data"))
        }
        guard !document.unlock.isEmpty else { return .failure(.damaged("\(fileName) is damaged (unlock: empty)")) }
        return .success(document)
    }

    /// A damaged vault, with the passphrase: every encrypted file carries
    /// its own salt and parameters, so the first one this passphrase opens
    /// gives the key back. Nil when no file opens with it.
    static func recover(root: String, passphrase: [UInt8]) -> Keyring? {
        var tried: Set<String> = []
        for relative in DataFiles.all(in: root) {
            guard let bytes = try? Posix.read(root + "/" + relative), SealedFile.looksSealed(bytes),
                let file = try? SealedFile.parse(bytes), let salt = file.saltBytes
            else { continue }
            let id = Keyring.id(salt, file.kdf)
            guard tried.count < 3, tried.insert(id).inserted,
                let key = try? file.kdf.deriveKey(passphrase: passphrase, salt: salt),
                (try? file.open(with: key)) != nil
            else { continue }
            return Keyring(
                current: Keyring.Key(salt: salt, kdf: file.kdf, key: key),
                known: [], derivations: tried.count)
        }
        return nil
    }

    static func key(_ stored: StoredKey) -> Keyring.Key? {
        guard let salt = Data(base64Encoded: stored.salt), let key = Data(base64Encoded: stored.key), key.count == 32,
            stored.kdf.problem == nil
        else { return nil }
        return Keyring.Key(salt: Array(salt), kdf: stored.kdf, key: SymmetricKey(data: key))
    }

    /// Writes the vault atomically: one entry per key in `openers`, each
    /// sealing every key in `keys` (the first of which new files use).
    static func write(root: String, keys: [Keyring.Key], openers: [Keyring.Key]) throws(StoreError) {
        let stored = keys.map { k in
            StoredKey(kdf: k.kdf, key: k.key.withUnsafeBytes { Data($0).base64EncodedString() }, salt: Data(k.salt).base64EncodedString())
        }
        do {
            let list = try KeelJSON.encode(stored, pretty: false)
            var entries: [SealedFile] = []
            for opener in openers {
                let sealed = try SealedFile.seal(list, key: opener.key, salt: opener.salt, kdf: opener.kdf)
                entries.append(try KeelJSON.decode(SealedFile.self, from: sealed))
            }
            let document = Document(
                about: "keel's data in this folder is encrypted; keel asks for the passphrase to open it.",
                format: formatVersion, unlock: entries)
            try Posix.writeAtomically(try KeelJSON.encode(document) + [10], to: path(root))
        } catch let error as FileError {
            throw .file(error)
        } catch {
            throw .encoding("\(fileName) could not be written: \(error)")
        }
    }

    static func remove(_ root: String) throws(StoreError) {
        if unlink(path(root)) != 0, errno != ENOENT {
            throw .file(FileError(path: path(root), operation: "removing", code: errno))
        }
        Posix.syncDirectory(root)
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
