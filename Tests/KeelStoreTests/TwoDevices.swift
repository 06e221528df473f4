import Foundation
@testable import KeelStore

/// Two devices on one machine: two data folders that start from the same
/// files, are edited apart through `Store`, then are brought together the
/// way a sync tool does it. A file changed on one side only is copied over;
/// a file changed on both sides keeps this side's version under its name
/// and gets the other side's as a conflict copy named as the tool names it.
/// No sync tool runs.
final class TwoDevices {
    let tmp = TempDir()
    let clockA = FakeNow("2026-11-01T09:00:00.000Z")
    let clockB = FakeNow("2026-11-01T09:00:00.000Z")
    var a: String { tmp.path + "/laptop" }
    var b: String { tmp.path + "/desktop" }
    private var base: [String: Data] = [:]

    /// Folders a sync tool is told to skip (README, "Syncing between devices").
    static let notSynced = [Store.deviceFolder, Store.archiveFolder]

    /// Writes the shared starting point on the laptop and copies it whole to the desktop.
    func start(_ fill: (Store) throws -> Void) throws {
        let store = try Store(root: a, now: clockA.callAsFunction)
        try fill(store)
        store.close()
        for (relative, bytes) in TwoDevices.files(in: a) { try TwoDevices.put(bytes, at: b + "/" + relative) }
        base = TwoDevices.files(in: a)
    }

    func onLaptop(_ edit: (Store) throws -> Void) throws { try use(a, clockA, edit) }
    func onDesktop(_ edit: (Store) throws -> Void) throws { try use(b, clockB, edit) }

    private func use(_ root: String, _ clock: FakeNow, _ edit: (Store) throws -> Void) throws {
        let store = try Store(root: root, now: clock.callAsFunction)
        try edit(store)
        store.close()
    }

    /// Brings `from`'s changes into `into`, as `tool` would; returns the conflict copies it made.
    @discardableResult
    func sync(from: String, into: String, as tool: SyncTool) throws -> [String] {
        let theirs = TwoDevices.files(in: from), ours = TwoDevices.files(in: into)
        var copies: [String] = []
        for (relative, bytes) in theirs.sorted(by: { $0.key < $1.key }) {
            let mine = ours[relative]
            if mine == bytes { continue }
            let changedHere = mine != base[relative]
            if mine == nil || !changedHere {
                try TwoDevices.put(bytes, at: into + "/" + relative)
            } else {
                let copy = TwoDevices.conflictName(relative, tool, by: from == b ? .desktop : .laptop)
                try TwoDevices.put(bytes, at: into + "/" + copy)
                copies.append(copy)
            }
        }
        return copies
    }

    enum Device { case laptop, desktop }

    /// The name each tool gives the version of `relative` that came from `device`:
    /// Syncthing adds that device's short id, Dropbox its name, Nextcloud the time.
    static func conflictName(_ relative: String, _ tool: SyncTool, by device: Device = .desktop) -> String {
        let stem = String(relative.dropLast(5))
        let desktop = device == .desktop
        switch tool {
        case .syncthing: return stem + ".sync-conflict-20261112-101500-\(desktop ? "B7XQ2ZP" : "K3MWQ5A").json"
        case .dropbox: return stem + " (\(desktop ? "Desktop" : "Laptop")'s conflicted copy 2026-11-12).json"
        case .nextcloud: return stem + " (conflicted copy 2026-11-12 \(desktop ? "101500" : "101742")).json"
        case .git: return relative
        }
    }

    /// Every synced file under `root`, by path relative to it.
    static func files(in root: String) -> [String: Data] {
        var out: [String: Data] = [:]
        let fm = FileManager.default
        guard let walker = fm.enumerator(atPath: root) else { return out }
        while let relative = walker.nextObject() as? String {
            if notSynced.contains(where: { relative == $0 || relative.hasPrefix($0 + "/") }) { continue }
            var isDir: ObjCBool = false
            if fm.fileExists(atPath: root + "/" + relative, isDirectory: &isDir), !isDir.boolValue {
                out[relative] = fm.contents(atPath: root + "/" + relative)
            }
        }
        return out
    }

    static func put(_ bytes: Data, at path: String) throws {
        // Private, as keel asks of a data folder (a sync tool keeps the mode it finds).
        try FileManager.default.createDirectory(
            atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true,
            attributes: [.posixPermissions: 0o700])
        try bytes.write(to: URL(fileURLWithPath: path))
    }
}

/// A file as `git merge` leaves it when both sides changed the same lines:
/// the common lines once, the differing middle between markers.
func gitConflict(ours: String, theirs: String, base: String? = nil) -> String {
    let o = ours.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    let t = theirs.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    var head = 0
    while head < min(o.count, t.count), o[head] == t[head] { head += 1 }
    var tail = 0
    while tail < min(o.count, t.count) - head, o[o.count - 1 - tail] == t[t.count - 1 - tail] { tail += 1 }
    var lines = Array(o[..<head])
    lines.append("<<<<<<< HEAD")
    lines += o[head..<(o.count - tail)]
    if let base {
        lines.append("||||||| merged common ancestors")
        lines += base.split(separator: "\n").map(String.init)
    }
    lines.append("=======")
    lines += t[head..<(t.count - tail)]
    lines.append(">>>>>>> desktop")
    lines += o[(o.count - tail)...]
    return lines.joined(separator: "\n")
}
