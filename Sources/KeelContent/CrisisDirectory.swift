import KeelStore

/// Crisis lines by region, shipped as `Resources/catalogs/crisis.json`:
///
///     {"format": 1, "id": "crisis", "title": "...",
///      "regions": [{"codes": ["GB", "UK"], "name": "United Kingdom", "emergency": "999",
///                   "lines": [{"name": "Samaritans", "contact": "Call 116 123", "hours": "any time, free"}]}],
///      "fallback": {"codes": [], "name": "Anywhere else", "emergency": "your local emergency number",
///                   "lines": [{"name": "Find a Helpline", "contact": "findahelpline.com"}]}}
public struct CrisisDirectory: Codable, Hashable, Sendable {
    public static let formatVersion = 1

    public struct Line: Codable, Hashable, Sendable {
        public var name: String
        /// How to reach it: "Call or text 988".
        public var contact: String
        public var hours: String?

        public init(name: String, contact: String, hours: String? = nil) {
            self.name = name
            self.contact = contact
            self.hours = hours
        }
    }

    public struct Region: Codable, Hashable, Sendable {
        /// Two-letter region codes (ISO 3166), the first being the main one.
        public var codes: [String]
        public var name: String
        /// What to dial in an emergency.
        public var emergency: String
        public var lines: [Line]
        public var code: String? { codes.first }

        public init(codes: [String], name: String, emergency: String, lines: [Line]) {
            self.codes = codes
            self.name = name
            self.emergency = emergency
            self.lines = lines
        }
    }

    public var format: Int
    public var id: String
    public var title: String
    public var regions: [Region]
    /// For anywhere not listed, and when the region is unknown.
    public var fallback: Region

    /// The region for a code ("GB", "gb"), or the fallback.
    public func region(for code: String?) -> Region {
        guard let code = code?.uppercased() else { return fallback }
        return regions.first { $0.codes.contains(code) } ?? fallback
    }

    /// A region code guessed from the locale (LC_ALL, LC_MESSAGES, LANG):
    /// "en_GB.UTF-8" gives "GB"; "C" and "POSIX" give nil.
    public static func guessRegion(environment: (String) -> String?) -> String? {
        for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            guard let value = environment(name), !value.isEmpty else { continue }
            let locale = value.split(separator: ".").first.map(String.init) ?? value
            let parts = locale.split(whereSeparator: { $0 == "_" || $0 == "-" })
            guard parts.count >= 2 else { return nil }
            let region = String(parts[1].prefix(while: { $0 != "@" })).uppercased()
            return region.count == 2 && region.allSatisfy(\.isLetter) ? region : nil
        }
        return nil
    }

    public static func load(_ bytes: [UInt8], file: String) -> (CrisisDirectory?, [ContentError]) {
        let directory: CrisisDirectory
        switch ContentPaths.decode(CrisisDirectory.self, bytes, file: file) {
        case .success(let d): directory = d
        case .failure(let e): return (nil, [e])
        }
        var errors: [ContentError] = []
        func error(_ path: String, _ reason: String) { errors.append(ContentError(file: file, path: path, reason: reason)) }
        if directory.format > formatVersion {
            error("format", "format \(directory.format) is newer than this keel reads (\(formatVersion))")
        }
        if directory.regions.isEmpty { error("regions", "list at least one region") }
        var seen: Set<String> = []
        func checkRegion(_ r: Region, _ path: String, needsCodes: Bool) {
            if needsCodes, r.codes.isEmpty { error("\(path).codes", "give at least one region code, such as \"GB\"") }
            for (j, c) in r.codes.enumerated() {
                if c.count != 2 || !c.allSatisfy({ $0.isASCII && $0.isUppercase }) {
                    error("\(path).codes[\(j)]", "\"\(c)\" is not a two-letter region code in capitals")
                } else if !seen.insert(c).inserted {
                    error("\(path).codes[\(j)]", "\"\(c)\" is listed under two regions")
                }
            }
            if r.name.isEmpty { error("\(path).name", "must not be empty") }
            if r.emergency.isEmpty { error("\(path).emergency", "must not be empty") }
            for (j, line) in r.lines.enumerated() {
                if line.name.isEmpty { error("\(path).lines[\(j)].name", "must not be empty") }
                if line.contact.isEmpty { error("\(path).lines[\(j)].contact", "must not be empty") }
            }
        }
        for (i, r) in directory.regions.enumerated() { checkRegion(r, "regions[\(i)]", needsCodes: true) }
        checkRegion(directory.fallback, "fallback", needsCodes: false)
        return errors.isEmpty ? (directory, []) : (nil, errors)
    }
}
