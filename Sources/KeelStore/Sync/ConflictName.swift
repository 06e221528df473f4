/// The tool that left two versions of one of keel's files.
public enum SyncTool: String, Sendable, Hashable {
    case syncthing = "Syncthing"
    case dropbox = "Dropbox"
    case nextcloud = "Nextcloud"
    /// Merge conflict markers inside the file itself (a data folder kept in git).
    case git
}

/// A conflict copy's file name read apart: which keel file it copies and
/// which tool made it. Only the names these tools really write are accepted,
/// and only for keel's own files, so nothing else in the folder is touched:
///
/// - Syncthing: `NAME.sync-conflict-YYYYMMDD-HHMMSS-DEVICE.json` (`-DEVICE`
///   is missing in versions before 0.14, and empty, `…-HHMMSS-.json`, when
///   the device that changed the file has no short id).
/// - Dropbox: `NAME (Device's conflicted copy YYYY-MM-DD).json`, with
///   ` (1)` after the date when one day has several, and the forms without a
///   date or without a name (`NAME (conflicted copy YYYY-MM-DD).json`), in
///   English and in the languages of `DropboxWords`.
/// - Nextcloud (and ownCloud): `NAME (conflicted copy YYYY-MM-DD HHMMSS).json`,
///   with the account name before the date in newer clients, and the older
///   `NAME_conflict-YYYYMMDD-HHMMSS.json` and `NAME_conflict_USER-YYYYMMDD-HHMMSS.json`.
///
/// A copy of a copy (two conflicts in a row) carries two tags; both are read.
public struct ConflictName: Equatable, Sendable {
    /// The name of the keel file it copies, without `.json`: `settings`, `2026-11`.
    public let base: String
    /// The tool that wrote the outermost tag.
    public let tool: SyncTool

    /// Reads `fileName`; nil unless it is a conflict copy of `BASE.json` for a
    /// base that `isBase` accepts.
    public static func parse(_ fileName: String, isBase: (Substring) -> Bool) -> ConflictName? {
        guard mayBeCopy(fileName) else { return nil }
        let stem = fileName.dropLast(5)
        var i = stem.startIndex
        while i < stem.endIndex {
            let rest = stem[i...]
            if startsTag(rest), isBase(stem[..<i]), let tool = tags(rest) {
                return ConflictName(base: String(stem[..<i]), tool: tool)
            }
            i = stem.index(after: i)
        }
        return nil
    }

    /// A quick look at the bytes, run on every name in a folder before
    /// every save: ends in `.json`, isn't hidden, and has "onfli" (conflict,
    /// Konflikt, conflit, conflitto, conflito, conflicterende) or 競合 in it.
    static func mayBeCopy(_ name: String) -> Bool {
        let b = name.utf8
        guard b.count > 12, b.first != UInt8(ascii: "."), b.suffix(5).elementsEqual(".json".utf8) else { return false }
        return contains(b, "onfli") || contains(b, "競合")
    }

