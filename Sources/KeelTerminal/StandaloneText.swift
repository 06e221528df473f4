/// Text read straight from its UTF-8 bytes, for the common case where every
/// scalar is a grapheme of its own (see `DisplayWidth.standsAlone`): arrows,
/// dots, box lines, accented letters typed precomposed, CJK. Every frame
/// measures and writes such text, and going through `unicodeScalars` costs
/// several times what a loop over the bytes does.
enum StandaloneText {
    /// The scalar whose encoding starts at byte `i`, and its length in bytes;
    /// nil for a byte that can't start one (never in a Swift string).
    @inline(__always)
    static func scalar(_ b: UnsafeBufferPointer<UInt8>, at i: Int) -> (scalar: Unicode.Scalar, length: Int)? {
        let lead = UInt32(b[i])
        let length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
        guard i + length <= b.count else { return nil }
        var value = length == 1 ? lead : lead & (0x7F >> UInt32(length))
        if length > 1 {
            for k in 1..<length { value = value << 6 | UInt32(b[i + k] & 0x3F) }
        }
        guard let scalar = Unicode.Scalar(value) else { return nil }
        return (scalar, length)
    }

    /// The columns of text whose every scalar stands alone, or nil when one
    /// does not (a mark, a joiner, a control): such text needs graphemes.
    static func width(_ b: UnsafeBufferPointer<UInt8>) -> Int? {
        if PrintableASCII.check(b) { return b.count }  // the common case, in the tightest loop
        var i = 0, total = 0
        while i < b.count {
            if b[i] &- 0x20 < 0x5F {  // printable ASCII: one column
                total += 1
                i += 1
                continue
            }
            guard let (scalar, length) = scalar(b, at: i), DisplayWidth.standsAlone(scalar) else { return nil }
            total += scalar.value < 0x300 ? 1 : DisplayWidth.width(of: scalar)
            i += length
        }
        return total
    }

    /// `width` of a string's bytes; nil also when they aren't contiguous.
    static func width(_ text: String) -> Int? {
        text.utf8.withContiguousStorageIfAvailable { width($0) } ?? nil
    }
}
