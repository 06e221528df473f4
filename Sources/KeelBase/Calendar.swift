#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A day in the proleptic Gregorian calendar, with exact arithmetic
/// (Howard Hinnant's days-from-civil algorithm).
public struct CivilDate: Hashable, Comparable, Codable, Sendable, CustomStringConvertible {
    public var year: Int
    public var month: Int
    public var day: Int

    public init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// Days outside years 1-9999 become the nearest end of that range: keel
    /// writes no other years, and a hostile value must never overflow.
    public init(daysSinceEpoch z0: Int) {
        let z = min(max(z0, CivilDate.firstDay), CivilDate.lastDay) + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        day = doy - (153 * mp + 2) / 5 + 1
        month = mp < 10 ? mp + 3 : mp - 9
        year = yoe + era * 400 + (month <= 2 ? 1 : 0)
    }

    /// The years keel reads and writes (dates outside them are refused by
    /// the decoders); arithmetic stays inside them rather than trap.
    public static let years = 1...9999
    /// 0001-01-01 and 9999-12-31 as days since 1970-01-01.
    public static let firstDay = -719_162
    public static let lastDay = 2_932_896

    public var daysSinceEpoch: Int {
        // Clamped so a year or day set by hand can't overflow the arithmetic.
        let year = min(max(self.year, -1_000_000), 1_000_000)
        let month = min(max(self.month, 1), 12)
        let day = min(max(self.day, -1_000_000), 1_000_000)
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = month > 2 ? month - 3 : month + 9
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// 1 = Monday ... 7 = Sunday (ISO).
    public var weekday: Int {
        let d = daysSinceEpoch
        return ((d % 7 + 7 + 3) % 7) + 1  // 1970-01-01 was a Thursday
    }

    public func adding(days: Int) -> CivilDate {
        let (sum, overflow) = daysSinceEpoch.addingReportingOverflow(days)
        return CivilDate(daysSinceEpoch: overflow ? (days > 0 ? Int.max : Int.min) : sum)
    }
    public func days(since other: CivilDate) -> Int { daysSinceEpoch - other.daysSinceEpoch }

    public static func < (a: CivilDate, b: CivilDate) -> Bool { a.daysSinceEpoch < b.daysSinceEpoch }

    /// "2026-11-26"
    public var description: String { "\(Timestamp.pad(year, 4))-\(Timestamp.pad(month, 2))-\(Timestamp.pad(day, 2))" }

    public init?(_ text: String) {
        // "2026-11-26" exactly, as keel writes it, read from its bytes: every
        // record holds a day or two, and splitting the text cost ten times
        // as much. Anything else takes the general path below.
        if let fast = text.utf8.withContiguousStorageIfAvailable(CivilDate.written), fast.shaped {
            guard let day = fast.day else { return nil }
            self = day
            return
        }
        self.init(splitting: text)
    }

    /// The same, read from a file's bytes where they lie (the store's scan
    /// makes no string of a day it only checks).
    package init?(utf8 b: UnsafeBufferPointer<UInt8>) {
        let fast = CivilDate.written(b)
        if fast.shaped {
            guard let day = fast.day else { return nil }
            self = day
            return
        }
        self.init(splitting: String(decoding: b, as: UTF8.self))
    }

    /// The day in ten bytes "YYYY-MM-DD": `shaped` when they are that
    /// shape, and `day` nil when they are, but name no real day.
    private static func written(_ b: UnsafeBufferPointer<UInt8>) -> (shaped: Bool, day: CivilDate?) {
        let no = (shaped: false, day: CivilDate?.none)
        guard b.count == 10, b[4] == UInt8(ascii: "-"), b[7] == UInt8(ascii: "-") else { return no }
        func number(_ from: Int, _ to: Int) -> Int? {
            var n = 0
            for i in from..<to {
                let d = b[i] &- 48
                guard d <= 9 else { return nil }
                n = n * 10 + Int(d)
            }
            return n
        }
        guard let y = number(0, 4), let m = number(5, 7), let d = number(8, 10) else { return no }
        guard CivilDate.years.contains(y), (1...12).contains(m), (1...31).contains(d) else { return (true, nil) }
        let date = CivilDate(year: y, month: m, day: d)
        // A day the month doesn't have (30 February) is refused, not rolled over.
        return (true, CivilDate(daysSinceEpoch: date.daysSinceEpoch) == date ? date : nil)
    }

    private init?(splitting text: String) {
        let parts = text.split(separator: "-")
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            parts.allSatisfy({ $0.utf8.allSatisfy { $0 >= 48 && $0 <= 57 } }),
            let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]),
            CivilDate.years.contains(y), (1...12).contains(m), (1...31).contains(d)
        else { return nil }
        self.init(year: y, month: m, day: d)
        // A day the month doesn't have (30 February) is refused, not rolled over.
        guard CivilDate(daysSinceEpoch: daysSinceEpoch) == self else { return nil }
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.singleValueContainer()
        let s = try c.decode(String.self)
        guard let d = CivilDate(s) else {
            throw DecodingError.dataCorruptedError(in: c, debugDescription: "expected a date like 2026-11-26, found \"\(s)\"")
        }
        self = d
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(description)
    }

    public static let monthNames = [
        "January", "February", "March", "April", "May", "June", "July",
        "August", "September", "October", "November", "December",
    ]
    public static let weekdayNames = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

    public var monthName: String { CivilDate.monthNames[min(max(month, 1), 12) - 1] }
    public var weekdayName: String { CivilDate.weekdayNames[weekday - 1] }
}

