import Testing

@testable import KeelTerminal

/// Text whose scalars each stand alone is measured, wrapped and written from
/// its bytes in one pass: it must give what the grapheme path gives.
@Suite struct StandaloneTextTests {
    @Test func widthsAreCountedFromTheBytesOrLeftToGraphemes() {
        #expect(StandaloneText.width("") == 0)
        #expect(StandaloneText.width("‹ 3 min ›  ·  on") == 16)
        #expect(StandaloneText.width("日本 é ↑↓") == 9)
        #expect(StandaloneText.width("🙂!") == 3)  // another plane: two columns
        for needsGraphemes in ["cafe\u{301}", "👍🏽", "🇯🇵", "a\tb", "a\nb", "👨‍👩‍👧", "한"] {
            #expect(StandaloneText.width(needsGraphemes) == nil, "\(needsGraphemes)")
        }
    }

    @Test func eachScalarIsDecodedWithItsLength() {
        let text = "aé日🙂"
        let decoded = text.utf8.withContiguousStorageIfAvailable { bytes in
            var out: [(UInt32, Int)] = []
            var i = 0
            while i < bytes.count, let (scalar, length) = StandaloneText.scalar(bytes, at: i) {
                out.append((scalar.value, length))
                i += length
            }
            return out
        }
        #expect(decoded?.map(\.0) == text.unicodeScalars.map(\.value))
        #expect(decoded?.map(\.1) == [1, 2, 3, 4])
    }

    /// Both fast paths, a plain ASCII run and text beyond ASCII from its bytes,
    /// blank a wide grapheme they cut at either end whole.
    @Test(arguments: ["ab", "→é"])
    func textCuttingWideGraphemesAtBothEndsBlanksThemWhole(_ text: String) {
        var b = Buffer(size: Size(width: 8, height: 1))
        b.write("日本語", x: 0, y: 0)
        let used = b.write(text, x: 1, y: 0, style: .strong)
        #expect(used == 2)
        #expect(b.line(0) == " \(text) 語")
        #expect(b[0, 0].text == " " && b[3, 0].text == " ")
        #expect(b[0, 0].style == .plain && b[3, 0].style == .plain)
        #expect(b[1, 0].style == .strong && b[2, 0].style == .strong)
        b.write("本", x: 5, y: 0, style: .warm)  // over the right half of 語
        #expect(b.line(0) == " \(text)  本")
        #expect(b[6, 0].isContinuation && b[6, 0].style == .warm)
    }

    @Test func wideTextIsClippedAndAWideGraphemeAtTheEdgeLeftOut() {
        var b = Buffer(size: Size(width: 10, height: 1))
        let clip = Rect(x: 2, y: 0, width: 4, height: 1)
        // · and 日 start left of the clip, 語 would cross its right edge.
        #expect(b.write("·日本語", x: 0, y: 0, clip: clip) == 5)
        #expect(b.line(0) == "   本")
        #expect(b.write("↑↓", x: 8, y: 0, clip: clip) == 0)
        #expect(b.write("日本", x: -1, y: 0) == 4)  // 日 starts off the left edge
        #expect(b.line(0) == " 本本")
    }

    @Test func aLineThatFitsIsItsOwnWrap() {
        #expect(Wrap.lines("← → change the length", width: 21) == ["← → change the length"])
        #expect(Wrap.lines("← → change the length", width: 20) == ["← → change the", "length"])
        #expect(Wrap.lines("‹ 3 min ›   ", width: 40) == ["‹ 3 min ›"])  // trailing spaces go, as before
        #expect(Wrap.lines("", width: 5) == [""])
        #expect(Wrap.lines("a\nb", width: 5) == ["a", "b"])
        #expect(Wrap.lines("cafe\u{301} 👍🏽", width: 10) == ["cafe\u{301} 👍🏽"])
    }
}
