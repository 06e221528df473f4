import Foundation
import Testing
@testable import KeelTerminal

/// Themes: which one COLORFGBG suggests, and that every tint reads on the
/// background each theme is for (WCAG contrast of xterm's 256-colour shades).
@Suite struct ThemeTests {
    @Test func colorFgBgSaysLightOrDark() {
        #expect(Theme.backgroundIsLight(colorFgBg: "0;15") == true)
        #expect(Theme.backgroundIsLight(colorFgBg: "0;default;7") == true)
        #expect(Theme.backgroundIsLight(colorFgBg: "15;0") == false)
        #expect(Theme.backgroundIsLight(colorFgBg: "7;8") == false)
        #expect(Theme.backgroundIsLight(colorFgBg: "15;default") == nil)
        #expect(Theme.backgroundIsLight(colorFgBg: nil) == nil)
        #expect(Theme.resolve(.auto, colorFgBg: "0;15").kind == .light)
        #expect(Theme.resolve(.auto, colorFgBg: "15;0").kind == .dark)
        #expect(Theme.resolve(.auto, colorFgBg: nil).kind == .either)
        #expect(Theme.resolve(.highContrast, colorFgBg: "0;15").kind == .highContrast)
    }

    /// xterm's 256-colour palette: the 6x6x6 cube and the greys.
    func rgb(_ i: Int16) -> (Double, Double, Double) {
        if i >= 232 { let v = Double(8 + 10 * (Int(i) - 232)); return (v, v, v) }
        let levels: [Double] = [0, 95, 135, 175, 215, 255]
        let n = Int(i) - 16
        return (levels[n / 36], levels[(n / 6) % 6], levels[n % 6])
    }

    func contrast(_ i: Int16, onWhite: Bool) -> Double {
        func lin(_ c: Double) -> Double { let c = c / 255; return c <= 0.03928 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4) }
        let (r, g, b) = rgb(i)
        let l = 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b)
        return onWhite ? 1.05 / (l + 0.05) : (l + 0.05) / 0.05
    }

    @Test func everyTintReadsOnItsBackground() {
        for tint in Tint.allCases {
            #expect(contrast(Theme.light.foreground(tint, colors: 256), onWhite: true) >= 4.5, "light \(tint)")
            #expect(contrast(Theme.dark.foreground(tint, colors: 256), onWhite: false) >= 4.5, "dark \(tint)")
            let either = Theme.either.foreground(tint, colors: 256)
            #expect(min(contrast(either, onWhite: true), contrast(either, onWhite: false)) >= 3.5, "either \(tint)")
            #expect(Theme.highContrast.foreground(tint, colors: 256) == -1)
        }
    }

    @Test func mutedIsAGreyNotDimWhiteAndHighContrastNeverDims() {
        for theme in [Theme.light, Theme.dark, Theme.either] {
            #expect(!theme.dims(.muted, colors: 256), "\(theme.kind)")
            #expect(theme.dims(.muted, colors: 8) == (theme.foreground(.muted, colors: 8) < 0))
            #expect(theme.dims(Style.accent.with(dim: true), colors: 256))
        }
        #expect(!Theme.highContrast.dims(.muted, colors: 256))
        #expect(!Theme.highContrast.dims(Style.plain.with(dim: true), colors: 8))
    }
}
