import Testing
@testable import KeelStore

/// `config.json`: this machine's choices, and its mistakes named by file and line.
@Suite struct PreferencesTests {
    func parse(_ text: String) -> Preferences { Preferences.parse(Array(text.utf8), file: "config.json") }

    @Test func everyKeyIsRead() {
        let p = parse(
            """
            {
              "theme": "Light",
              "animate_breath": false,
              "editor": "nano -w",
              "region": "gb"
            }
            """)
        #expect(p.problems == [])
        #expect(p == Preferences(theme: "light", animateBreath: false, editor: "nano -w", region: "GB"))
    }

    @Test func unknownKeysAndBadValuesAreNamedWithTheirLine() {
        let p = parse(
            """
            {
              "theme": "solarized",
              "animate-breath": true,
              "region": "Great Britain",
              "editor": "vim",
              "week": 1
            }
            """)
        #expect(p.editor == "vim")
        #expect(p.theme == nil && p.region == nil && p.animateBreath == nil)
        #expect(
            p.problems == [
                "config.json line 2: \"theme\" should be \"auto\", \"dark\", \"light\" or \"high-contrast\"",
                "config.json line 3: keel doesn't know \"animate-breath\" (did you mean \"animate_breath\"?); it knows \"theme\", \"animate_breath\", \"editor\", \"region\", \"week_start\", \"date_format\", \"plain\" and \"plain_bell\"",
                "config.json line 4: \"region\" should be a two-letter country code in quotes, such as \"GB\"",
                "config.json line 6: keel doesn't know \"week\"; it knows \"theme\", \"animate_breath\", \"editor\", \"region\", \"week_start\", \"date_format\", \"plain\" and \"plain_bell\"",
            ])
    }

    @Test func plainModeAndItsBellAreRead() {
        let p = parse("{\n  \"plain\": true,\n  \"plain_bell\": true\n}")
        #expect(p.problems == [] && p.plain == true && p.plainBell == true)
        let bad = parse("{\n  \"plain\": \"yes\"\n}")
        #expect(bad.plain == nil && bad.problems == ["config.json line 2: \"plain\" should be true or false"])
    }

    @Test func aBrokenFileIsNamedAndNothingInItIsUsed() {
        let missingComma = parse("{\n  \"theme\": \"dark\"\n  \"editor\": \"nano\"\n}\n")
        #expect(missingComma.problems == ["config.json line 3: expected a comma or the closing }; none of it was used"])
        #expect(missingComma.theme == nil)
        #expect(parse("{\n \"theme\": dark\n}").problems.first?.hasPrefix("config.json line 2: dark is not a value") == true)
        #expect(parse("").problems == ["config.json line 1: the file ends before a { to begin; none of it was used"])
        #expect(parse("{}").problems == [])
    }

    @Test func noFileIsNoProblemAndAnUnreadableOneIsNamed() throws {
        let tmp = TempDir()
        #expect(Preferences.load(path: tmp.path + "/config.json") == Preferences())
        try tmp.write("config.json", "{ \"theme\": \"high-contrast\" }")
        #expect(Preferences.load(path: tmp.data + "/config.json").theme == "high-contrast")
        try Posix.makeDirectory(tmp.data + "/folder.json")
        let folder = Preferences.load(path: tmp.data + "/folder.json")
        #expect(folder.problems.count == 1 && folder.problems[0].contains("folder.json"), "\(folder.problems)")
        let env = ["XDG_CONFIG_HOME": tmp.path + "/cfg"]
        try tmp.write("../cfg/keel/config.json", "{ \"editor\": \"ed\" }")
        #expect(Preferences.load(environment: { env[$0] }).editor == "ed")
    }

    @Test func weekStartAndDateFormatAreReadAndCheckedOverTheLocale() {
        let p = parse(#"{ "week_start": "Sunday", "date_format": "month-day" }"#)
        #expect(p.problems == [] && p.weekStart == 7 && p.dateOrder == .monthDay)
        let locale = DateStyle(weekStart: 6, order: .iso)
        #expect(p.dateStyle(overLocale: locale) == DateStyle(weekStart: 7, order: .monthDay))
        #expect(Preferences().dateStyle(overLocale: locale) == locale)
        let bad = parse(
            """
            {
              "week_start": "tuesday",
              "date_format": "dd/mm"
            }
            """)
        #expect(bad.weekStart == nil && bad.dateOrder == nil)
        #expect(
            bad.problems == [
                "config.json line 2: \"week_start\" should be \"monday\", \"saturday\" or \"sunday\"",
                "config.json line 3: \"date_format\" should be \"day-month\", \"month-day\" or \"iso\"",
            ])
    }
}
