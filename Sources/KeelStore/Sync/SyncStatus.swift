/// `keel sync status`: what keel found and merged in the data folder, and
/// what it could not merge, naming each file.
public struct SyncStatus: Sendable {
    public let report: SyncReport
    /// Copies found but left for later because the data is open read-only.
    public let waiting: [ConflictCopy]
    public let readOnlyReason: String?
    /// Files kept in `sync-archive/` from this and earlier merges.
    public let archived: Int
    /// Files that look like conflict copies of keel's files under a name no
    /// tool keel knows writes: not merged, so named.
    public let lookalikes: [String]

    /// Reads every file (so git conflict markers anywhere are found and
    /// merged), then merges any conflict copies left.
    public static func check(_ store: Store) -> SyncStatus {
        for collection in Collections.all { _ = collection.count(in: store) }
        store.mergeConflictCopies()
        var reason: String?
        if case .readOnly(let why) = store.access { reason = why }
        let waiting = reason == nil ? [] : store.conflictCopies()
        let named = Set(store.sync.unmerged.map(\.file) + waiting.map(\.file))
        return SyncStatus(
            report: store.sync, waiting: waiting,
            readOnlyReason: reason, archived: countFiles(store.root + "/" + Store.archiveFolder),
            lookalikes: ConflictScan.lookalikes(in: store.root, kinds: Store.syncedKinds, known: named))
    }

    public var lines: [String] {
        var out: [String] = []
        let merged = report.merged
        if !merged.isEmpty {
            out.append("Merged \(counted(merged.count, "file")) from other devices:")
            for m in merged {
                if m.tool == .git {
                    out.append("  \(m.file) had git conflict markers; both sides merged: \(words(m.tally)).")
                } else {
                    out.append("  \(m.file) (\(m.tool.rawValue)) into \(m.main): \(words(m.tally)).")
                }
                out.append("    Kept as \(m.keptAs).")
            }
        }
        if !report.unmerged.isEmpty {
            out.append("Couldn't merge \(counted(report.unmerged.count, "file")):")
            for u in report.unmerged {
                let tool = u.tool == .git ? "git conflict markers" : u.tool.rawValue
                let kept = u.keptAs.map { "its bytes are kept in \($0)" } ?? "it stays where it is"
                out.append("  \(u.file) (\(tool)): \(u.reason); \(kept).")
            }
            let them = report.unmerged.count == 1 ? "it" : "them"
            out.append("  Nothing in \(them) is lost. Fix or move \(them) away by hand; keel merges a copy as soon as it can read it.")
        }
        if let readOnlyReason {
            out.append("Nothing was merged now: the data is open read-only (\(readOnlyReason)).")
            if !waiting.isEmpty {
                out.append("Waiting to be merged:")
                for w in waiting { out.append("  \(w.file) (\(w.tool.rawValue))") }
            }
        }
        if !lookalikes.isEmpty {
            let one = lookalikes.count == 1
            out.append(
                one
                    ? "1 file looks like a conflict copy, but keel doesn't know its name, so it wasn't merged:"
                    : "\(lookalikes.count) files look like conflict copies, but keel doesn't know their names, so they weren't merged:")
            for name in lookalikes { out.append("  \(name)") }
            out.append(
                one
                    ? "  Compare it with the file it copies and keep what you want by hand, then move it away."
                    : "  Compare each with the file it copies and keep what you want by hand, then move them away.")
        }
        if merged.isEmpty && report.unmerged.isEmpty && waiting.isEmpty && lookalikes.isEmpty {
            out.append("No conflict copies here: every device's changes are in the main files.")
        }
        if archived > 0 {
            out.append("\(counted(archived, "merged copy", "merged copies")) kept in \(Store.archiveFolder)/.")
        }
        return out
    }

    func words(_ t: MergeTally) -> String {
        var parts: [String] = []
        if t.added > 0 { parts.append("\(t.added) added") }
        if t.updated > 0 { parts.append("\(t.updated) updated") }
        if t.keptBoth > 0 { parts.append("\(t.keptBoth) with both versions of a text kept") }
        if parts.isEmpty { return "nothing new, \(counted(t.unchanged, "record")) already here" }
        if t.unchanged > 0 { parts.append("\(t.unchanged) already here") }
        return parts.joined(separator: ", ")
    }

    static func countFiles(_ dir: String) -> Int {
        Posix.listDirectory(dir).reduce(0) { total, name in
            let full = dir + "/" + name
            return total + (Posix.isDirectory(full) ? countFiles(full) : 1)
        }
    }
}
