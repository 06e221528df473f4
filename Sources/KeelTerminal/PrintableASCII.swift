/// Is every byte of the text printable ASCII (space to tilde)? Such text
/// is one column per byte and needs no grapheme breaking, and most of what
/// keel draws is. A plain loop over the bytes in place: every frame asks
/// this of each string it writes, and a closure per byte costs several
/// times as much.
public enum PrintableASCII {
    public static func check(_ text: String) -> Bool {
        if let answer = text.utf8.withContiguousStorageIfAvailable({ check($0) }) { return answer }
        return text.utf8.allSatisfy { $0 >= 0x20 && $0 < 0x7F }
    }

    public static func check(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        // 0x20...0x7E, shifted down to 0...0x5E: one comparison a byte.
        for byte in bytes where byte &- 0x20 >= 0x5F { return false }
        return true
    }
}
