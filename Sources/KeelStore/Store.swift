/// keel's data on disk: JSON files with a format version, written
/// atomically, one writer at a time. A file that can't be read is moved
/// aside whole and named in `problems`; the rest keeps working.
public final class Store {
    /// The format this build writes. A file with a higher number came from a
    /// newer keel: the data then opens read-only rather than risk losing fields.
    public static let formatVersion = 1
    /// Per-device state (the lock) lives here; sync tools are told to ignore it.
    public static let deviceFolder = "this-device"
    /// Unreadable files are moved here, byte for byte.
    public static let damagedFolder = "damaged"

    public let root: String
    public internal(set) var access: AccessMode
    public internal(set) var problems: [StoreProblem] = []
    /// Conflict copies merged or left alone since the store opened (see `Store+Sync`).
    public internal(set) var sync = SyncReport()
    /// Called with the path of every file just written (tests and benchmarks count them).
    public var didWrite: ((String) -> Void)?
    /// The keys when the data is encrypted (see `Privacy/`); nil for plain data.
    public internal(set) var keyring: Keyring?

    let lock = WriterLock()
    /// While another keel holds the lock, saves go to a side file (see `Pending`).
    var pending = PendingState()
    var cache: [String: Any] = [:]
    /// What each cached file looked like on disk when read or written, so a
    /// file a sync tool replaced meanwhile is read again before a save.
    private var stamps: [String: FileStamp] = [:]
    /// Files that could not be moved aside: they must never be overwritten.
    private var pinned: Set<String> = []
    /// Month files per monthly kind, as last listed (each folder is listed by
    /// the conflict scan anyway; a listing of ten years costs more than the
    /// questions asked of it).
    var monthLists: [String: [MonthKey]] = [:]
    let now: () -> Date

    /// Opens an existing data folder only to read it: no lock is taken, no
    /// conflict copy is merged and nothing is created, so a quick look (the
    /// shell's `keel today`) never gets in the way of a keel that is open.
    /// Encrypted data can't be read this way (no passphrase is asked).
    public init(readingOnly root: String, now: @escaping () -> Date = Timestamp.now) {
        self.root = root
        self.now = now
        self.access = .readOnly(reason: "opened only to read")
    }

    /// Opens (creating if needed) the data folder. Throws when there is no
    /// folder and none can be made, or when the data is encrypted and
    /// `passphrase` gives none or the wrong one (before any file is touched).
    /// A folder keel can't write, or one another keel is using, opens
    /// read-only with the reason in `access`.
    ///
    /// `passphrase` is called only for encrypted data, once.
    public init(
        root: String, now: @escaping () -> Date = Timestamp.now,
        passphrase: (() throws(StoreError) -> [UInt8])? = nil
    ) throws(StoreError) {
        self.root = root
        self.now = now
        self.access = .readWrite
        if !Posix.isDirectory(root) {
            do { try Posix.makeDirectory(root) } catch { throw StoreError.file(error) }
        }
        // A folder keel can't even list (another person's, 0700) would
        // otherwise look empty; say so instead.
        guard Posix.isReadable(root) else {
            throw StoreError.file(FileError(path: root, operation: "opening", code: EACCES))
        }
        if let why = DataDirectory.refusal(root, folders: Store.ownFolders) { throw StoreError.refused(why) }
        if Vault.isPresent(root) {
            guard let passphrase else { throw StoreError.locked("the data is encrypted and keel was given no passphrase") }
            var secret = try passphrase()
            defer { Secrets.wipe(&secret) }
            try unlock(with: secret)
        }
        guard Posix.isWritable(root) else {
            access = .readOnly(reason: "keel can't write to \(root)")
            return
        }
        let device = root + "/" + Store.deviceFolder
        // The sweep's listings of the month folders serve the conflict scan too.
        var listings: [String: MonthFolder.Listing] = [:]
        do {
            try Posix.makeDirectory(device)
            if try !lock.acquire(at: device + "/lock") {
                access = .readOnly(reason: Store.inUseReason)
                pending.waiting = true
            } else {
                removeStaleTempFiles(keeping: &listings)
            }
        } catch {
            access = .readOnly(reason: error.description)
        }
        mergeConflictCopies(known: listings)
        mergePending()
    }

