/// Temp files a save left behind. `Posix.writeAtomically` writes beside
/// the file it replaces, then renames; a save cut short (kill -9, a power
/// cut, a file-size limit) leaves `.NAME.json.tmp-PID-N` instead, which may
/// hold plaintext and which nothing else would ever remove. The store
/// sweeps them once it holds the writer lock (no other keel saves then),
/// and `keel encrypt`, `decrypt` and `passphrase` sweep again before they
/// report, so no plaintext stays behind after "Encrypted N files".
extension Store {
    /// The folders keel writes into inside the data folder.
    public static var ownFolders: [String] {
        Store.syncedKinds.filter { $0.layout == .monthly }.map(\.name) + [Store.damagedFolder, Store.archiveFolder, Store.deviceFolder]
    }

    /// Removes stale temp files in the data folder and every folder in it
    /// (not hidden ones such as `.git`, not links); returns them, relative.
    @discardableResult
    public func removeStaleTempFiles() -> [String] {
        var listings: [String: MonthFolder.Listing] = [:]
        return removeStaleTempFiles(keeping: &listings)
    }

    /// The same, keeping what it found in each monthly kind's folder, so
    /// the conflict scan that follows at open does not list those folders
    /// again (thirty years are 360 names in each).
    @discardableResult
    func removeStaleTempFiles(keeping listings: inout [String: MonthFolder.Listing]) -> [String] {
        guard !access.isReadOnly else { return [] }
        let top = Posix.removeStaleTempFiles(in: root)
        let monthly = Set(Store.syncedKinds.filter { $0.layout == .monthly }.map(\.name))
        var removed = top.removed
        for folder in top.folders {
            guard monthly.contains(folder) else {
                removed += Store.sweep(root, relative: folder)
                continue
            }
            let dir = root + "/" + folder
            var listing = MonthFolder.list(dir)
            let gone = listing.others.filter { $0.first == "." && Posix.removeIfStaleTemp(dir, $0) }
            if !gone.isEmpty {
                Posix.syncDirectory(dir)
                listing.others.removeAll { gone.contains($0) }
            }
            listings[folder] = listing
            removed += gone.map { folder + "/" + $0 } + listing.folders.flatMap { Store.sweep(root, relative: folder + "/" + $0) }
        }
        return removed
    }

    private static func sweep(_ root: String, relative: String) -> [String] {
        let prefix = relative.isEmpty ? "" : relative + "/"
        let found = Posix.removeStaleTempFiles(in: root + (relative.isEmpty ? "" : "/" + relative))
        return found.removed.map { prefix + $0 } + found.folders.flatMap { sweep(root, relative: prefix + $0) }
    }
}
