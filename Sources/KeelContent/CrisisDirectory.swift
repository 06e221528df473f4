import KeelBase

/// Crisis lines by region, shipped as `Resources/catalogs/crisis.json`:
///
///     {"format": 1, "id": "crisis", "title": "...",
///      "regions": [{"codes": ["GB"], "name": "United Kingdom", "emergency": "999",
///                   "source": "https://...", "checked": "2026-12-01",
///                   "lines": [{"name": "Samaritans", "contact": "Call 116 123", "hours": "any time, free",
///                              "source": "https://www.samaritans.org/...", "checked": "2026-12-01"}]}],
///      "emergencyNumbers": [{"number": "112", "codes": ["AT", "BE", ...], "source": "...", "checked": "..."}],
///      "fallback": {"codes": [], "name": "Anywhere else", "emergency": "your local emergency number",
///                   "lines": [{"name": "Find a Helpline", "contact": "findahelpline.com"}]}}
///
/// Every region and line says where its number was confirmed (`source`)
/// and when (`checked`): `keel content check` insists on both (see
/// `CrisisDirectory.audit`), so a number nobody confirmed can't ship.
public struct CrisisDirectory: Codable, Hashable, Sendable {
    public static let formatVersion = 1

    public struct Line: Codable, Hashable, Sendable {
        public var name: String
        /// How to reach it: "Call or text 988".
        public var contact: String
        public var hours: String?
        /// The language it answers in, when that matters ("in French").
        public var language: String?
        /// The page the number was confirmed on, and the day (yyyy-mm-dd).
        public var source: String?
        public var checked: String?

        public init(
            name: String, contact: String, hours: String? = nil, language: String? = nil,
            source: String? = nil, checked: String? = nil
        ) {
            self.name = name
            self.contact = contact
            self.hours = hours
            self.language = language
            self.source = source
            self.checked = checked
        }
    }

    public struct Region: Codable, Hashable, Sendable {
        /// Two-letter region codes (ISO 3166), the first being the main one.
        public var codes: [String]
        public var name: String
        /// What to dial in an emergency.
        public var emergency: String
        public var lines: [Line]
        /// Where the emergency number was confirmed, and the day.
        public var source: String?
        public var checked: String?
        public var code: String? { codes.first }

        public init(
            codes: [String], name: String, emergency: String, lines: [Line],
            source: String? = nil, checked: String? = nil
        ) {
            self.codes = codes
            self.name = name
            self.emergency = emergency
            self.lines = lines
            self.source = source
            self.checked = checked
        }
    }

    /// An emergency number known for countries that have no lines here yet
    /// (112 across the European Union).
    public struct EmergencyNumber: Codable, Hashable, Sendable {
        public var number: String
        public var codes: [String]
        public var source: String?
        public var checked: String?

        public init(number: String, codes: [String], source: String? = nil, checked: String? = nil) {
            self.number = number
            self.codes = codes
            self.source = source
            self.checked = checked
        }
    }

    public var format: Int
    public var id: String
    public var title: String
    public var regions: [Region]
    public var emergencyNumbers: [EmergencyNumber]?
    /// For anywhere not listed, and when the region is unknown.
    public var fallback: Region

    /// "UK" is what many people type for Great Britain, though ISO 3166 says "GB".
    static func normalized(_ code: String) -> String {
        let upper = code.uppercased()
        return upper == "UK" ? "GB" : upper
    }

    /// True when the code has lines of its own here.
    public func lists(_ code: String?) -> Bool {
        guard let code else { return false }
        let c = Self.normalized(code)
        return regions.contains { $0.codes.contains(c) }
    }

    /// The region for a code ("GB", "gb"), or the fallback. For a country
    /// without lines whose emergency number is known, the fallback names it.
    public func region(for code: String?) -> Region {
        guard let code else { return fallback }
        let c = Self.normalized(code)
        if let region = regions.first(where: { $0.codes.contains(c) }) { return region }
        var elsewhere = fallback
        if let known = emergencyNumbers?.first(where: { $0.codes.contains(c) }) { elsewhere.emergency = known.number }
        return elsewhere
    }

    /// A region code guessed from the locale (LC_ALL, LC_MESSAGES, LANG, the
    /// first one set wins, as for every program): "en_GB.UTF-8" and
    /// "de_AT.UTF-8@euro" give "GB" and "AT"; "C", "POSIX", "C.UTF-8" and
    /// anything that names no ISO 3166 country give nil.
    public static func guessRegion(environment: (String) -> String?) -> String? {
        for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            guard let value = environment(name), !value.isEmpty else { continue }
            return country(inLocale: value)
        }
        return nil
    }

    /// The territory of a POSIX locale name, language[_TERRITORY][.codeset][@modifier].
    public static func country(inLocale value: String) -> String? {
        var name = Substring(value)
        if let at = name.firstIndex(of: "@") { name = name[..<at] }
        if let dot = name.firstIndex(of: ".") { name = name[..<dot] }
        let parts = name.split(separator: "_", omittingEmptySubsequences: false)
        guard parts.count == 2 else { return nil }
        let language = parts[0], territory = parts[1]
        guard (2...3).contains(language.count), language.allSatisfy({ $0.isASCII && $0.isLetter }),
            territory.count == 2, territory.allSatisfy({ $0.isASCII && $0.isLetter })
        else { return nil }
        let code = territory.uppercased()
        return ISO3166.codes.contains(code) ? code : nil
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
        for (i, e) in (directory.emergencyNumbers ?? []).enumerated() where e.number.isEmpty {
            error("emergencyNumbers[\(i)].number", "must not be empty")
        }
        return errors.isEmpty ? (directory, []) : (nil, errors)
    }
}
