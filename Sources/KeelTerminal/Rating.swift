/// A 0-10 rating with words at both ends, for the flows, the check-in,
/// breathing and the forms' scores. Digits pick 0-9 directly, `1`
/// then `0` is 10 (as a person types it), the arrows move, Enter confirms;
/// with nothing picked, Enter skips when the rating is optional.
public struct Rating: Hashable, Sendable {
    public var value: Int?
    public var low: String
    public var high: String
    public static let range = 0...10
    /// The last key was the digit 1, so a 0 now makes 10.
    public var afterOne = false

    public init(value: Int? = nil, low: String, high: String) {
        self.value = value
        self.low = low
        self.high = high
    }

    /// True when the key changed the rating.
    public mutating func handle(_ key: Key) -> Bool {
        defer { afterOne = key.digit == 1 }
        if let d = key.digit {
            value = Rating.typed(d, afterOne: afterOne)
            return true
        }
        switch key {
        case .left, .char("h"), .char("-"):
            value = max(0, (value ?? 6) - 1)
        case .right, .char("l"), .char("+"):
            value = min(10, (value ?? 4) + 1)
        default:
            return false
        }
        return true
    }

    /// The value a digit gives: 0 straight after a 1 is 10.
    public static func typed(_ digit: Int, afterOne: Bool) -> Int { digit == 0 && afterOne ? 10 : digit }

    public static let rateHint = KeyHint("0-10 ←→", "rate")
    public static let hints = [rateHint, KeyHint("Enter", "confirm")]

    /// Draws the scale in two rows: the numbers, then the end words under its two ends.
    public func render(into buffer: inout Buffer, at x: Int, y: Int) {
        var col = x
        for n in Rating.range {
            let label = n == value ? "[\(n)]" : " \(n) "
            let style: Style = n == value ? .selected : .plain
            col += buffer.write(label, x: col, y: y, style: style)
        }
        let scaleWidth = col - x
        buffer.write(DisplayWidth.truncate(low, to: scaleWidth / 2), x: x, y: y + 1, style: .muted)
        let h = DisplayWidth.truncate(high, to: scaleWidth / 2)
        buffer.write(h, x: x + scaleWidth - DisplayWidth.of(h), y: y + 1, style: .muted)
    }
}
