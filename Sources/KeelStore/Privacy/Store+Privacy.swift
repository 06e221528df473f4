/// Encryption at rest, at the one place bytes meet the disk: the store's
/// reads and writes, and the moves into `damaged/` and `sync-archive/`.
/// Every kind of record goes through here, so a new kind is covered without
/// knowing about it.
extension Store {
    public var isEncrypted: Bool { keyring != nil }

    /// Whether the data folder is encrypted (one stat; nothing is read).
    public static func isEncrypted(root: String) -> Bool { Vault.isPresent(root) }

    /// Checks the passphrase against the vault. A damaged vault is rebuilt
    /// from the files (the old one kept in `damaged/`) when the passphrase
    /// opens one of them; otherwise nothing is touched.
    func unlock(with passphrase: [UInt8]) throws(StoreError) {
        do {
            keyring = try Vault.unlock(root: root, passphrase: passphrase)
        } catch {
            guard case .failure(.damaged(let why)) = Vault.read(root) else { throw error }
            guard let found = Vault.recover(root: root, passphrase: passphrase) else {
                throw .vault("\(why), and no encrypted file opens with this passphrase")
            }
            keyring = found
            guard Posix.isWritable(root) else { return }
            setAside(Vault.fileName, reason: "\(why); keel rebuilt it from your files")
            try? Vault.write(root: root, keys: [found.current], openers: [found.current])
        }
    }

    /// The bytes a file holds, opened if it is encrypted.
    func unseal(_ bytes: [UInt8]) -> Result<[UInt8], SealFailure> {
        guard SealedFile.looksSealed(bytes) else { return .success(bytes) }
        guard let keyring else { return .failure(.locked) }
        do { return .success(try keyring.open(bytes)) } catch { return .failure(error) }
    }

    /// Bytes as they should go to disk: sealed when the data is encrypted.
    func sealed(_ bytes: [UInt8], for relative: String) throws(StoreError) -> [UInt8] {
        guard let keyring else { return bytes }
        do { return try keyring.seal(bytes) } catch {
            throw .encoding("\(relative) could not be encrypted (\(error.description))")
        }
    }

    /// A file just moved into `damaged/` or `sync-archive/` byte for byte is
    /// sealed where it now lies when the data is encrypted and it was not.
    /// A crash in between leaves it as it was before the move; the next
    /// `keel encrypt` seals it.
    func cover(_ relative: String) {
        guard keyring != nil, let bytes = try? Posix.read(path(relative)), !SealedFile.looksSealed(bytes),
            let out = try? sealed(bytes, for: relative)
        else { return }
        try? Posix.writeAtomically(out, to: path(relative))
    }

    // MARK: - keel encrypt, decrypt, passphrase

    /// Encrypts every file, or finishes an encryption cut short. The vault
    /// is written first, so from then on every new save is sealed and a file
    /// in either state reads.
    public func encrypt(passphrase: [UInt8], kdf: KDFParameters = .standard) throws(StoreError) -> PrivacyReport {
        try requireWritable()
        if keyring == nil {
            let ring: Keyring
            do { ring = try Keyring.fresh(passphrase: passphrase, kdf: kdf) } catch { throw .encoding(error.description) }
            try Vault.write(root: root, keys: [ring.current], openers: [ring.current])
            keyring = ring
        }
        return try rewriteEveryFile { bytes, _ throws(SealFailure) in
            guard SealedFile.looksSealed(bytes) else { return try self.keyring!.seal(bytes) }
            _ = try self.keyring!.open(bytes)
            return nil
        }
    }

    /// Turns every file back into plain JSON, then removes the vault. Until
    /// the last file is done the vault stays, so a crash leaves data that
    /// opens with the passphrase and every file in either state.
    public func decrypt() throws(StoreError) -> PrivacyReport {
        try requireWritable()
        guard let keyring else { return PrivacyReport() }
        var report = try rewriteEveryFile { bytes, _ throws(SealFailure) in
            SealedFile.looksSealed(bytes) ? try keyring.open(bytes) : nil
        }
        if report.blocking.isEmpty {
            try Vault.remove(root)
            self.keyring = nil
        } else {
            report.finished = false
        }
        return report
    }

    /// Seals every file under a new passphrase (and a new salt). The vault
    /// first holds both keys, each under both passphrases, so a crash midway
    /// leaves every file readable with either; the old passphrase stops
    /// working only once no file needs it.
    public func changePassphrase(to passphrase: [UInt8], kdf: KDFParameters = .standard) throws(StoreError) -> PrivacyReport {
        try requireWritable()
        guard let keyring else { throw .locked("the data is not encrypted; keel encrypt does that") }
        let fresh: Keyring
        do { fresh = try Keyring.fresh(passphrase: passphrase, kdf: kdf) } catch { throw .encoding(error.description) }
        let old = keyring.allKeys
        try Vault.write(root: root, keys: [fresh.current] + old, openers: [fresh.current] + old)
        keyring.use(fresh.current)
        var report = try rewriteEveryFile { bytes, _ throws(SealFailure) in
            guard SealedFile.looksSealed(bytes) else { return try keyring.seal(bytes) }
            let file = try SealedFile.parse(bytes)
            if keyring.isCurrent(file) { return nil }
            return try keyring.seal(try keyring.open(file))
        }
        if report.blocking.isEmpty {
            try Vault.write(root: root, keys: [fresh.current], openers: [fresh.current])
        } else {
            report.finished = false
        }
        return report
    }

    private func requireWritable() throws(StoreError) {
        if case .readOnly(let why) = access { throw .readOnly(why) }
    }

    /// Rewrites each data file whose bytes `change` returns (nil: already
    /// right), atomically: the temp file holds the new bytes only, so there
    /// is never a plaintext temp file of an encrypted one. A file that can't
    /// be opened is named and left as it is.
    private func rewriteEveryFile(_ change: ([UInt8], String) throws(SealFailure) -> [UInt8]?) throws(StoreError) -> PrivacyReport {
        var report = PrivacyReport()
        // A save cut short may have left plaintext beside a file; it goes
        // before the report says every file is done.
        removeStaleTempFiles()
        for relative in DataFiles.all(in: root) {
            let full = path(relative)
            let bytes: [UInt8]
            do { bytes = try Posix.read(full) } catch {
                report.note(relative, "it could not be read (\(FileError.explain(error.code)))")
                continue
            }
            let replacement: [UInt8]?
            do { replacement = try change(bytes, relative) } catch {
                report.note(relative, error.description)
                continue
            }
            guard let replacement else { report.unchanged += 1; continue }
            do { try Posix.writeAtomically(replacement, to: full) } catch { throw .file(error) }
            report.changed += 1
            didWrite?(relative)
        }
        reload()
        return report
    }
}

/// What `keel encrypt`, `decrypt` or `passphrase` did.
public struct PrivacyReport: Sendable {
    public var changed = 0
    public var unchanged = 0
    /// Files left as they were, with the reason.
    public var skipped: [StoreProblem] = []
    /// False when files outside `damaged/` could not be opened, so the
    /// change was not completed (the vault keeps both states readable).
    public var finished = true

    /// Skipped files that keep a change from completing: a file already in
    /// `damaged/` was unreadable before and stays as it is.
    var blocking: [StoreProblem] { skipped.filter { !DataFiles.isKept($0.file) } }

    mutating func note(_ file: String, _ reason: String) {
        skipped.append(StoreProblem(file: file, reason: reason + "; left as it is"))
    }
}
