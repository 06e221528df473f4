import Crypto

/// One encrypted file, still a JSON document a person can recognise:
///
///     {
///       "cipher" : "AES-256-GCM",
///       "ciphertext" : "…base64, the tag at the end…",
///       "format" : 1,
///       "kdf" : { "n" : 131072, "name" : "scrypt", "p" : 1, "r" : 8 },
///       "nonce" : "…",
///       "salt" : "…"
///     }
///
/// The plaintext is the file's whole former content, byte for byte, so
/// whatever the file was (records, a draft, a damaged file kept aside, a
/// merged conflict copy, an export) it comes back exactly.
struct SealedFile: Codable, Equatable {
    static let formatVersion = 1
    static let cipherName = "AES-256-GCM"

    var cipher: String
    var ciphertext: String
    var format: Int
    var kdf: KDFParameters
    var nonce: String
    var salt: String

    /// A cheap look at the first key, so plain files (the common case) are
    /// never parsed twice: keel writes sorted keys, and "cipher" comes first.
    static func looksSealed(_ bytes: [UInt8]) -> Bool {
        let marker = Array("\"cipher\"".utf8)
        var i = 0
        while i < bytes.count, bytes[i] == 32 || bytes[i] == 10 || bytes[i] == 13 || bytes[i] == 9 { i += 1 }
        guard i < bytes.count, bytes[i] == 123 else { return false }  // {
        i += 1
        while i < bytes.count, bytes[i] == 32 || bytes[i] == 10 || bytes[i] == 13 || bytes[i] == 9 { i += 1 }
        return bytes.count - i >= marker.count && Array(bytes[i..<(i + marker.count)]) == marker
    }

    static func parse(_ bytes: [UInt8]) throws(SealFailure) -> SealedFile {
        let file: SealedFile
        do { file = try KeelJSON.decode(SealedFile.self, from: bytes) } catch {
            throw .malformed("the encrypted file is not complete (\(KeelJSON.describe(error)))")
        }
        guard file.format <= formatVersion else {
            throw .newer("it was encrypted by a newer keel (format \(file.format))")
        }
        guard file.cipher == cipherName else { throw .malformed("unknown cipher \"\(file.cipher)\"") }
        if let problem = file.kdf.problem { throw .unsafe(problem) }
        return file
    }

    var saltBytes: [UInt8]? { Data(base64Encoded: salt).map { Array($0) } }

    static func seal(_ plaintext: [UInt8], key: SymmetricKey, salt: [UInt8], kdf: KDFParameters) throws(SealFailure) -> [UInt8] {
        do {
            let box = try AES.GCM.seal(plaintext, using: key, nonce: AES.GCM.Nonce())
            let file = SealedFile(
                cipher: cipherName, ciphertext: Data(box.ciphertext + box.tag).base64EncodedString(),
                format: formatVersion, kdf: kdf, nonce: Data(box.nonce).base64EncodedString(),
                salt: Data(salt).base64EncodedString())
            return try KeelJSON.encode(file) + [10]
        } catch {
            throw .malformed("encryption failed (\(error))")
        }
    }

    /// The plaintext, or `.wrongKey` when the key doesn't open it (another
    /// passphrase, or bytes changed since it was sealed: AES-GCM can't tell
    /// these apart, and never returns altered plaintext).
    func open(with key: SymmetricKey) throws(SealFailure) -> [UInt8] {
        guard let nonceBytes = Data(base64Encoded: nonce), let combined = Data(base64Encoded: ciphertext),
            combined.count >= 16, let nonce = try? AES.GCM.Nonce(data: nonceBytes)
        else {
            throw .malformed("the encrypted file's nonce or ciphertext is not valid base64")
        }
        do {
            let box = try AES.GCM.SealedBox(nonce: nonce, ciphertext: combined.dropLast(16), tag: combined.suffix(16))
            return Array(try AES.GCM.open(box, using: key))
        } catch {
            throw .wrongKey
        }
    }
}

/// Why an encrypted file did not open.
public enum SealFailure: Error, Equatable, CustomStringConvertible {
    case wrongKey
    case malformed(String)
    case unsafe(String)
    case newer(String)
    /// Sealed under a salt of its own, which this run holds no key for.
    case otherPassphrase
    /// Encrypted, but this run has no passphrase.
    case locked

    public var description: String {
        switch self {
        case .wrongKey: return "it does not open with this passphrase"
        case .malformed(let why), .unsafe(let why), .newer(let why): return why
        case .otherPassphrase: return "it was encrypted apart from this data, with a key this passphrase doesn't hold"
        case .locked: return "it is encrypted and keel was given no passphrase"
        }
    }
}
