/// A conflict copy of one of keel's files, found beside the file it copies.
public struct ConflictCopy: Hashable, Sendable, CustomStringConvertible {
    /// The copy, relative to the data folder: `breathing/2026-11.sync-conflict-20261126-093000-ABCDEFG.json`.
    public let file: String
    /// The keel file it is a copy of: `breathing/2026-11.json`.
    public let main: String
    /// The kind of record the main file holds.
    public let kind: RecordKind
    public let tool: SyncTool

    public var description: String { "\(file) (\(tool.rawValue))" }
}

/// Finds conflict copies by listing folders only: the data folder for
/// single files, and each monthly kind's folder. No file is opened, so this
/// is cheap enough to run before every save.
enum ConflictScan {
    /// `listed` hears each monthly folder's listing, so the store can keep it.
    /// `known` holds listings just made (by the sweep at open), used instead of listing again.
    static func find(
        in root: String, kinds: [RecordKind], known: [String: MonthFolder.Listing] = [:], listed: (String, [MonthKey]) -> Void = { _, _ in }
    ) -> [ConflictCopy] {
        let top = Posix.listDirectory(root)
        var found: [ConflictCopy] = []
        let singles = Dictionary(kinds.filter { $0.layout == .single }.map { ($0.name, $0) }) { a, _ in a }
        for name in top {
            guard let parsed = ConflictName.parse(name, isBase: { singles[String($0)] != nil }) else { continue }
            found.append(ConflictCopy(file: name, main: parsed.base + ".json", kind: singles[parsed.base]!, tool: parsed.tool))
        }
        let present = Set(top)
        for kind in kinds where kind.layout == .monthly {
            // A month file's own name is never a copy's: only the other names are looked at.
            let listing = !present.contains(kind.name) ? (months: [], others: [], folders: []) : known[kind.name] ?? MonthFolder.list(root + "/" + kind.name)
            listed(kind.name, listing.months)
            for name in listing.others {
                guard let parsed = ConflictName.parse(name, isBase: { MonthKey(String($0)) != nil }) else { continue }
                found.append(
                    ConflictCopy(
                        file: kind.name + "/" + name, main: kind.name + "/" + parsed.base + ".json",
                        kind: kind, tool: parsed.tool))
            }
        }
        return found
    }
}

extension ConflictScan {
    /// Files beside keel's own that look like a conflict copy of one of them
    /// (a keel file's name, then a word for conflict) but whose name no tool
    /// keel knows writes, so they were not merged: `keel sync status` names
    /// them rather than say that every change is in the main files.
    static func lookalikes(in root: String, kinds: [RecordKind], known: Set<String>) -> [String] {
        let singles = kinds.filter { $0.layout == .single }.map(\.name)
        var out: [String] = []
        for name in Posix.listDirectory(root) where looksLikeCopy(name) {
            if singles.contains(where: { name.hasPrefix($0) && name != $0 + ".json" }), !known.contains(name) { out.append(name) }
        }
        for kind in kinds where kind.layout == .monthly {
            for name in Posix.listDirectory(root + "/" + kind.name) where looksLikeCopy(name) {
                let file = kind.name + "/" + name
                if MonthKey(String(name.prefix(7))) != nil, !known.contains(file) { out.append(file) }
            }
        }
        return out
    }

    /// Not hidden (keel's own temp files are), and a word for conflict in it.
    static func looksLikeCopy(_ name: String) -> Bool {
        guard name.first != "." else { return false }
        return ConflictName.contains(name.lowercased().utf8, "onfli") || ConflictName.contains(name.utf8, "競合")
    }
}