    static func contains(_ bytes: String.UTF8View, _ word: StaticString) -> Bool {
        let needle = UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount)
        var matched = 0
        for byte in bytes {
            if byte == needle[matched] {
                matched += 1
                if matched == needle.count { return true }
            } else {
                matched = byte == needle[0] ? 1 : 0
            }
        }
        return false
    }

    static func startsTag(_ s: Substring) -> Bool {
        s.hasPrefix(".sync-conflict-") || s.hasPrefix(" (") || s.hasPrefix("_conflict-") || s.hasPrefix("_conflict_")
    }

    /// Reads one or more tags that make up all of `s`; the tool of the last one.
    static func tags(_ s: Substring) -> SyncTool? {
        var rest = s
        var tool: SyncTool?
        while !rest.isEmpty {
            guard let (found, after) = tag(rest) else { return nil }
            tool = found
            rest = after
        }
        return tool
    }

    /// One tag at the start of `s`, and what follows it.
    static func tag(_ s: Substring) -> (SyncTool, Substring)? {
        if s.hasPrefix(".sync-conflict-") {
            var rest = s.dropFirst(".sync-conflict-".count)
            guard let afterStamp = stamp(rest) else { return nil }
            rest = afterStamp
            if rest.first == "-" {
                // Empty when the device that changed the file has no short id.
                let device = rest.dropFirst().prefix { $0.isASCII && ($0.isLetter || $0.isNumber) }
                rest = rest.dropFirst(1 + device.count)
            }
            return (.syncthing, rest)
        }
        if s.hasPrefix("_conflict-") {
            guard let rest = stamp(s.dropFirst("_conflict-".count)) else { return nil }
            return (.nextcloud, rest)
        }
        if s.hasPrefix("_conflict_") {
            // ownCloud's older clients: the account name, then the stamp.
            let afterTag = s.dropFirst("_conflict_".count)
            var i = afterTag.startIndex
            while let dash = afterTag[i...].firstIndex(of: "-") {
                let user = afterTag[..<dash]
                if !user.isEmpty, !user.contains("/"), let rest = stamp(afterTag[afterTag.index(after: dash)...]) {
                    return (.nextcloud, rest)
                }
                i = afterTag.index(after: dash)
            }
            return nil
        }
        if s.hasPrefix(" (") {
            // The tag runs to the matching parenthesis: Dropbox nests "(1)" inside it.
            var depth = 0
            var end = s.index(after: s.startIndex)
            while end < s.endIndex {
                if s[end] == "(" { depth += 1 }
                if s[end] == ")" { depth -= 1; if depth == 0 { break } }
                end = s.index(after: end)
            }
            guard end < s.endIndex else { return nil }
            let inside = s[s.index(s.startIndex, offsetBy: 2)..<end]
            guard let tool = parenthesised(inside) else { return nil }
            return (tool, s[s.index(after: end)...])
        }
        return nil
    }

    /// What is inside ` (…)`: Nextcloud puts a date and a time, Dropbox a date at most.
    static func parenthesised(_ inside: Substring) -> SyncTool? {
        let lower = inside.lowercased()
        let tail = inside.suffix(17)
        if lower.hasPrefix("conflicted copy "), inside.count >= 33, isDate(tail.prefix(10)),
            tail.dropFirst(10).first == " ", tail.suffix(6).allSatisfy(\.isASCIIDigit)
        {
            let user = inside.dropFirst(16).dropLast(17)
            if user.isEmpty || (user.count >= 2 && user.last == " ") { return .nextcloud }
        }
        // Dropbox: who and the words (in one of its languages), then maybe " YYYY-MM-DD", then maybe " (N)".
        var head = lower[...]
        if head.hasSuffix(")"), let open = head.lastIndex(of: "("), open > head.startIndex,
            head[head.index(before: open)] == " "
        {
            let number = head[head.index(after: open)..<head.index(before: head.endIndex)]
            guard !number.isEmpty, number.allSatisfy(\.isASCIIDigit) else { return nil }
            head = head[..<head.index(before: open)]
        }
        if head.count > 11, isDate(head.suffix(10)), head.dropLast(10).last == " " { head = head.dropLast(11) }
        return DropboxWords.isConflictedCopy(head) ? .dropbox : nil
    }

    /// `YYYYMMDD-HHMMSS` at the start of `s`; what follows it.
    static func stamp(_ s: Substring) -> Substring? {
        let head = s.prefix(15)
        guard head.count == 15,
            head.enumerated().allSatisfy({ $0.offset == 8 ? $0.element == "-" : $0.element.isASCIIDigit })
        else { return nil }
        return s.dropFirst(15)
    }

    /// `YYYY-MM-DD`.
    static func isDate<S: StringProtocol>(_ s: S) -> Bool {
        guard s.count == 10 else { return false }
        return s.enumerated().allSatisfy { $0.offset == 4 || $0.offset == 7 ? $0.element == "-" : $0.element.isASCIIDigit }
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
