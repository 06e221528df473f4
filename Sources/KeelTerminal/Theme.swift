/// How keel's tints look on this terminal. Colours are terminal palette
/// numbers; -1 is the terminal's own foreground, which is legible on any
/// background by definition. The 256-colour shades are chosen by contrast
/// ratio (WCAG's formula): at least 4.5:1 on the background they are meant
/// for, and about 4:1 on both black and white where the background is not
/// known. `make contrast` checks them in a real xterm.
public struct Theme: Equatable, Sendable {
    public enum Name: String, CaseIterable, Sendable {
        /// Light or dark from COLORFGBG when the terminal sets it; else
        /// shades that read on either.
        case auto
        case dark
        case light
        /// The terminal's own foreground for everything, never dimmed:
        /// bold, underline and reverse carry the meaning.
        case highContrast = "high-contrast"
    }

    /// Which palette a theme was resolved to.
    public enum Kind: String, Sendable { case dark, light, either, highContrast = "high-contrast" }

    public let kind: Kind
    /// Foreground per tint, by `Tint.rawValue - 1`, for 256-colour terminals and for 8-colour ones.
    let shades256: [Int16]
    let shades8: [Int16]

    /// The foreground of `tint` on a terminal with `colors` colours.
    public func foreground(_ tint: Tint, colors: Int) -> Int16 {
        (colors >= 256 ? shades256 : shades8)[Int(tint.rawValue) - 1]
    }

    /// Whether a cell of style `s` is drawn dim. Muted text gets its own
    /// grey on 256 colours: dim on top of it would halve the contrast again.
    public func dims(_ s: Style, colors: Int) -> Bool {
        guard s.dim || s.tint == .muted, kind != .highContrast else { return false }
        return !(s.tint == .muted && foreground(.muted, colors: colors) >= 0)
    }

    // accent, calm, warm, good, alert, muted
    // On 8 colours only the palette's own colours that read in xterm's
    // defaults: no blue on black (2.2:1), no green or cyan on white (2:1).
    static let dark = Theme(kind: .dark, shades256: [117, 111, 222, 114, 213, 246], shades8: [6, -1, 3, 2, 5, -1])
    static let light = Theme(kind: .light, shades256: [24, 25, 130, 28, 125, 240], shades8: [4, 4, 1, -1, 5, -1])
    static let either = Theme(kind: .either, shades256: [31, 67, 130, 64, 162, 243], shades8: [-1, -1, -1, -1, 5, -1])
    static let highContrast = Theme(kind: .highContrast, shades256: Array(repeating: -1, count: 6), shades8: Array(repeating: -1, count: 6))

    /// The theme to draw with. `colorFgBg` is the terminal's COLORFGBG
    /// ("15;0": white on black; the last number is the background).
    public static func resolve(_ name: Name, colorFgBg: String?) -> Theme {
        switch name {
        case .dark: return .dark
        case .light: return .light
        case .highContrast: return .highContrast
        case .auto:
            switch backgroundIsLight(colorFgBg: colorFgBg) {
            case true?: return .light
            case false?: return .dark
            case nil: return .either
            }
        }
    }

    /// True for a light background, false for a dark one, nil when COLORFGBG
    /// is unset or says "default".
    public static func backgroundIsLight(colorFgBg: String?) -> Bool? {
        guard let last = colorFgBg?.split(separator: ";").last, let bg = Int(last), (0...15).contains(bg) else { return nil }
        // 7 (light grey) and the bright colours but 8 (dark grey) are light.
        return bg == 7 || bg >= 9
    }
}
