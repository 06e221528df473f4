import KeelStore

/// What the status line says about a second keel on the same data.
extension Context {
    /// After a save (or at start): says that saving works as usual again
    /// once the other keel has closed, or what side files brought in.
    /// Returns true when something was said.
    @discardableResult
    public func noteSecondWindow(wasWaiting: Bool) -> Bool {
        let brought = store.takeBroughtIn()
        if wasWaiting, !store.isWaitingForLock, !store.access.isReadOnly {
            flash =
                brought.isEmpty
                ? "The other keel has closed, so keel saves as usual again."
                : "The other keel has closed, so everything you wrote here is saved now."
            return true
        }
        guard let line = brought.sentence else { return false }
        flash = line
        return true
    }

    /// The home screen is back on top: brings in what `keel win` (or a keel
    /// that has since closed) left in a side file, and tries the lock again
    /// if another keel held it. One folder listing; no polling.
    @discardableResult
    public func pickUpSideFiles() -> Bool {
        let waiting = store.isWaitingForLock
        if waiting { store.retryLock() } else { store.mergePending() }
        return noteSecondWindow(wasWaiting: waiting)
    }
}
