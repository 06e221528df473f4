#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A second keel on data another keel is using (an open window, a long
/// import, `keel win` from a shell) can't write the data files, but it must
/// not lose what it is given. Until it gets the lock, every save goes into
/// this process's side file, `this-device/pending/PID-ID.json`: an export
/// document of the records kept so far, written atomically, 0600, and
/// sealed like every other file when the data is encrypted. The lock is
/// tried again before every save; once it is free the store writes normally
/// and brings its side file in. A keel that holds the lock brings in the
/// side files of keels that have ended, by id, when it opens, before every
/// save, and when asked (the home screen asks when it comes back).
struct PendingState {
    /// Another keel held the lock when this store opened and still does, as far as we know.
    var waiting = false
    /// This process's side file, relative to the data folder, once written.
    var file: String?
    /// What the side file holds: records by kind name, then by id, as JSON.
    var records: [String: [String: JSONValue]] = [:]
    /// Side files brought in since the report was last taken.
    var broughtIn = PendingReport()
}

extension Store {
    /// Side files live with the lock: they name a process of this machine.
    public static let pendingFolder = deviceFolder + "/pending"
    /// The read-only reason while another keel holds the lock.
    static let inUseReason = "another keel is open on this data"

    static let encryptionChangedReason = "the data was encrypted or decrypted while this keel was open; open keel again"

    /// The data was encrypted or decrypted by another keel since this one
    /// opened: writing now would leave files in the wrong state (one stat).
    var encryptionChanged: Bool { Vault.isPresent(root) != (keyring != nil) }

    /// True while another keel holds the lock: saves are kept in the side file.
    public var isWaitingForLock: Bool { pending.waiting }
    /// This process's side file, relative to the data folder, once anything went into it.
    public var sideFile: String? { pending.file }

    /// Tries the lock again when another keel held it. On success the store
    /// writes normally from now on and brings in what it kept aside.
    @discardableResult
    public func retryLock() -> Bool {
        guard pending.waiting else { return !access.isReadOnly }
        guard (try? lock.acquire(at: path(Store.deviceFolder + "/lock"))) == true else { return false }
        pending.waiting = false
        if encryptionChanged {
            lock.release()
            access = .readOnly(reason: Store.encryptionChangedReason)
            return false
        }
        if access == .readOnly(reason: Store.inUseReason) { access = .readWrite }
        // The other keel wrote while we waited: read everything afresh.
        reload()
        mergeConflictCopies()
        mergePending()
        // Written normally from now on; a side file that could not be merged stays for the next start.
        pending.records = [:]
        pending.file = nil
        return true
    }

    /// What side files brought in since the last call; empty when nothing.
    public func takeBroughtIn() -> PendingReport {
        defer { pending.broughtIn = PendingReport() }
        return pending.broughtIn
    }

