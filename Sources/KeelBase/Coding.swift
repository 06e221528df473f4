/// One way to write and read JSON everywhere: sorted keys and indentation
/// (files diff and merge well), ISO-8601 times with milliseconds (lossless,
/// since keel's own timestamps are kept to the millisecond).
public enum KeelJSON {
    public static func encoder(pretty: Bool = true) -> JSONEncoder {
        let e = JSONEncoder()
        e.outputFormatting = pretty ? [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
        e.dateEncodingStrategy = .custom { date, encoder in
            var c = encoder.singleValueContainer()
            try c.encode(Timestamp.format(date))
        }
        return e
    }

    public static func decoder() -> JSONDecoder {
        let d = JSONDecoder()
        d.dateDecodingStrategy = .custom { decoder in
            let c = try decoder.singleValueContainer()
            let s = try c.decode(String.self)
            guard let date = Timestamp.parse(s) else {
                throw DecodingError.dataCorruptedError(in: c, debugDescription: "expected a time like 2026-11-26T09:30:00.000Z, found \"\(s)\"")
            }
            return date
        }
        return d
    }

    public static func encode<T: Encodable>(_ value: T, pretty: Bool = true) throws -> [UInt8] {
        Array(try encoder(pretty: pretty).encode(value))
    }

    public static func decode<T: Decodable>(_ type: T.Type, from bytes: [UInt8]) throws -> T {
        try decoder().decode(type, from: Data(bytes))
    }

    /// A decoding error as "path: reason", naming the field at fault.
    public static func describe(_ error: Error, prefix: String = "") -> String {
        func path(_ keys: [CodingKey]) -> String {
            var out = prefix
            for k in keys {
                if let i = k.intValue { out += "[\(i)]" } else { out += out.isEmpty ? k.stringValue : "." + k.stringValue }
            }
            return out.isEmpty ? "(top level)" : out
        }
        guard let e = error as? DecodingError else { return prefix.isEmpty ? "\(error)" : "\(prefix): \(error)" }
        switch e {
        case .keyNotFound(let key, let ctx):
            return "\(path(ctx.codingPath + [key])): missing"
        case .typeMismatch(let type, let ctx):
            return "\(path(ctx.codingPath)): expected \(friendly(type))"
        case .valueNotFound(let type, let ctx):
            return "\(path(ctx.codingPath)): expected \(friendly(type)), found null"
        case .dataCorrupted(let ctx):
            let reason = ctx.debugDescription.hasPrefix("The given data was not valid JSON") ? "not valid JSON" : ctx.debugDescription
            return "\(path(ctx.codingPath)): \(reason)"
        @unknown default:
            return "\(error)"
        }
    }

    package static func friendly(_ type: Any.Type) -> String {
        let name = "\(type)"
        switch name {
        case "Int", "Double", "Int64", "Float": return "a number"
        case "String": return "text"
        case "Bool": return "true or false"
        case "Date": return "a time"
        default:
            if name.hasPrefix("Array") || name.hasPrefix("[") { return "a list" }
            if name.hasPrefix("Dictionary") { return "an object" }
            return "an object"
        }
    }
}

/// Times as keel writes them: UTC, ISO-8601, milliseconds.
public enum Timestamp {
    /// Now, rounded to the millisecond so it survives a round trip through JSON.
    public static func now() -> Date { rounded(Date()) }

    public static func rounded(_ date: Date) -> Date {
        Date(timeIntervalSince1970: (date.timeIntervalSince1970 * 1000).rounded() / 1000)
    }

    /// The first and last moments keel reads or writes: years 1-9999 in UTC.
    public static let earliest = Double(CivilDate.firstDay) * 86_400
    public static let latest = Double(CivilDate.lastDay + 1) * 86_400 - 0.001

    /// Seconds since 1970, rounded down, inside `earliest...latest` (a NaN
    /// reads as 1970): converting a wild Double to Int would trap.
    static func clampedSeconds(_ date: Date) -> Int {
        let t = date.timeIntervalSince1970
        guard t.isFinite else { return 0 }
        return Int(min(max(t, earliest), latest).rounded(.down))
    }

