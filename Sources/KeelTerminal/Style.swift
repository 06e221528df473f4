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
    /// Packed: bits 0-2 the tint (0 = none), then bold, dim, underline,
    /// reverse, italic. Frames compare thousands of styles, so one integer
    /// compare each.
    private var bits: UInt16

    public init(
        tint: Tint? = nil, bold: Bool = false, dim: Bool = false,
        underline: Bool = false, reverse: Bool = false, italic: Bool = false
    ) {
        bits = UInt16(tint?.rawValue ?? 0)
        self.bold = bold
        self.dim = dim
        self.underline = underline
        self.reverse = reverse
        self.italic = italic
    }

    public var tint: Tint? {
        get { Tint(rawValue: UInt8(bits & 0b111)) }
        set { bits = (bits & ~0b111) | UInt16(newValue?.rawValue ?? 0) }
    }

    private func flag(_ n: UInt16) -> Bool { bits & (1 << n) != 0 }
    private mutating func set(_ n: UInt16, _ on: Bool) { bits = on ? bits | (1 << n) : bits & ~(1 << n) }

    public var bold: Bool {
        get { flag(3) }
        set { set(3, newValue) }
    }
    public var dim: Bool {
        get { flag(4) }
        set { set(4, newValue) }
    }
    public var underline: Bool {
        get { flag(5) }
        set { set(5, newValue) }
    }
    public var reverse: Bool {
        get { flag(6) }
        set { set(6, newValue) }
    }
    public var italic: Bool {
        get { flag(7) }
        set { set(7, newValue) }
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
