/// Colours by meaning, not by value. The backend maps them to the terminal's
/// palette over its own background; with NO_COLOR they vanish and the
/// attributes (bold, dim, reverse, underline) carry the meaning alone.
public enum Tint: UInt8, Hashable, Sendable, CaseIterable {
    case accent = 1
    case calm
    case warm
    case good
    case alert
    case muted
}

public struct Style: Hashable, Sendable {
    public var tint: Tint?
    public var bold: Bool
    public var dim: Bool
    public var underline: Bool
    public var reverse: Bool
    public var italic: Bool

    public init(tint: Tint? = nil, bold: Bool = false, dim: Bool = false,
                underline: Bool = false, reverse: Bool = false, italic: Bool = false) {
        self.tint = tint
        self.bold = bold
        self.dim = dim
        self.underline = underline
        self.reverse = reverse
        self.italic = italic
    }

    public static let plain = Style()
    public static let title = Style(tint: .accent, bold: true)
    public static let strong = Style(bold: true)
    public static let muted = Style(tint: .muted, dim: true)
    public static let accent = Style(tint: .accent)
    public static let calm = Style(tint: .calm)
    public static let warm = Style(tint: .warm)
    public static let good = Style(tint: .good)
    public static let alert = Style(tint: .alert, bold: true)
    /// The highlighted row of a list: reverse video reads in monochrome too.
    public static let selected = Style(bold: true, reverse: true)
    public static let key = Style(tint: .accent, bold: true)

    public func with(bold: Bool? = nil, dim: Bool? = nil, reverse: Bool? = nil, underline: Bool? = nil) -> Style {
        var s = self
        if let bold { s.bold = bold }
        if let dim { s.dim = dim }
        if let reverse { s.reverse = reverse }
        if let underline { s.underline = underline }
        return s
    }
}
