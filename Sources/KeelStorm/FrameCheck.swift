import KeelTerminal

/// What must hold for every frame, whatever was typed: each row takes
/// exactly the terminal's width, a wide grapheme is followed by its
/// continuation cell and never cut by the edge, no cell holds a character
/// that takes no room or a control character, and the cursor is on screen.
public enum FrameCheck {
    public static func problems(_ buffer: Buffer) -> [String] {
        var out: [String] = []
        let size = buffer.size
        for y in 0..<size.height {
            var x = 0
            while x < size.width {
                let cell = buffer[x, y]
                if cell.isContinuation {
                    out.append("row \(y) col \(x): a continuation cell with no wide character before it")
                    x += 1
                    continue
                }
                if cell.text.unicodeScalars.contains(where: { $0.value < 0x20 || (0x7F..<0xA0).contains($0.value) }) {
                    out.append("row \(y) col \(x): a control character in a cell")
                }
                let width = DisplayWidth.of(cell.text)
                if width == 0 { out.append("row \(y) col \(x): \"\(cell.text.unicodeScalars.map { String($0.value, radix: 16) })\" takes no room") }
                if width >= 2 {
                    // A grapheme of w columns (a Devanagari syllable can take three) is followed by w - 1 continuations.
                    if x + width > size.width {
                        out.append("row \(y): a wide character cut by the right edge")
                    } else if !(x + 1..<x + width).allSatisfy({ buffer[$0, y].isContinuation }) {
                        out.append("row \(y) col \(x): a wide character without its second half")
                    }
                    x += width
                } else {
                    x += 1
                }
            }
        }
        if let c = buffer.cursor, c.x < 0 || c.y < 0 || c.x >= size.width || c.y >= size.height {
            out.append("the cursor (\(c.x), \(c.y)) is off screen")
        }
        return out
    }
}
