import KeelStore

/// What commands say on stderr about a second keel on the same data: a
/// write queued in a side file while keel is open elsewhere, and what side
/// files the store brought in.
enum SecondWindow {
    /// After a command saved: one short line when the save went to a side file
    /// or the store brought some in.
    static func say(_ store: Store) {
        if let line = store.takeBroughtIn().sentence { Console.error("keel: \(line)") }
        if store.isWaitingForLock, store.sideFile != nil {
            Console.error("keel: another keel is open on this data, so this waits in a side file; it comes in at the next save.")
        }
    }

    /// On the way out of the full screen: one last try for the lock (the other
    /// keel may have closed), else the line that says where the words are.
    static func leaving(_ store: Store) -> String? {
        guard store.isWaitingForLock, store.sideFile != nil, !store.retryLock() else { return nil }
        return "keel: what you wrote is kept in a side file; keel brings it in once the other keel has closed."
    }
}
