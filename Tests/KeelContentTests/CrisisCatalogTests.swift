import Foundation
import Testing
@testable import KeelContent

/// The crisis lines as shipped, and what `keel content check` asks of them.
@Suite struct CrisisCatalogTests {
    let crisis = ContentLibrary(resources: shipped).crisis

    @Test func theShippedLinesCoverThirtyCountriesEachWithASourceAndADay() throws {
        let crisis = try #require(crisis)
        #expect(crisis.regions.count >= 30)
        for region in crisis.regions + [crisis.fallback] {
            #expect(region.source?.hasPrefix("https://") == true || region.source?.hasPrefix("http://") == true, "\(region.name)")
            #expect(region.checked.map(CrisisDirectory.isISODate) == true, "\(region.name)")
            #expect(!region.lines.isEmpty, "\(region.name) has at least one line")
            for line in region.lines {
                #expect(line.source != nil && line.checked != nil, "\(region.name): \(line.name)")
            }
        }
        for code in ["US", "GB", "IN", "JP", "BR", "MX", "DE", "FR", "ES", "IT", "PL", "NL", "AU", "CA", "IE", "NZ"] {
            #expect(crisis.lists(code), "\(code) has lines of its own")
        }
        var notices: [ContentError] = []
        let file = try #require(ContentFile.read(file: shipped + "/catalogs/crisis.json", notices: &notices))
        #expect(CrisisDirectory.audit(file.bytes, file: "crisis.json", today: "2026-12-01").isEmpty)
    }

    @Test func aCountryWithoutLinesGetsTheFallbackWithItsEmergencyNumberWhenKnown() throws {
        let crisis = try #require(crisis)
        let luxembourg = crisis.region(for: "LU")
        #expect(luxembourg.name == "Anywhere else")
        #expect(luxembourg.emergency == "112", "112 across the EU")
        #expect(luxembourg.lines.first?.contact == "findahelpline.com")
        #expect(crisis.region(for: "AQ").emergency.contains("your local emergency number"))
        #expect(crisis.region(for: nil).emergency.contains("112"), "the fallback names 112 for the EU")
        #expect(crisis.region(for: "uk").name == "United Kingdom", "UK is read as GB")
        #expect(!crisis.lists("LU") && !crisis.lists(nil) && crisis.lists("gb"))
    }

    @Test func theLocaleNamesACountryOrNone() {
        let cases: [(String, String?)] = [
            ("en_GB.UTF-8", "GB"), ("de_AT.UTF-8@euro", "AT"), ("pt_BR", "BR"), ("ja_JP.eucJP", "JP"),
            ("sr_RS@latin", "RS"), ("fil_PH.UTF-8", "PH"), ("de_DE@euro", "DE"),
            ("C", nil), ("POSIX", nil), ("", nil), ("C.UTF-8", nil), ("en", nil), ("en_US_POSIX", nil),
            ("es_419", nil), ("en_XX.UTF-8", nil), ("_GB", nil), ("english_GB", nil),
        ]
        for (locale, country) in cases {
            #expect(CrisisDirectory.country(inLocale: locale) == country, "\(locale)")
        }
        let guess = { (env: [String: String]) in CrisisDirectory.guessRegion { env[$0] } }
        #expect(guess(["LC_ALL": "", "LC_MESSAGES": "fr_CA.UTF-8", "LANG": "en_US.UTF-8"]) == "CA", "empty is unset")
        #expect(guess(["LC_ALL": "C", "LANG": "en_GB.UTF-8"]) == nil, "LC_ALL=C wins, and names no country")
        #expect(guess(["LANG": "pt_BR"]) == "BR")
    }

