extension Store {
    /// One month's habit ticks about the given days only, deleted ones
    /// included: those whose id ends with "@" and one of the days, the key
    /// a habit log looks a tick up by. Home and `keel today` ask about this
    /// week alone, and the month's other ticks (a month or two of them at
    /// start) are only checked, not made into records, so the answer is
    /// what the whole file would give, or the whole file's own path runs
    /// (cached, with its damage control) when the scan can't vouch for it.
    /// Nothing is cached from the scan: it is not the whole file.
    public func habitChecks(month: MonthKey, about days: [CivilDate]) -> [HabitCheck] {
        let endings = days.map { Array("@\($0)".utf8) }
        let relative = relativePath(HabitCheck.self, month: month)
        func whole() -> [HabitCheck] {
            let all = records(HabitCheck.self, month: month, includeDeleted: true)
            var about: [HabitCheck] = []
            for i in 0..<all.count where endings.contains(where: { all[i].id.utf8.reversed().starts(with: $0.reversed()) }) {
                about.append(all[i])
            }
            return about
        }
        guard !isCached(relative), !isEncrypted else { return whole() }
        let full = path(relative)
        guard let bytes = try? Posix.read(full) else { return Posix.exists(full) ? whole() : [] }
        return HabitCheck.scanned(bytes, keeping: { $0.text("id", endsWithOneOf: endings) }) ?? whole()
    }
}