    public static func format(_ date: Date) -> String {
        // Done by hand: the civil-date arithmetic is exact and avoids a formatter per call.
        let t = date.timeIntervalSince1970
        let ms = Int64((min(max(t.isFinite ? t : 0, earliest), latest) * 1000).rounded())
        var seconds = ms >= 0 ? ms / 1000 : (ms - 999) / 1000
        let millis = ms - seconds * 1000
        let days = seconds >= 0 ? seconds / 86400 : (seconds - 86399) / 86400
        seconds -= days * 86400
        let d = CivilDate(daysSinceEpoch: Int(days))
        return
            "\(pad(d.year, 4))-\(pad(d.month, 2))-\(pad(d.day, 2))T\(pad(Int(seconds / 3600), 2)):\(pad(Int(seconds % 3600 / 60), 2)):\(pad(Int(seconds % 60), 2)).\(pad(Int(millis), 3))Z"
    }

    /// Reads "YYYY-MM-DDTHH:MM:SS[.fff](Z|±HH:MM)".
    public static func parse(_ text: String) -> Date? {
        // The string's own bytes where it has them (every record holds two
        // or three times, read at start), no copy.
        if let date = text.utf8.withContiguousStorageIfAvailable(parse(utf8:)) { return date }
        return Array(text.utf8).withUnsafeBufferPointer(parse(utf8:))
    }

    /// The same, read from a file's bytes where they lie: the store's scan
    /// reads two or three times a record without making a string of each.
    package static func parse(utf8 b: UnsafeBufferPointer<UInt8>) -> Date? {
        func num(_ from: Int, _ len: Int) -> Int? {
            guard from + len <= b.count else { return nil }
            var v = 0
            for i in from..<(from + len) {
                guard b[i] >= 48, b[i] <= 57 else { return nil }
                v = v * 10 + Int(b[i] - 48)
            }
            return v
        }
        guard b.count >= 20, let y = num(0, 4), b[4] == 45, let mo = num(5, 2), b[7] == 45, let d = num(8, 2),
            b[10] == 84 || b[10] == 116 || b[10] == 32,
            let h = num(11, 2), b[13] == 58, let mi = num(14, 2), b[16] == 58, let s = num(17, 2),
            (1...12).contains(mo), (1...31).contains(d), h < 24, mi < 60, s < 61
        else { return nil }
        var i = 19
        var fraction = 0.0
        if i < b.count, b[i] == 46 {
            i += 1
            var scale = 0.1
            let start = i
            while i < b.count, b[i] >= 48, b[i] <= 57 { fraction += Double(b[i] - 48) * scale; scale /= 10; i += 1 }
            if i == start { return nil }
        }
        var offset = 0
        guard i < b.count else { return nil }
        if b[i] == 90 || b[i] == 122 {
            i += 1
        } else if b[i] == 43 || b[i] == 45, let oh = num(i + 1, 2), b.count > i + 3, b[i + 3] == 58, let om = num(i + 4, 2) {
            offset = (oh * 3600 + om * 60) * (b[i] == 45 ? -1 : 1)
            i += 6
        } else {
            return nil
        }
        guard i == b.count else { return nil }
        guard CivilDate.years.contains(y), isPlausibleOffset(offset) else { return nil }
        let days = CivilDate(year: y, month: mo, day: d).daysSinceEpoch
        let total = ((Double(days * 86400 + h * 3600 + mi * 60 + s - offset) + fraction) * 1000).rounded() / 1000
        // A moment outside years 1-9999 in UTC (9999-12-31T23:00-05:00 is
        // already year 10000) is refused: keel could not write it back.
        guard total >= earliest, total <= latest else { return nil }
        return Date(timeIntervalSince1970: total)
    }

    /// Offsets as clocks have them: at most 18 hours either way.
    private static func isPlausibleOffset(_ offset: Int) -> Bool { abs(offset) <= 18 * 3600 }

    package static func pad(_ v: Int, _ width: Int) -> String {
        let s = String(v)
        return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
    }
}
