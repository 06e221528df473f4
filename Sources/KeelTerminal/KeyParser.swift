/// Turns the bytes a terminal sends into keys, whatever TERM claims: the
/// common xterm, vt220, rxvt and Linux console sequences are known by heart,
/// a sequence it doesn't know is swallowed whole (never typed as text), and
/// a bracketed paste arrives as one `.paste`.
///
/// Bytes come in as they are read; a sequence split across reads (common
/// over ssh) waits for its tail. When nothing more comes, the backend calls
/// `flush`: a lone Esc is the Esc key, half a sequence is dropped.
public struct KeyParser: Sendable {
    private enum State: Sendable {
        case ground
        /// After Esc: a sequence, Alt-Enter, or the Esc key itself.
        case escape
        /// After Esc [ (CSI) or Esc O (SS3): parameters until a final byte.
        case csi(params: [UInt8])
        case ss3(params: [UInt8])
        /// Linux console F1-F5: Esc [ [ A..E.
        case consoleFunction
        /// Inside a bracketed paste, until Esc [ 201 ~.
        case paste
    }

    private var state = State.ground
    /// A UTF-8 character begun but not finished.
    private var pendingUTF8: [UInt8] = []
    private var pasted: [UInt8] = []
    private var keys: [Key] = []

    static let pasteEnd: [UInt8] = Array("\u{1B}[201~".utf8)

    public init() {}

    /// True while the bytes so far end inside a sequence: the caller should
    /// wait a little for the rest before calling `flush`.
    public var isWaiting: Bool {
        if case .ground = state { return !pendingUTF8.isEmpty }
        return true
    }

    /// True inside a bracketed paste, which may take a while to arrive.
    public var isInPaste: Bool {
        if case .paste = state { return true }
        return false
    }

    /// Feeds bytes; returns the keys they completed.
    public mutating func feed<Bytes: Sequence>(_ bytes: Bytes) -> [Key] where Bytes.Element == UInt8 {
        for byte in bytes { step(byte) }
        defer { keys.removeAll(keepingCapacity: true) }
        return keys
    }

    /// No more bytes came: ends whatever was begun.
    public mutating func flush() -> [Key] {
        switch state {
        case .escape: keys.append(.escape)
        case .paste: finishPaste(droppingTail: 0)  // the terminal never ended it: keep what came
        default: break
        }
        state = .ground
        if !pendingUTF8.isEmpty { keys.append(.char("\u{FFFD}")) }
        pendingUTF8.removeAll()
        defer { keys.removeAll(keepingCapacity: true) }
        return keys
    }

    private mutating func step(_ byte: UInt8) {
        switch state {
        case .ground:
            ground(byte)
        case .escape:
            state = .ground
            switch byte {
            case UInt8(ascii: "["): state = .csi(params: [])
            case UInt8(ascii: "O"): state = .ss3(params: [])
            case 0x0D, 0x0A: keys.append(.lineBreak)  // Alt-Enter
            default:
                // Esc and then another key, pressed quickly ("Esc, q" to go
                // back and quit): both keys, as they were pressed.
                keys.append(.escape)
                ground(byte)
            }
        case .csi(var params):
            if byte == UInt8(ascii: "["), params.isEmpty {
                state = .consoleFunction
            } else if (0x20...0x3F).contains(byte) {
                // A runaway sequence keeps being swallowed; its parameters stop mattering.
                if params.count < 64 { params.append(byte) }
                state = .csi(params: params)
            } else if (0x40...0x7E).contains(byte) {
                state = .ground
                csi(params, final: byte)
            } else {
                // Not a sequence after all: drop it and read this byte afresh.
                state = .ground
                ground(byte)
            }
        case .ss3(var params):
            if (0x30...0x3F).contains(byte) {
                if params.count < 64 { params.append(byte) }
                state = .ss3(params: params)
            } else if (0x40...0x7E).contains(byte) {
                state = .ground
                if let key = KeyParser.ss3(byte) { keys.append(key) }
            } else {
                state = .ground
                ground(byte)
            }
        case .consoleFunction:
            state = .ground
            if (UInt8(ascii: "A")...UInt8(ascii: "E")).contains(byte) {
                keys.append(.function(Int(byte - UInt8(ascii: "A")) + 1))
            } else if !(0x40...0x7E).contains(byte) {
                ground(byte)
            }
        case .paste:
            pasted.append(byte)
            if pasted.count >= KeyParser.pasteEnd.count, pasted.suffix(KeyParser.pasteEnd.count).elementsEqual(KeyParser.pasteEnd) {
                finishPaste(droppingTail: KeyParser.pasteEnd.count)
                state = .ground
            }
        }
    }