    /// A catalog with every kind of gap the check should name.
    static let gappy = #"""
        {"format": 1, "id": "crisis", "title": "T",
         "regions": [
           {"codes": ["GB"], "name": "A", "emergency": "999", "source": "https://a.example", "checked": "2026-12-01",
            "lines": [{"name": "L1", "contact": "Call 1"}]},
           {"codes": ["XK"], "name": "B", "emergency": "112", "checked": "2026-02-30",
            "lines": [{"name": "L2", "contact": "Call 2", "source": "samaritans.org", "checked": "2027-01-01"}]}],
         "emergencyNumbers": [{"number": "112", "codes": ["ZZ"], "source": "https://e.example", "checked": "1.12.2026"}],
         "fallback": {"codes": [], "name": "F", "emergency": "e", "source": "", "checked": "2026-11-30", "lines": []}}
        """#

    @Test func everyMissingSourceOrDateIsNamedByFileJSONPathAndReason() {
        let errors = CrisisDirectory.audit(Array(Self.gappy.utf8), file: "c.json", today: "2026-12-01").map(\.description)
        #expect(
            errors == [
                "c.json: regions[0].lines[0].source: say where this was confirmed: the service's own page or a directory, as a web address",
                "c.json: regions[0].lines[0].checked: give the day it was confirmed, as yyyy-mm-dd",
                "c.json: regions[1].codes[0]: \"XK\" is not an ISO 3166 country code",
                "c.json: regions[1].source: say where this was confirmed: the service's own page or a directory, as a web address",
                "c.json: regions[1].checked: \"2026-02-30\" is not a date written yyyy-mm-dd",
                "c.json: regions[1].lines[0].source: \"samaritans.org\" is not a web address (https://...)",
                "c.json: regions[1].lines[0].checked: 2027-01-01 is after today (2026-12-01): give the day it was really confirmed",
                "c.json: fallback.source: say where this was confirmed: the service's own page or a directory, as a web address",
                "c.json: emergencyNumbers[0].codes[0]: \"ZZ\" is not an ISO 3166 country code",
                "c.json: emergencyNumbers[0].checked: \"1.12.2026\" is not a date written yyyy-mm-dd",
            ], "\(errors)")
        // The app still reads it: a gap in the bookkeeping never hides a number from someone who needs it.
        #expect(CrisisDirectory.load(Array(Self.gappy.utf8), file: "c.json").0 != nil)
    }

    @Test func contentCheckAuditsTheRegionsCatalogAndCodesMayNotRepeat() throws {
        let scratch = try ContentScratch()
        let twice = Self.gappy.replacingOccurrences(of: #"["XK"]"#, with: #"["GB"]"#)
        try twice.write(toFile: scratch.path + "/crisis.json", atomically: true, encoding: .utf8)
        let report = ContentCheck.run(paths: [scratch.path + "/crisis.json"], resources: nil, userDirectory: nil, today: "2026-12-01")
        let lines = report.errors.map(\.description)
        #expect(lines.contains("\(scratch.path)/crisis.json: regions[1].codes[0]: \"GB\" is listed under two regions"), "\(lines)")
        #expect(lines.contains("\(scratch.path)/crisis.json: regions[0].lines[0].checked: give the day it was confirmed, as yyyy-mm-dd"), "\(lines)")
    }

    @Test func datesAreRealCalendarDays() {
        for good in ["2026-12-01", "2024-02-29", "2000-02-29", "1999-12-31"] { #expect(CrisisDirectory.isISODate(good), "\(good)") }
        for bad in ["2026-13-01", "2025-02-29", "1900-02-29", "2026-1-01", "26-12-01", "2026/12/01", "2026-12-00", "２０２６-12-01", ""] {
            #expect(!CrisisDirectory.isISODate(bad), "\(bad)")
        }
        #expect(CrisisDirectory.today(Date(timeIntervalSince1970: 1_796_126_400)) == "2026-12-01")
    }

    @Test func theISOListIsComplete() {
        #expect(ISO3166.codes.count == 249)
        for code in ["GB", "US", "GR", "XK", "UK", "EU", "EL"] {
            #expect(ISO3166.codes.contains(code) == ["GB", "US", "GR"].contains(code), "\(code)")
        }
    }
}
