import Testing
@testable import KeelTerminal

/// A pasted log line or base64 blob can be a megabyte without a space:
/// wrapping and measuring it is one pass over the text (make bench times
/// drawing a screen with one; here the cuts are checked).
@Suite struct LongWordTests {
    @Test func aMegabyteWordWrapsIntoFullLines() {
        let alphabet = Array("abcdefghijklmnopqrstuvwxyz0123456789+/")
        let word = String((0..<1_048_576).map { alphabet[$0 % alphabet.count] })
        let lines = Wrap.lines("before " + word + " after", width: 80)
        #expect(lines.first == "before")
        // 1,048,576 = 13,107 lines of 80 and 16 left over, which " after" joins.
        #expect(lines.count == 1 + 13_107 + 1)
        #expect(lines.last == String(word.suffix(16)) + " after")
        let full = lines.dropFirst().dropLast()
        #expect(full.allSatisfy { $0.utf8.count == 80 })
        let rejoined = full.joined() + String(word.suffix(16))
        #expect(rejoined == word, "nothing lost or doubled at the cuts")
    }

    @Test func aMegabyteOfWideAndJoinedGraphemesWrapsByColumns() {
        let unit = "日👍🏽é"  // 2 + 2 + 1 columns, é written as e and a combining accent
        let word = String(repeating: unit, count: 100_000)
        let lines = Wrap.lines(word, width: 9)
        let rejoined = lines.joined()
        #expect(rejoined == word)
        #expect(lines.dropLast().allSatisfy { DisplayWidth.of($0) <= 9 && DisplayWidth.of($0) >= 8 })
        #expect(DisplayWidth.of(word) == 500_000)
    }

    @Test func aMegabyteFieldDrawsOnlyWhatFits() {
        var b = Buffer(size: Size(width: 20, height: 3))
        let word = String(repeating: "é", count: 1_000_000)
        let rows = b.paragraph(word, in: Rect(x: 0, y: 0, width: 20, height: 3))
        #expect(rows == 3)
        #expect(b.lines == Array(repeating: String(repeating: "é", count: 20), count: 3))
    }

    /// The one-pass paths (ASCII bytes, scalars that stand alone) break lines
    /// exactly where the general one does; graphemes of several scalars take the general one.
    @Test func asciiAndGeneralWrappingAgree() {
        var seed: UInt64 = 42
        func next(_ n: Int) -> Int {
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            return Int((seed >> 33) % UInt64(n))
        }
        for alphabet in ["abcdefghij", "aé日😀ñ", "e\u{301}日👍🏽"] {
            let letters = Array(alphabet)
            for _ in 0..<1_000 {
                let text = String((0..<next(60)).map { _ in next(3) == 0 ? " " : letters[next(letters.count)] })
                let width = 1 + next(12)
                let general = Wrap.wrapParagraph(text, width: width)
                let onePass = Wrap.lines(text, width: width)
                #expect(general == onePass, "\"\(text)\" at \(width)")
            }
        }
    }

    @Test func aCarriageReturnBeforeANewlineGoesWithIt() {
        #expect(Wrap.lines("one\r\ntwo", width: 10) == ["one", "two"])
    }

    /// A large text's wrap is kept between frames, and never served for
    /// another text or another width.
    @Test func aKeptWrapIsOnlyReusedForTheSameTextAndWidth() {
        let a = String(repeating: "a", count: 100_000), b = String(repeating: "b", count: 100_000)
        let first = ScrollText.wrap([(a, .plain)], width: 80)
        #expect(first.count == 1_250 && first[0].0 == String(repeating: "a", count: 80))
        #expect(ScrollText.wrap([(a, .plain)], width: 80).count == 1_250)
        #expect(ScrollText.wrap([(a, .plain)], width: 50).count == 2_000)
        #expect(ScrollText.wrap([(b, .plain)], width: 50)[0].0 == String(repeating: "b", count: 50))
        #expect(ScrollText.wrap([(b, .strong)], width: 50)[0].1 == .strong)
    }
}
