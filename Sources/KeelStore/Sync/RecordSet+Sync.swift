extension RecordSet {
    /// Reads a conflict copy as records of this kind and merges them into
    /// `main` (a file of the same kind), saving only the files that changed.
    public func mergeConflictCopy(_ bytes: [UInt8], into main: String, store: Store) throws(SyncFailure) -> MergeTally {
        let incoming: [R]
        do { incoming = try KeelJSON.decode(FileEnvelope<R>.self, from: bytes).records } catch {
            throw .unreadable("it could not be understood (\(KeelJSON.describe(error)))")
        }
        // By id wherever it lives: a record whose `created` month differs
        // from this file's is merged into the month file that keeps it.
        do {
            return try store.mergeByID(incoming, home: { _ in main }) { here, other in RecordMerge.pair(here, other) }
        } catch {
            throw .store(error)
        }
    }
}