/// The person's wall clock: which local day and hour a moment falls in.
/// The system one asks libc (TZ and /etc/localtime); tests use a fixed offset.
public struct LocalCalendar: Sendable {
    private let offsetFor: @Sendable (Date) -> Int

    public init(offset: @escaping @Sendable (Date) -> Int) { self.offsetFor = offset }

    public static let system = LocalCalendar { date in
        var t = time_t(date.timeIntervalSince1970.rounded(.down))
        var parts = tm()
        localtime_r(&t, &parts)
        return Int(parts.tm_gmtoff)
    }

    public static func fixed(offsetSeconds: Int) -> LocalCalendar { LocalCalendar { _ in offsetSeconds } }
    public static let utc = fixed(offsetSeconds: 0)

    /// Seconds since 1970 on the wall clock, kept inside years 1-9999 (with
    /// the offset kept within a day) so no moment can overflow what follows.
    private func localSeconds(_ date: Date) -> Int {
        let offset = min(max(offsetFor(date), -86_400), 86_400)
        return Timestamp.clampedSeconds(date) + offset
    }

    public func day(of date: Date) -> CivilDate {
        let s = localSeconds(date)
        return CivilDate(daysSinceEpoch: s >= 0 ? s / 86400 : (s - 86399) / 86400)
    }

    public func hour(of date: Date) -> Int {
        let s = localSeconds(date)
        return ((s % 86400) + 86400) % 86400 / 3600
    }

    public func minute(of date: Date) -> Int {
        let s = localSeconds(date)
        return ((s % 3600) + 3600) % 3600 / 60
    }

    /// "09:30"
    public func clock(of date: Date) -> String {
        "\(Timestamp.pad(hour(of: date), 2)):\(Timestamp.pad(minute(of: date), 2))"
    }

    /// The first moment of a local day.
    public func start(of day: CivilDate) -> Date {
        let guess = Date(timeIntervalSince1970: Double(day.daysSinceEpoch * 86400))
        // The offset at local midnight; two passes settle a daylight-saving edge.
        var t = guess.timeIntervalSince1970 - Double(offsetFor(guess))
        t = guess.timeIntervalSince1970 - Double(offsetFor(Date(timeIntervalSince1970: t)))
        return Date(timeIntervalSince1970: t)
    }
}

/// A calendar month, the unit growing records are split by: "2026-11".
public struct MonthKey: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var year: Int
    public var month: Int

    public init(year: Int, month: Int) {
        self.year = year
        self.month = month
    }

    /// The UTC month of a moment. Records are filed by the UTC month they were
    /// created in, so a trip across time zones never moves a record between files.
    public init(utc date: Date) {
        let d = LocalCalendar.utc.day(of: date)
        self.init(year: d.year, month: d.month)
    }

    /// Reads "YYYY-MM" byte by byte, without allocating: the store parses one
    /// name per month file when it opens.
    public init?(_ text: String) {
        var year = 0, month = 0, count = 0
        for b in text.utf8 {
            defer { count += 1 }
            if count == 4 {
                guard b == UInt8(ascii: "-") else { return nil }
                continue
            }
            guard count < 7, b >= UInt8(ascii: "0"), b <= UInt8(ascii: "9") else { return nil }
            let digit = Int(b - UInt8(ascii: "0"))
            if count < 4 { year = year * 10 + digit } else { month = month * 10 + digit }
        }
        guard count == 7, (1...12).contains(month) else { return nil }
        self.init(year: year, month: month)
    }

    public var description: String { "\(Timestamp.pad(year, 4))-\(Timestamp.pad(month, 2))" }
    public static func < (a: MonthKey, b: MonthKey) -> Bool { (a.year, a.month) < (b.year, b.month) }
    public var name: String { "\(CivilDate.monthNames[min(max(month, 1), 12) - 1]) \(year)" }

    /// Stays inside years 1-9999, like `CivilDate.adding(days:)`.
    public func adding(months n: Int) -> MonthKey {
        let here = min(max(year, 1), 9999) * 12 + (min(max(month, 1), 12) - 1)
        let n = min(max(n, -200_000), 200_000)
        let total = min(max(here + n, 12), 9999 * 12 + 11)
        return MonthKey(year: total / 12, month: total % 12 + 1)
    }
}