    private mutating func ground(_ byte: UInt8) {
        if !pendingUTF8.isEmpty || byte >= 0x80 {
            utf8(byte)
            return
        }
        if byte == 0x1B {
            state = .escape
        } else if let key = Key.fromScalar(UInt32(byte)) {
            keys.append(key)
        }
    }

    /// Collects a UTF-8 character byte by byte; a broken one becomes U+FFFD
    /// so a typed character is never silently lost.
    private mutating func utf8(_ byte: UInt8) {
        if pendingUTF8.isEmpty {
            guard byte >= 0xC2, byte <= 0xF4 else {
                keys.append(.char("\u{FFFD}"))
                return
            }
            pendingUTF8 = [byte]
            return
        }
        guard byte & 0xC0 == 0x80 else {
            pendingUTF8.removeAll()
            keys.append(.char("\u{FFFD}"))
            ground(byte)
            return
        }
        pendingUTF8.append(byte)
        let needed = pendingUTF8[0] >= 0xF0 ? 4 : pendingUTF8[0] >= 0xE0 ? 3 : 2
        guard pendingUTF8.count == needed else { return }
        let decoded = String(decoding: pendingUTF8, as: UTF8.self)
        pendingUTF8.removeAll()
        for scalar in decoded.unicodeScalars { keys.append(.char(Character(scalar))) }
    }

    private mutating func finishPaste(droppingTail tail: Int) {
        let body = pasted.dropLast(tail)
        var text = String(decoding: body, as: UTF8.self)
        // Terminals send a pasted line break as CR, LF or both.
        text = text.replacing("\r\n", with: "\n").replacing("\r", with: "\n")
        pasted.removeAll()
        keys.append(.paste(text))
    }

    private mutating func csi(_ params: [UInt8], final: UInt8) {
        let text = String(decoding: params, as: UTF8.self)
        // "1;5C" is Ctrl-Right: the first number says which key, the second
        // the modifiers, which keel doesn't use.
        let numbers = text.split(separator: ";", omittingEmptySubsequences: false).map { Int($0) }
        let first = numbers.first ?? nil
        let isPlain = params.allSatisfy { (0x30...0x3B).contains($0) }  // digits and ; only
        guard isPlain else { return }  // private or intermediate forms: not a key keel knows
        switch final {
        case UInt8(ascii: "A"): keys.append(.up)
        case UInt8(ascii: "B"): keys.append(.down)
        case UInt8(ascii: "C"): keys.append(.right)
        case UInt8(ascii: "D"): keys.append(.left)
        case UInt8(ascii: "H"): keys.append(.home)
        case UInt8(ascii: "F"): keys.append(.end)
        case UInt8(ascii: "Z"): keys.append(.backTab)
        case UInt8(ascii: "P"), UInt8(ascii: "Q"), UInt8(ascii: "R"), UInt8(ascii: "S"):
            keys.append(.function(Int(final - UInt8(ascii: "P")) + 1))
        case UInt8(ascii: "~"):
            if first == 200 {
                state = .paste
                pasted.removeAll()
            } else if let first, let key = KeyParser.tilde(first) {
                keys.append(key)
            }
        default:
            break  // a key keel doesn't use, or a report: swallowed whole
        }
    }

    /// Esc [ n ~, as xterm, vt220, rxvt and the Linux console send them.
    static func tilde(_ n: Int) -> Key? {
        switch n {
        case 1, 7: return .home
        case 4, 8: return .end
        case 3: return .delete
        case 5: return .pageUp
        case 6: return .pageDown
        case 11...15: return .function(n - 10)
        case 17...21: return .function(n - 11)
        case 23, 24: return .function(n - 12)
        default: return nil
        }
    }

    /// Esc O x: arrows and Home/End in application mode, F1-F4, keypad Enter.
    static func ss3(_ final: UInt8) -> Key? {
        switch final {
        case UInt8(ascii: "A"): return .up
        case UInt8(ascii: "B"): return .down
        case UInt8(ascii: "C"): return .right
        case UInt8(ascii: "D"): return .left
        case UInt8(ascii: "H"): return .home
        case UInt8(ascii: "F"): return .end
        case UInt8(ascii: "M"): return .enter
        case UInt8(ascii: "P"), UInt8(ascii: "Q"), UInt8(ascii: "R"), UInt8(ascii: "S"):
            return .function(Int(final - UInt8(ascii: "P")) + 1)
        default: return nil
        }
    }
}
