import KeelBase

extension CrisisDirectory {
    /// What `keel content check` asks of the crisis lines beyond what keel
    /// needs to show them: every region, line and emergency number says
    /// where it was confirmed (`source`, a web address) and when (`checked`,
    /// yyyy-mm-dd, not after `today`), and every code is an ISO 3166 country.
    /// Kept apart from `load` on purpose: a clock set wrong on someone's
    /// computer must never hide the numbers from them.
    public static func audit(_ bytes: [UInt8], file: String, today: String = CrisisDirectory.today()) -> [ContentError] {
        guard case .success(let directory) = ContentPaths.decode(CrisisDirectory.self, bytes, file: file) else { return [] }
        var errors: [ContentError] = []
        func error(_ path: String, _ reason: String) { errors.append(ContentError(file: file, path: path, reason: reason)) }
        func provenance(_ source: String?, _ checked: String?, _ path: String) {
            switch source {
            case nil, "": error("\(path).source", "say where this was confirmed: the service's own page or a directory, as a web address")
            case let s? where !(s.hasPrefix("https://") || s.hasPrefix("http://")):
                error("\(path).source", "\"\(s)\" is not a web address (https://...)")
            default: break
            }
            guard let checked, !checked.isEmpty else {
                return error("\(path).checked", "give the day it was confirmed, as yyyy-mm-dd")
            }
            if !isISODate(checked) {
                error("\(path).checked", "\"\(checked)\" is not a date written yyyy-mm-dd")
            } else if checked > today {
                error("\(path).checked", "\(checked) is after today (\(today)): give the day it was really confirmed")
            }
        }
        func countries(_ codes: [String], _ path: String) {
            for (j, c) in codes.enumerated() where c.count == 2 && !ISO3166.codes.contains(c) {
                error("\(path).codes[\(j)]", "\"\(c)\" is not an ISO 3166 country code")
            }
        }
        func region(_ r: Region, _ path: String) {
            countries(r.codes, path)
            provenance(r.source, r.checked, path)
            for (j, line) in r.lines.enumerated() { provenance(line.source, line.checked, "\(path).lines[\(j)]") }
        }
        for (i, r) in directory.regions.enumerated() { region(r, "regions[\(i)]") }
        region(directory.fallback, "fallback")
        for (i, e) in (directory.emergencyNumbers ?? []).enumerated() {
            countries(e.codes, "emergencyNumbers[\(i)]")
            provenance(e.source, e.checked, "emergencyNumbers[\(i)]")
        }
        return errors
    }

    /// Today's date in UTC, yyyy-mm-dd.
    public static func today(_ now: Date = Date()) -> String {
        String(Timestamp.format(now).prefix(10))
    }

    /// True for a real calendar day written yyyy-mm-dd ("2026-02-30" is not one).
    static func isISODate(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
            let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
            (1...12).contains(month)
        else { return false }
        let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
        let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
        return (1...days).contains(day)
    }
}
