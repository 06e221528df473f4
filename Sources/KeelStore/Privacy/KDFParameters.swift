import Crypto
import CryptoExtras

/// How a key is stretched from a passphrase: scrypt, memory-hard, so each
/// guess at a stolen file costs an attacker the same memory and time it
/// costs keel once per run. Stored in every encrypted file, so a file stays
/// readable with the passphrase alone even after the defaults change.
public struct KDFParameters: Codable, Hashable, Sendable {
    public var name: String
    /// CPU and memory cost, a power of two (scrypt's N).
    public var n: Int
    /// Block size (scrypt's r).
    public var r: Int
    /// Parallelism (scrypt's p).
    public var p: Int

    public init(n: Int, r: Int = 8, p: Int = 1) {
        self.name = "scrypt"
        self.n = n
        self.r = r
        self.p = p
    }

    /// N = 2^17, r = 8: 128 MiB and about half a second on a 2020s laptop core,
    /// paid once per run (see the README's figures).
    public static let standard = KDFParameters(n: 1 << 17)

    /// Memory scrypt needs for these parameters, in bytes.
    public var memory: Int { 128 * n * r * p }

    /// Why keel won't run these parameters, or nil. A file can ask for
    /// anything; these bounds stop a hostile file from making keel allocate
    /// gigabytes or spin for hours before the passphrase is even checked.
    public var problem: String? {
        guard name == "scrypt" else { return "unknown key derivation \"\(name)\"" }
        guard n >= 2, n <= 1 << 20, n & (n - 1) == 0 else { return "scrypt cost \(n) is not a power of two up to 2^20" }
        guard (1...32).contains(r), (1...16).contains(p) else { return "scrypt block size or parallelism out of range" }
        guard memory <= 1 << 30 else { return "scrypt would need more than 1 GiB of memory" }
        return nil
    }

    /// The 256-bit key for this passphrase and salt.
    func deriveKey(passphrase: [UInt8], salt: [UInt8]) throws(SealFailure) -> SymmetricKey {
        if let problem { throw .unsafe(problem) }
        do {
            return try KDF.Scrypt.deriveKey(
                from: passphrase, salt: salt, outputByteCount: 32,
                rounds: n, blockSize: r, parallelism: p)
        } catch {
            throw .unsafe("scrypt could not run (\(error))")
        }
    }
}