    /// Lets go of the lock (a read-only store holds none).
    public func close() { lock.release() }

    // MARK: - Paths

    public func relativePath<R: KeelRecord>(_ type: R.Type, month: MonthKey?) -> String {
        switch R.kind.layout {
        case .single: return "\(R.kind.name).json"
        case .monthly: return "\(R.kind.name)/\(month?.description ?? "unknown").json"
        }
    }

    func path(_ relative: String) -> String { root + "/" + relative }

    /// Months that have a file for this kind, oldest first.
    public func months<R: KeelRecord>(_ type: R.Type) -> [MonthKey] {
        guard R.kind.layout == .monthly else { return [] }
        if let known = monthLists[R.kind.name] { return known }
        let listed = MonthFolder.list(path(R.kind.name)).months
        monthLists[R.kind.name] = listed
        return listed
    }

    /// The months named by a folder's month files, oldest first.
    static func months(in names: [String]) -> [MonthKey] {
        names.compactMap { name -> MonthKey? in
            guard name.hasSuffix(".json"), !name.hasPrefix(".") else { return nil }
            return MonthKey(String(name.dropLast(5)))
        }.sorted()
    }

    // MARK: - Reading

    /// Records of a kind in one month (monthly) or all of them (single),
    /// without tombstones unless asked.
    public func records<R: KeelRecord>(_ type: R.Type, month: MonthKey? = nil, includeDeleted: Bool = false) -> [R] {
        let all: [R] = load(relativePath(type, month: month))
        guard !includeDeleted else { return all }
        // A loop by index, not `filter`: this runs unspecialised, and the
        // generic filter looks up the array's associated types at run time
        // for each kind (0.3 million instructions at start).
        var live: [R] = []
        live.reserveCapacity(all.count)
        for i in 0..<all.count where all[i].deleted == nil { live.append(all[i]) }
        return live
    }

    /// Every record of a kind, oldest first.
    public func all<R: KeelRecord>(_ type: R.Type, includeDeleted: Bool = false) -> [R] {
        switch R.kind.layout {
        case .single: return records(type, includeDeleted: includeDeleted)
        case .monthly:
            var out: [R] = []
            // Element by element for the reason `records` gives.
            for month in months(type) {
                let part = records(type, month: month, includeDeleted: includeDeleted)
                for i in 0..<part.count { out.append(part[i]) }
            }
            return out
        }
    }

    /// Records from the most recent months, newest month first, until `limit` are found.
    public func recent<R: KeelRecord>(_ type: R.Type, limit: Int) -> [R] {
        var found: [R] = []
        for month in months(type).reversed() {
            found.insert(contentsOf: records(type, month: month), at: 0)
            if found.count >= limit { break }
        }
        return Array(found.suffix(limit))
    }

    /// When the newest live record of a kind was created. Reads only the
    /// newest month's file, and only the times in it: the home screen asks
    /// this at start, where every millisecond shows. Anything unusual (a
    /// damaged or newer file) takes the full path, with its damage control.
    public func latestCreated<R: KeelRecord>(_ type: R.Type) -> Date? {
        guard R.kind.layout == .monthly else { return records(type).map(\.created).max() }
        for month in months(type).reversed() {
            let newest: Date?
            if let scanned = fields(type, month: month, keys: ["created", "deleted"]) {
                newest = scanned.filter { $0["deleted"] == nil }.compactMap { $0["created"].flatMap(Timestamp.parse) }.max()
            } else {
                newest = records(type, month: month).map(\.created).max()
            }
            if let newest { return newest }
        }
        return nil
    }

    /// Has this file been read (or written) in this run?
    func isCached(_ relative: String) -> Bool { cache[relative] != nil }

    public func find<R: KeelRecord>(_ type: R.Type, id: String, near date: Date? = nil) -> R? {
        if let date, R.kind.layout == .monthly,
            let hit = records(type, month: MonthKey(utc: date), includeDeleted: true).first(where: { $0.id == id })
        {
            return hit
        }
        return all(type, includeDeleted: true).first { $0.id == id }
    }

    // MARK: - Writing

