extension RecordSet {
    /// Reads a conflict copy as records of this kind and merges them into
    /// `main` (a file of the same kind), saving it only if anything changed.
    public func mergeConflictCopy(_ bytes: [UInt8], into main: String, store: Store) throws(SyncFailure) -> MergeTally {
        let incoming: [R]
        do { incoming = try KeelJSON.decode(FileEnvelope<R>.self, from: bytes).records } catch {
            throw .unreadable("it could not be understood (\(KeelJSON.describe(error)))")
        }
        store.forgetIfChanged(main)
        let (records, tally) = RecordMerge.merge(store.load(main) as [R], with: incoming)
        if tally.changedAnything {
            do { try store.write(records, to: main) } catch { throw .store(error) }
        }
        return tally
    }
}
