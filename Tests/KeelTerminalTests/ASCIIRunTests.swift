import Testing

@testable import KeelTerminal

/// Plain ASCII is written as one run, not cell by cell: the run must leave
/// what cell-by-cell writing left (wide graphemes cut at either end: in
/// StandaloneTextTests, for both fast paths).
@Suite struct ASCIIRunTests {
    @Test func printableASCIIIsSpaceToTilde() {
        #expect(PrintableASCII.check(""))
        #expect(PrintableASCII.check(" ~azAZ09"))
        #expect(PrintableASCII.check(String(repeating: "long plain text ", count: 40)))
        for odd in ["\u{7F}", "\t", "a\nb", "\u{1F}", "é", "日", "tail é"] { #expect(!PrintableASCII.check(odd), "\(odd)") }
    }

    @Test func aRunIsClippedOnBothSidesAndCountsItsColumnsAsBefore() {
        var b = Buffer(size: Size(width: 10, height: 1))
        let clip = Rect(x: 3, y: 0, width: 4, height: 1)
        #expect(b.write("abcdefgh", x: 1, y: 0, clip: clip) == 6)
        #expect(b.line(0) == "   cdef")
        #expect(b.write("xyz", x: 8, y: 0, clip: clip) == 0)
        #expect(b.write("xyz", x: -2, y: 0) == 3)
        #expect(b.line(0) == "z  cdef")
        #expect(b.write("", x: 2, y: 0) == 0)
    }
}
