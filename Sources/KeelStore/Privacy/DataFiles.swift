/// Every file that holds a person's data, relative to the data folder: the
/// single files and conflict copies at the top, each monthly kind's folder,
/// `damaged/`, `sync-archive/` and the side files in `this-device/pending/`.
/// Not the lock in `this-device/`, not the
/// vault, not hidden files (keel's own temp files, or a `.git` or
/// `.stignore` a person keeps there), not folders keel doesn't know.
enum DataFiles {
    static func all(in root: String) -> [String] {
        let folders = Set(Store.syncedKinds.filter { $0.layout == .monthly }.map(\.name) + [Store.damagedFolder, Store.archiveFolder])
        var out: [String] = []
        for name in Posix.listDirectory(root) where !name.hasPrefix(".") {
            if Posix.isDirectory(root + "/" + name) {
                if folders.contains(name) { out += walk(root, name) }
            } else if name.hasSuffix(".json"), name != Vault.fileName {
                out.append(name)
            }
        }
        // Side files kept while another keel was open hold records too.
        if Posix.isDirectory(root + "/" + Store.pendingFolder) { out += walk(root, Store.pendingFolder) }
        return out
    }

    private static func walk(_ root: String, _ relative: String) -> [String] {
        Posix.listDirectory(root + "/" + relative).filter { !$0.hasPrefix(".") }.flatMap { name -> [String] in
            let inner = relative + "/" + name
            return Posix.isDirectory(root + "/" + inner) ? walk(root, inner) : [inner]
        }
    }

    static func isKept(_ relative: String) -> Bool {
        relative.hasPrefix(Store.damagedFolder + "/")
    }
}
