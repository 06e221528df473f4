import Testing
import KeelContent
import KeelStore
import KeelTerminal
@testable import KeelCoach

/// The crisis page's first second, choosing a region, and a country keel
/// has no lines for: state on a test clock and rendered frames.
@Suite struct CrisisRegionTests {
    /// A harness whose language settings name `locale`.
    func harness(locale: String? = nil) throws -> Harness {
        let h = try Harness()
        Crisis.install(into: h.ctx, environment: { $0 == "LANG" ? locale : nil })
        return h
    }

    @Test func keysInTheFirstSecondAreLetGo() throws {
        let h = try harness()
        let app = h.app { HomeScreen($0) }
        h.press(app, .char("!"))
        #expect(app.top is CrisisScreen)
        // Someone was mid-sentence: the rest of it must not close or change the page.
        h.type(app, "rp and then")
        h.press(app, .enter, .escape, .escape)
        #expect(app.top is CrisisScreen)
        #expect(!app.render().text.contains("Press Esc again"))
        h.clock.advance(seconds: 0.99)
        h.press(app, .escape, .char("r"))
        #expect(app.top is CrisisScreen, "still inside the first second")
        h.clock.advance(seconds: 0.01)
        h.press(app, .escape)
        #expect(app.render().text.contains("Press Esc again to leave this page."))
        h.press(app, .escape)
        #expect(app.top is HomeScreen)
    }

    @Test func comingBackFromThePlanIsNotASecondFirstSecond() throws {
        let h = try harness()
        let app = h.app { HomeScreen($0) }
        h.press(app, .char("!"))
        h.clock.advance(seconds: 1)
        h.press(app, .char("p"))
        #expect(app.top is SafetyPlanScreen)
        h.press(app, .escape)
        #expect(app.top is CrisisScreen)
        h.press(app, .escape, .escape)
        #expect(app.top is HomeScreen)
    }

    /// Opens the region picker from the crisis page, past its first second.
    func openPicker(_ h: Harness, _ app: App) throws -> RegionScreen {
        h.press(app, .char("!"))
        h.clock.advance(seconds: CrisisScreen.settleSeconds)
        h.press(app, .char("r"))
        return try #require(app.top as? RegionScreen)
    }

    func choose(_ label: String, _ h: Harness, _ app: App, picker: RegionScreen) throws {
        let index = try #require(picker.choices.firstIndex { $0.label == label }, "\(label)")
        h.press(app, .home)
        for _ in 0..<index { h.press(app, .down) }
        h.press(app, .enter)
    }

    @Test func aNewRegionIsShownBeforeItIsKeptAndEscKeepsTheOldOne() throws {
        let h = try harness(locale: "en_GB.UTF-8")
        let app = h.app { HomeScreen($0) }
        let picker = try openPicker(h, app)
        try choose("Japan", h, app, picker: picker)
        let frame = app.render().text
        #expect(frame.contains("Use the numbers for Japan?"))
        #expect(frame.contains("Yorisoi Hotline"))
        #expect(frame.contains("Esc keeps the numbers for United Kingdom."))
        #expect(h.store.singleton(Settings.self).region == nil)
        h.press(app, .char("x"), .down)
        #expect(app.render().text.contains("Use the numbers for Japan?"), "only Enter or Esc answer")
        h.press(app, .escape)
        #expect(app.top is RegionScreen)
        #expect(app.render().text.contains("Where are you?"))
        #expect(h.store.singleton(Settings.self).region == nil, "Esc leaves the old region")
        h.press(app, .escape)
        #expect(app.render().text.contains("Numbers for United Kingdom, guessed from your language settings."))

        let again = try openPicker(h, app)
        try choose("Japan", h, app, picker: again)
        h.press(app, .enter)
        #expect(h.store.singleton(Settings.self).region == "JP", "Enter keeps it")
        #expect(app.top is CrisisScreen)
        #expect(app.render().text.contains("Emergency: 119"))
    }

    @Test func pickingTheRegionAlreadyKeptAsksNothing() throws {
        let h = try harness()
        h.ctx.updateSettings { $0.region = "DE" }
        let app = h.app { HomeScreen($0) }
        let picker = try openPicker(h, app)
        #expect(picker.choices[picker.selected].code == "DE", "the kept region is selected")
        h.press(app, .enter)
        #expect(app.top is CrisisScreen)
        #expect(app.render().text.contains("TelefonSeelsorge: Call 0800 111 0 111 or 0800 111 0 222"))
    }

    @Test func aCountryWithoutLinesIsSaidPlainly() throws {
        let h = try harness(locale: "lb_LU.UTF-8")
        let app = h.app { HomeScreen($0) }
        h.press(app, .char("!"))
        let frame = app.render().text
        #expect(frame.contains("Emergency: 112"))
        #expect(frame.contains("Find a Helpline: findahelpline.com"))
        #expect(frame.contains("keel has no confirmed lines yet for LU, the country in your language"))
        #expect(!frame.contains("Numbers for Anywhere else"))
        let picker = try openPickerAfterOpen(h, app)
        #expect(picker.choices.last?.detail == "No confirmed lines for LU yet")
    }

    func openPickerAfterOpen(_ h: Harness, _ app: App) throws -> RegionScreen {
        h.clock.advance(seconds: CrisisScreen.settleSeconds)
        h.press(app, .char("r"))
        return try #require(app.top as? RegionScreen)
    }

    @Test func noCountryInTheLocaleIsNotAnUnknownCountry() throws {
        for locale in ["C", "POSIX", "C.UTF-8", ""] {
            let h = try harness(locale: locale)
            let app = h.app { HomeScreen($0) }
            h.press(app, .char("!"))
            let frame = app.render().text
            #expect(frame.contains("Numbers that work anywhere. r changes the region."), "\(locale)")
            #expect(!frame.contains("no confirmed lines"), "\(locale)")
        }
    }

    @Test func theUnlistedCountryPageAt80x24() throws {
        let h = try harness(locale: "lb_LU.UTF-8")
        let app = h.app { CrisisScreen($0, guessedRegion: "LU") }
        expectGolden(app.render(), "crisis-unlisted-country-80x24")
    }

    @Test func theUnlistedCountryPageAt40x12KeepsHowToLeave() throws {
        let h = try harness(locale: "lb_LU.UTF-8")
        let app = h.app({ CrisisScreen($0, guessedRegion: "LU") }, size: Size(width: 40, height: 12))
        expectGolden(app.render(), "crisis-unlisted-country-40x12")
    }

    @Test func theConfirmAt40x12() throws {
        let h = try harness()
        let app = h.app({ HomeScreen($0) }, size: Size(width: 40, height: 12))
        let picker = try openPicker(h, app)
        try choose("Brazil", h, app, picker: picker)
        expectGolden(app.render(), "crisis-confirm-brazil-40x12")
    }

    @Test func theConfirmAt80x24() throws {
        let h = try harness()
        let app = h.app { HomeScreen($0) }
        let picker = try openPicker(h, app)
        try choose("Belgium", h, app, picker: picker)
        expectGolden(app.render(), "crisis-confirm-belgium-80x24")
    }
}