    /// While another keel holds the lock (and it is still held), keeps the
    /// records in this process's side file and in what this run reads, and
    /// returns true; false when the caller should save normally.
    func keptAside<R: KeelRecord>(_ records: [R]) throws(StoreError) -> Bool {
        guard pending.waiting, !retryLock() else { return false }
        if encryptionChanged { throw .readOnly(Store.encryptionChangedReason) }
        let encoder = KeelJSON.encoder(pretty: false), decoder = KeelJSON.decoder()
        var all = pending.records
        for r in records {
            do { all[R.kind.name, default: [:]][r.id] = try decoder.decode(JSONValue.self, from: try encoder.encode(r)) } catch {
                throw .encoding("a \(R.kind.title.lowercased()) record could not be encoded: \(error)")
            }
        }
        try writeSideFile(all)
        pending.records = all
        // This run sees what it kept, as if it had been saved.
        var byFile: [String: [R]] = [:]
        for r in records { byFile[fileFor(r), default: []].append(r) }
        for (relative, group) in byFile {
            var current: [R] = load(relative)
            var index = Dictionary(current.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
            for r in group {
                if let i = index[r.id] { current[i] = r } else { index[r.id] = current.count; current.append(r) }
            }
            cache[relative] = current
            if R.kind.layout == .monthly, let month = group.first.map({ MonthKey(utc: $0.created) }) {
                let known = months(R.self)
                if !known.contains(month) { monthLists[R.kind.name] = (known + [month]).sorted() }
            }
        }
        return true
    }

    private func writeSideFile(_ records: [String: [String: JSONValue]]) throws(StoreError) {
        let relative = pending.file ?? "\(Store.pendingFolder)/\(getpid())-\(RecordID.make().prefix(8)).json"
        let collections = records.mapValues { byID in byID.keys.sorted().map { byID[$0]! } }
        let bytes: [UInt8]
        do {
            bytes = try KeelJSON.encode(Exchange.Document(format: Exchange.formatVersion, app: "keel", exported: now(), collections: collections)) + [10]
        } catch {
            throw .encoding("the side file could not be encoded: \(error)")
        }
        let out = try sealed(bytes, for: relative)
        do {
            try Posix.makeDirectory(path(Store.pendingFolder))
            try Posix.writeAtomically(out, to: path(relative))
        } catch {
            throw .file(error)
        }
        pending.file = relative
        didWrite?(relative)
    }

    /// Brings in the side files of keels that have ended (and this
    /// process's own), by id, and removes each once merged. A side file that
    /// can't be read is moved into `damaged/` and named in `problems`.
    /// Costs one folder listing when there are none.
    @discardableResult
    public func mergePending() -> PendingReport {
        guard !access.isReadOnly else { return PendingReport() }
        var report = PendingReport()
        for name in Posix.listDirectory(path(Store.pendingFolder)).sorted() where name.hasSuffix(".json") && !name.hasPrefix(".") {
            guard let pid = Int32(name.prefix { $0 != "-" }), pid == getpid() || !Store.isRunning(pid) else { continue }
            let relative = Store.pendingFolder + "/" + name
            guard let merged = mergeSideFile(relative) else { continue }
            report = report + merged
        }
        pending.broughtIn = pending.broughtIn + report
        return report
    }

    private func mergeSideFile(_ relative: String) -> PendingReport? {
        let bytes: [UInt8]
        do { bytes = try Posix.read(path(relative), limit: Exchange.maxImportBytes) } catch {
            setAside(relative, reason: "a side file could not be read (\(FileError.explain(error.code)))")
            return nil
        }
        let plain: [UInt8]
        switch unseal(bytes) {
        case .success(let p): plain = p
        case .failure(let failure):
            sealedFileFailed(relative, failure)
            return nil
        }
        let plans: [ImportPlan]
        do { plans = try Exchange.plan(plain, named: relative) } catch {
            setAside(relative, reason: "a side file could not be understood (\(error.description.prefix(200)))")
            return nil
        }
        do {
            for p in plans { _ = try p.apply(self, nil) }
        } catch {
            // Left in place: the next save or start tries again.
            if !problems.contains(where: { $0.file == relative }) {
                problems.append(StoreProblem(file: relative, reason: "a side file could not be brought in yet (\(error.description))"))
            }
            return nil
        }
        Posix.remove(path(relative))
        Posix.syncDirectory(path(Store.pendingFolder))
        return Store.tally(plain)
    }

    /// Counts what a side file held, for the person: live drafts, and other
    /// live records (settings are not worth a word).
    static func tally(_ plain: [UInt8]) -> PendingReport {
        var report = PendingReport(files: 1)
        guard let doc = try? KeelJSON.decode(JSONValue.self, from: plain), let collections = doc["collections"]?.object else { return report }
        for (name, values) in collections where name != Settings.kind.name {
            let live = (values.array ?? []).filter { $0["deleted"] == nil || $0["deleted"] == .null }.count
            if name == Draft.kind.name { report.drafts += live } else { report.entries += live }
        }
        return report
    }

    /// Whether a process with this id is alive (EPERM: alive, another user's).
    /// Should the id have been reused by an unrelated process, the file waits
    /// until that one ends too: late, never lost.
    static func isRunning(_ pid: Int32) -> Bool {
        guard pid > 0 else { return false }
        return kill(pid, 0) == 0 || errno == EPERM
    }
}
