/// A file that `git merge` or `git pull` left with conflict markers:
///
///     <<<<<<< HEAD
///     (this side's lines)
///     ||||||| base          (only with merge.conflictStyle diff3 or zdiff3)
///     (the common ancestor's lines)
///     =======
///     (the other side's lines)
///     >>>>>>> other-branch
///
/// Every line outside the markers belongs to both sides, so the two whole
/// versions can be rebuilt and each read as an ordinary keel file.
enum GitMarkers {
    /// Cheap test: a line that starts with seven `<` and a space or line end.
    static func present(in bytes: [UInt8]) -> Bool {
        lines(bytes).contains { marker($0, "<") }
    }

    /// The two versions, or nil when the markers don't pair up.
    static func split(_ bytes: [UInt8]) -> (ours: [UInt8], theirs: [UInt8])? {
        enum Part { case both, ours, base, theirs }
        var part = Part.both
        var ours: [UInt8] = [], theirs: [UInt8] = []
        var sawConflict = false
        for line in lines(bytes) {
            switch part {
            case .both:
                if marker(line, "<") { part = .ours; sawConflict = true; continue }
                if marker(line, "=") || marker(line, ">") || marker(line, "|") { return nil }
                ours += line; theirs += line
            case .ours:
                if marker(line, "|") { part = .base; continue }
                if marker(line, "=") { part = .theirs; continue }
                if marker(line, "<") || marker(line, ">") { return nil }
                ours += line
            case .base:
                if marker(line, "=") { part = .theirs; continue }
                if marker(line, "<") || marker(line, ">") || marker(line, "|") { return nil }
            case .theirs:
                if marker(line, ">") { part = .both; continue }
                if marker(line, "<") || marker(line, "=") || marker(line, "|") { return nil }
                theirs += line
            }
        }
        guard sawConflict, part == .both else { return nil }
        return (ours, theirs)
    }

    /// Lines with their line ends.
    static func lines(_ bytes: [UInt8]) -> [ArraySlice<UInt8>] {
        var out: [ArraySlice<UInt8>] = []
        var start = 0
        for (i, b) in bytes.enumerated() where b == 10 {
            out.append(bytes[start...i])
            start = i + 1
        }
        if start < bytes.count { out.append(bytes[start...]) }
        return out
    }

    /// Seven of `c` at the start of the line, then a space or the line end
    /// (`=======` stands alone).
    static func marker(_ line: ArraySlice<UInt8>, _ c: Character) -> Bool {
        let byte = c.asciiValue!
        guard line.count >= 7, line.prefix(7).allSatisfy({ $0 == byte }) else { return false }
        let rest = line.dropFirst(7)
        guard let next = rest.first else { return true }
        if next == 10 || next == 13 { return true }
        return c != "=" && next == 32
    }
}