    /// Saves (inserts or replaces by id) one record; touches one file.
    public func save<R: KeelRecord>(_ record: R) throws(StoreError) {
        try save([record])
    }

    /// Saves many records, writing each affected file once.
    public func save<R: KeelRecord>(_ records: [R]) throws(StoreError) {
        if try keptAside(records) { return }
        mergeConflictCopies()
        mergePending()
        var byFile: [String: [R]] = [:]
        for r in records { byFile[fileFor(r), default: []].append(r) }
        for (relative, group) in byFile.sorted(by: { $0.key < $1.key }) {
            forgetIfChanged(relative)
            var current: [R] = load(relative)
            for r in group {
                if let i = current.firstIndex(where: { $0.id == r.id }) { current[i] = r } else { current.append(r) }
            }
            try write(current, to: relative)
        }
    }

    /// Marks a record deleted (a tombstone with a time), so the delete
    /// survives merges with older copies.
    public func delete<R: KeelRecord>(_ type: R.Type, id: String) throws(StoreError) {
        guard var r = find(type, id: id) else { return }
        let t = now()
        r.deleted = t
        r.updated = t
        try save(r)
    }

    func fileFor<R: KeelRecord>(_ r: R) -> String {
        relativePath(R.self, month: R.kind.layout == .monthly ? MonthKey(utc: r.created) : nil)
    }

    func write<R: KeelRecord>(_ records: [R], to relative: String) throws(StoreError) {
        if case .readOnly(let why) = access { throw StoreError.readOnly(why) }
        guard !pinned.contains(relative) else {
            throw StoreError.readOnly("\(relative) could not be read or moved aside, so keel leaves it untouched")
        }
        let sorted = records.sorted { ($0.created, $0.id) < ($1.created, $1.id) }
        let envelope = FileEnvelope(
            format: Store.formatVersion, kind: R.kind.name,
            month: R.kind.layout == .monthly ? String(Posix.basename(of: relative).dropLast(5)) : nil,
            records: sorted)
        let bytes: [UInt8]
        do { bytes = try KeelJSON.encode(envelope) } catch {
            throw StoreError.encoding("\(relative) could not be encoded: \(error)")
        }
        let full = path(relative)
        let out = try sealed(bytes + [10], for: relative)
        do {
            try Posix.makeDirectory(Posix.directory(of: full))
            try Posix.writeAtomically(out, to: full)
        } catch {
            throw StoreError.file(error)
        }
        cache[relative] = sorted
        stamps[relative] = Posix.stamp(full)
        if R.kind.layout == .monthly, let month = MonthKey(String(Posix.basename(of: relative).dropLast(5))),
            let known = monthLists[R.kind.name], !known.contains(month)
        {
            monthLists[R.kind.name] = (known + [month]).sorted()
        }
        didWrite?(relative)
    }

    // MARK: - Loading and damage control

    func load<R: KeelRecord>(_ relative: String) -> [R] {
        if let cached = cache[relative] as? [R] { return cached }
        let stamp = Posix.stamp(path(relative))
        let records: [R] = readFile(relative)
        cache[relative] = records
        stamps[relative] = stamp
        return records
    }

    /// Drops a cached file that changed on disk since keel read or wrote it
    /// (a sync tool brought another device's version), so a save builds on
    /// what is there now instead of overwriting it. One stat per save.
    func forgetIfChanged(_ relative: String) {
        guard cache[relative] != nil, stamps[relative] != Posix.stamp(path(relative)) else { return }
        cache[relative] = nil
        stamps[relative] = nil
    }

