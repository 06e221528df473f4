/// What the store did with conflict copies since it opened, for
/// `keel sync status` and the home screen's notes.
public struct SyncReport: Sendable {
    /// A conflict copy (or a file with git conflict markers) merged into its main file.
    public struct Merged: Sendable, Equatable {
        /// The copy, or the file that held the markers, relative to the data folder.
        public let file: String
        public let main: String
        public let tool: SyncTool
        public let tally: MergeTally
        /// Where the copy now lives, byte for byte: inside `sync-archive/`.
        public let keptAs: String
    }

    /// A conflict copy keel could not merge; nothing in it was changed or lost.
    public struct Unmerged: Sendable, Equatable {
        public let file: String
        public let tool: SyncTool
        public let reason: String
        /// Set when the file was moved (a main file with broken markers goes to `damaged/`).
        public let keptAs: String?
    }

    public internal(set) var merged: [Merged] = []
    public internal(set) var unmerged: [Unmerged] = []
    /// Copies already found unmergeable, by how they looked: not read again until they change.
    var unmergeable: [String: FileStamp?] = [:]

    public var isEmpty: Bool { merged.isEmpty && unmerged.isEmpty }
}
