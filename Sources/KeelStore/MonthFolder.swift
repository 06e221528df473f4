#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A monthly kind's folder, listed for the two questions every open and
/// every save ask of it: which months have a file, and what else lies there
/// (a conflict copy, say). Thirty years are 360 month files a kind: their
/// names are read as bytes, and only the other names become strings, so a
/// long history costs the listing next to nothing.
enum MonthFolder {
    typealias Listing = (months: [MonthKey], others: [String], folders: [String])

    /// The months with a file ("2026-11.json"), oldest first, and every
    /// other name but "." and "..", sorted as `Posix.listDirectory` sorts;
    /// `folders` names the folders among them all (not hidden, not links),
    /// for the sweep of stale temp files at open (see `StaleTempFiles`).
    static func list(_ path: String) -> Listing {
        guard let dir = opendir(path) else { return ([], [], []) }
        defer { closedir(dir) }
        // Sorted as numbers (year and month in one): sorting thirty years
        // of month keys by their fields cost more than listing them.
        var months: [Int] = []
        var others: [String] = []
        var folders: [String] = []
        while let entry = readdir(dir) {
            let type = entry.pointee.d_type
            withUnsafePointer(to: entry.pointee.d_name) {
                $0.withMemoryRebound(to: UInt8.self, capacity: 256) { name in
                    let month = monthFile(name)
                    if let month { months.append(month.year * 12 + month.month - 1) }
                    guard month == nil || type == UInt8(DT_DIR) || type == UInt8(DT_UNKNOWN) else { return }
                    let text = String(cString: name)
                    if month == nil, text != ".", text != ".." { others.append(text) }
                    if name[0] != UInt8(ascii: "."), Posix.isFolder(path, text, type: type) { folders.append(text) }
                }
            }
        }
        return (ascending(months).map { MonthKey(year: $0 / 12, month: $0 % 12 + 1) }, others.sorted(), folders)
    }

    /// Month numbers, each named once by a folder's file names, in order:
    /// a bit for each month between the first and the last. The library's
    /// sort of more than 20 numbers makes its first array of ranges, which
    /// costs the runtime a search of every conformance in the binary at
    /// start (0.2 million instructions); this is one pass and a few words.
    static func ascending(_ numbers: [Int]) -> [Int] {
        guard let low = numbers.min(), let high = numbers.max() else { return [] }
        var bits = [UInt64](repeating: 0, count: (high - low) / 64 + 1)
        for n in numbers { bits[(n - low) / 64] |= 1 << UInt64((n - low) % 64) }
        var out: [Int] = []
        out.reserveCapacity(numbers.count)
        for (w, word) in bits.enumerated() {
            var left = word
            while left != 0 {
                out.append(low + w * 64 + left.trailingZeroBitCount)
                left &= left - 1  // the lowest bit set, cleared
            }
        }
        return out
    }

    /// "YYYY-MM.json" exactly, with a month from 1 to 12: the names
    /// `Store.months(in:)` accepts, read without making a string.
    static func monthFile(_ name: UnsafePointer<UInt8>) -> MonthKey? {
        func digit(_ i: Int) -> Int? {
            let b = name[i]
            return b >= 0x30 && b <= 0x39 ? Int(b - 0x30) : nil
        }
        guard let y0 = digit(0), let y1 = digit(1), let y2 = digit(2), let y3 = digit(3), name[4] == UInt8(ascii: "-"),
            let m0 = digit(5), let m1 = digit(6), name[7] == UInt8(ascii: "."), name[8] == UInt8(ascii: "j"),
            name[9] == UInt8(ascii: "s"), name[10] == UInt8(ascii: "o"), name[11] == UInt8(ascii: "n"), name[12] == 0
        else { return nil }
        let month = m0 * 10 + m1
        guard (1...12).contains(month) else { return nil }
        return MonthKey(year: y0 * 1000 + y1 * 100 + y2 * 10 + y3, month: month)
    }
}
