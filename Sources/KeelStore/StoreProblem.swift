/// Something about the data a person should know: a file that could not be
/// read (and where its bytes were kept), or why the data is read-only.
public struct StoreProblem: Hashable, Sendable, CustomStringConvertible {
    public let file: String
    public let reason: String
    /// Where the unreadable file was moved to, relative to the data folder.
    public let keptAs: String?

    public init(file: String, reason: String, keptAs: String? = nil) {
        self.file = file
        self.reason = reason
        self.keptAs = keptAs
    }

    public var description: String {
        if let keptAs { return "\(file): \(reason); its bytes are kept in \(keptAs)" }
        return "\(file): \(reason)"
    }
}

public enum AccessMode: Hashable, Sendable {
    case readWrite
    case readOnly(reason: String)

    public var isReadOnly: Bool {
        if case .readOnly = self { return true }
        return false
    }
}

public enum StoreError: Error, CustomStringConvertible, Equatable {
    case readOnly(String)
    case file(FileError)
    case noDataDirectory
    case encoding(String)
    /// The data is encrypted and no passphrase was given (the reason says how to give one).
    case locked(String)
    case wrongPassphrase
    /// `encryption.json` can't be used.
    case vault(String)
    /// The data folder is not one keel keeps words in (shared, or with a
    /// linked folder inside); the reason says what to do.
    case refused(String)

    public var description: String {
        switch self {
        case .readOnly(let why): return "Nothing was saved: the data is open read-only (\(why))."
        case .file(let e): return "Nothing was saved: \(e.description)."
        case .noDataDirectory: return "No data folder: set HOME, KEEL_DATA_DIR or --data-dir."
        case .encoding(let what): return "Nothing was saved: \(what)."
        case .locked(let why): return "The data didn't open: \(why)."
        case .wrongPassphrase: return "That passphrase doesn't open this data. Nothing was changed; try again."
        case .vault(let why): return "The encrypted data didn't open: \(why). Nothing was changed."
        case .refused(let why): return why + "."
        }
    }
}
