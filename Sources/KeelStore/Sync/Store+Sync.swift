/// Several devices on one data folder through a file-sync tool. At open and
/// before every save the store lists its folders for conflict copies (no
/// file is read when there are none), merges each into its main file record
/// by record (`RecordMerge`), saves atomically and moves the copy into
/// `sync-archive/`. A copy that can't be merged stays where it is and is
/// named in `problems` and `sync`. A main file with git conflict markers is
/// found when it is read, and both sides are merged the same way.
extension Store {
    /// Conflict copies, once merged, are kept here, byte for byte.
    public static let archiveFolder = "sync-archive"

    /// Every kind of record keel keeps, for finding copies of its files.
    /// The same kinds as `Collections.all` (a test keeps the two equal),
    /// named directly: building `Collections.all` makes the runtime look up
    /// each record type's conformances, which costs about a millisecond of
    /// every start.
    static let syncedKinds: [RecordKind] = [
        Settings.kind, BreathSession.kind, Draft.kind, BelongingCircle.kind, Person.kind, ContactLog.kind,
        WideningStep.kind, JournalEntry.kind, CheckIn.kind, SafetyPlan.kind, ExposureLadder.kind,
        ExposureStep.kind, ExposureAttempt.kind, MyStrengths.kind, ValuesStatement.kind, SmallWin.kind,
        WeeklyLetter.kind, Habit.kind, HabitCheck.kind,
    ]

    /// Conflict copies of keel's files in the data folder now.
    public func conflictCopies() -> [ConflictCopy] { conflictCopies(known: [:]) }

    /// `known`: monthly folders just listed (at open), not listed again.
    func conflictCopies(known: [String: MonthFolder.Listing]) -> [ConflictCopy] {
        ConflictScan.find(in: root, kinds: Store.syncedKinds, known: known) { kind, months in monthLists[kind] = months }
    }

    /// Merges every conflict copy it finds; does nothing on read-only data.
    public func mergeConflictCopies() { mergeConflictCopies(known: [:]) }

    func mergeConflictCopies(known: [String: MonthFolder.Listing]) {
        guard !access.isReadOnly else { return }
        for copy in conflictCopies(known: known) {
            if let seen = sync.unmergeable[copy.file], seen == Posix.stamp(path(copy.file)) { continue }
            merge(copy)
        }
    }

    private func merge(_ copy: ConflictCopy) {
        let bytes: [UInt8]
        do { bytes = try Posix.read(path(copy.file)) } catch {
            return cannotMerge(copy, "it could not be read (\(FileError.explain(error.code)))")
        }
        switch unseal(bytes) {
        case .success(let plain): mergePlain(copy, plain)
        case .failure(let failure): cannotMerge(copy, failure.description)
        }
    }

    private func mergePlain(_ copy: ConflictCopy, _ bytes: [UInt8]) {
        let header: EnvelopeHeader
        do { header = try KeelJSON.decode(EnvelopeHeader.self, from: bytes) } catch {
            return cannotMerge(copy, "it is not a keel file (\(KeelJSON.describe(error)))")
        }
        guard header.format <= Store.formatVersion else {
            return cannotMerge(copy, "it was written by a newer keel (format \(header.format)); update keel here to merge it")
        }
        guard header.kind == copy.kind.name, let collection = Collections.named(header.kind) else {
            return cannotMerge(copy, "it holds \"\(header.kind)\" records, not \"\(copy.kind.name)\"")
        }
        do {
            let tally = try collection.mergeConflictCopy(bytes, into: copy.main, store: self)
            let kept = try archive(copy.file)
            sync.merged.append(.init(file: copy.file, main: copy.main, tool: copy.tool, tally: tally, keptAs: kept))
            sync.unmergeable[copy.file] = nil
        } catch {
            cannotMerge(copy, error.description)
        }
    }

    private func cannotMerge(_ copy: ConflictCopy, _ reason: String) {
        sync.unmergeable[copy.file] = Posix.stamp(path(copy.file))
        let entry = SyncReport.Unmerged(file: copy.file, tool: copy.tool, reason: reason, keptAs: nil)
        guard !sync.unmerged.contains(entry) else { return }
        sync.unmerged.removeAll { $0.file == copy.file }
        sync.unmerged.append(entry)
        problems.append(
            StoreProblem(file: copy.file, reason: "a \(copy.tool.rawValue) conflict copy keel can't merge, as \(reason); it stays where it is, untouched"))
    }

    /// Moves a merged copy into the archive, keeping its folder and name.
    func archive(_ relative: String) throws(SyncFailure) -> String {
        let target = freeArchiveName(relative)
        do {
            try Posix.makeDirectory(Posix.directory(of: path(target)))
            try Posix.move(path(relative), to: path(target))
        } catch {
            throw .file(error)
        }
        cover(target)
        return target
    }

    /// `sync-archive/RELATIVE`, or with `.2`, `.3`… added when taken.
    func freeArchiveName(_ relative: String) -> String {
        var target = "\(Store.archiveFolder)/\(relative)"
        var n = 1
        while Posix.exists(path(target)) { n += 1; target = "\(Store.archiveFolder)/\(relative).\(n)" }
        return target
    }

    /// A main file that git left with conflict markers: both sides are read
    /// and merged; the file as git left it is kept in the archive. If a side
    /// can't be read, the file is set aside whole like any damaged file.
    func mergeGitConflict<R: KeelRecord>(_ relative: String, _ bytes: [UInt8]) -> [R] {
        let unmerged = { (reason: String) -> [R] in
            let kept = self.setAside(relative, reason: reason)
            self.sync.unmerged.append(.init(file: relative, tool: .git, reason: reason, keptAs: kept))
            return []
        }
        guard let sides = GitMarkers.split(bytes) else { return unmerged("its git conflict markers don't pair up") }
        var versions: [[R]] = []
        for (name, side) in [("this", sides.ours), ("the other", sides.theirs)] {
            guard case .success(let plain) = unseal(side) else {
                return unmerged("it has git conflict markers, and \(name) side is encrypted and does not open")
            }
            do {
                let envelope = try KeelJSON.decode(FileEnvelope<R>.self, from: plain)
                guard envelope.kind == R.kind.name, envelope.format <= Store.formatVersion else {
                    return unmerged("it has git conflict markers, and \(name) side is not a \"\(R.kind.name)\" file keel can read")
                }
                versions.append(envelope.records)
            } catch {
                return unmerged("it has git conflict markers, and \(name) side could not be understood (\(KeelJSON.describe(error)))")
            }
        }
        let (records, tally) = RecordMerge.merge(versions[0], with: versions[1])
        guard !access.isReadOnly else { return records }
        let stem = relative.hasSuffix(".json") ? String(relative.dropLast(5)) : relative
        let kept = freeArchiveName("\(stem).git-conflict-\(Timestamp.format(now()).replacing(":", with: "-")).json")
        do {
            try Posix.makeDirectory(Posix.directory(of: path(kept)))
            try Posix.writeAtomically(try sealed(bytes, for: kept), to: path(kept))
            try write(records, to: relative)
        } catch {
            return unmerged("it has git conflict markers, and the merge could not be saved (\(error))")
        }
        sync.merged.append(.init(file: relative, main: relative, tool: .git, tally: tally, keptAs: kept))
        return records
    }
}

/// Why a conflict copy could not be merged.
public enum SyncFailure: Error, CustomStringConvertible {
    case unreadable(String)
    case store(StoreError)
    case file(FileError)

    public var description: String {
        switch self {
        case .unreadable(let why): return why
        case .store(let e): return e.description
        case .file(let e): return e.description
        }
    }
}
