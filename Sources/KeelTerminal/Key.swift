/// A key press, already decoded from the terminal. Screens read these and
/// never see terminal bytes.
public enum Key: Hashable, Sendable {
    case char(Character)
    case enter
    /// Ctrl-J or Alt-Enter: a line break inside a long answer (Enter submits).
    case lineBreak
    case escape
    case backspace
    case delete
    case tab
    case backTab
    case up, down, left, right
    case home, end, pageUp, pageDown
    case function(Int)
    /// Control plus a letter, lowercase: Ctrl-C is `.ctrl("c")`.
    case ctrl(Character)
    /// Text pasted in one go (bracketed paste), line breaks as "\n". It goes
    /// only to a screen with a text field; it never submits or chooses.
    case paste(String)

    public static let ctrlC = Key.ctrl("c")

    /// Keys that only type, paste or move inside a text field: the words
    /// haven't left it yet (the crisis check waits; a small window lets them through).
    public var editsText: Bool {
        switch self {
        case .char, .paste, .lineBreak, .backspace, .delete, .left, .right, .home, .end: return true
        case .ctrl(let c): return "adeuwkb".contains(c)
        default: return false
        }
    }

    /// A digit key's value, for ratings.
    public var digit: Int? {
        if case .char(let c) = self, let v = c.wholeNumberValue, c.isASCII { return v }
        return nil
    }

    /// Decodes the plain bytes a terminal sends for ordinary keys.
    public static func fromScalar(_ value: UInt32) -> Key? {
        switch value {
        case 0x0D: return .enter
        case 0x0A: return .lineBreak
        case 0x1B: return .escape
        case 0x09: return .tab
        case 0x7F, 0x08: return .backspace
        case 0x01...0x1A: return .ctrl(Character(Unicode.Scalar(value + 0x60)!))
        case 0x00, 0x1C...0x1F: return nil  // Ctrl-Space, Ctrl-\ and friends: nothing keel uses
        default:
            guard let scalar = Unicode.Scalar(value) else { return nil }
            return .char(Character(scalar))
        }
    }
}

/// What the terminal tells the run loop.
public enum TerminalEvent: Hashable, Sendable {
    case key(Key)
    case resize(Size)
    /// SIGTERM, SIGHUP or SIGINT from outside: save and leave.
    case terminate(signal: Int32)
}