    private func readFile<R: KeelRecord>(_ relative: String) -> [R] {
        let full = path(relative)
        guard Posix.exists(full) else { return [] }
        var bytes: [UInt8]
        do { bytes = try Posix.read(full) } catch {
            setAside(relative, reason: "it could not be read (\(FileError.explain(error.code)))")
            return []
        }
        if SealedFile.looksSealed(bytes), !GitMarkers.present(in: bytes) {
            switch unseal(bytes) {
            case .success(let plain): bytes = plain
            case .failure(let failure):
                sealedFileFailed(relative, failure)
                return []
            }
        }
        // The habit ticks and steps the home screen reads at start, without the decoder.
        if let scanned = Store.scanned(bytes, as: R.self) { return scanned }
        let header: EnvelopeHeader
        do { header = try KeelJSON.decode(EnvelopeHeader.self, from: bytes) } catch {
            if GitMarkers.present(in: bytes) { return mergeGitConflict(relative, bytes) }
            setAside(relative, reason: "it is not a keel file (\(KeelJSON.describe(error)))")
            return []
        }
        if header.format > Store.formatVersion {
            access = .readOnly(reason: "\(relative) was written by a newer keel (format \(header.format)); update keel to change it")
            problems.append(StoreProblem(file: relative, reason: "written by a newer keel (format \(header.format)); opened read-only"))
            pinned.insert(relative)
            return (try? KeelJSON.decode(FileEnvelope<R>.self, from: bytes).records) ?? []
        }
        guard header.kind == R.kind.name else {
            setAside(relative, reason: "it holds \"\(header.kind)\" records, not \"\(R.kind.name)\"")
            return []
        }
        do {
            return try KeelJSON.decode(FileEnvelope<R>.self, from: bytes).records
        } catch {
            setAside(relative, reason: "it could not be understood (\(KeelJSON.describe(error)))")
            return []
        }
    }

    /// Moves an unreadable file into `damaged/` (never overwriting), so a
    /// later save can't destroy what might still be recovered by hand.
    @discardableResult
    func setAside(_ relative: String, reason: String) -> String? {
        let stamp = Timestamp.format(now()).replacing(":", with: "-")
        let flat = relative.replacing("/", with: "__")
        var target = "\(Store.damagedFolder)/\(flat).\(stamp)"
        var n = 1
        while Posix.exists(path(target)) { n += 1; target = "\(Store.damagedFolder)/\(flat).\(stamp).\(n)" }
        if !access.isReadOnly {
            do {
                try Posix.makeDirectory(path(Store.damagedFolder))
                try Posix.move(path(relative), to: path(target))
                cover(target)
                problems.append(StoreProblem(file: relative, reason: reason, keptAs: target))
                return target
            } catch {}
        }
        pinned.insert(relative)
        problems.append(StoreProblem(file: relative, reason: reason + "; left where it is, untouched"))
        return nil
    }

    /// An encrypted file that did not open: a damaged one is set aside like
    /// any other; one keel has no key for is left where it is, untouched;
    /// one from a newer keel makes the data read-only, as a newer plain file does.
    func sealedFileFailed(_ relative: String, _ failure: SealFailure) {
        switch failure {
        case .wrongKey:
            setAside(relative, reason: "it is encrypted and does not open: it was changed or cut short")
        case .malformed(let why), .unsafe(let why):
            setAside(relative, reason: "it is encrypted and can't be opened (\(why))")
        case .otherPassphrase, .locked:
            pinned.insert(relative)
            problems.append(StoreProblem(file: relative, reason: failure.description + "; left where it is, untouched"))
        case .newer(let why):
            access = .readOnly(reason: "\(relative): \(why); update keel to change it")
            pinned.insert(relative)
            problems.append(StoreProblem(file: relative, reason: why + "; opened read-only"))
        }
    }

    /// Forgets every cached file that changed on disk since keel read or
    /// wrote it (a sync tool brought another device's version, an import
    /// or another keel wrote it), and the month listings, so a screen that
    /// reads again (home, coming back to it) sees the disk as it is now.
    /// One stat per cached file. Kept while saves wait in a side file: the
    /// cache is then the only place this run sees them.
    public func forgetChangedFiles() {
        guard pending.records.isEmpty else { return }
        for relative in Array(cache.keys) { forgetIfChanged(relative) }
        monthLists.removeAll()
    }

    /// Forgets cached files, so the next read sees the disk (after an import
    /// or a merge done by another part of keel).
    public func reload() {
        cache.removeAll()
        monthLists.removeAll()
        stamps.removeAll()
    }
}

struct EnvelopeHeader: Decodable {
    var format: Int
    var kind: String
}

struct FileEnvelope<R: KeelRecord>: Codable {
    var format: Int
    var kind: String
    var month: String?
    var records: [R]
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
