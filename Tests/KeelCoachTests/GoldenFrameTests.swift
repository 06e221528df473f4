import Foundation
import Testing
import KeelTerminal

/// The golden files themselves: styles are compared, files read back what
/// was written, and no file is left behind by a renamed test.
@Suite struct GoldenFrameTests {
    func sample() -> Buffer {
        var b = Buffer(size: Size(width: 12, height: 3))
        _ = b.write("keel", x: 1, y: 0, style: .title)
        _ = b.write("one", x: 2, y: 1, style: .selected)
        _ = b.write("two", x: 2, y: 2, style: Style(tint: .calm, underline: true))
        return b
    }

    @Test func stylesAreWrittenAsSymbolsWithALegend() {
        let g = GoldenFrame(sample())
        #expect(g.header == "12x3")
        #expect(g.text == [" keel", "  one", "  two"])
        #expect(g.legend == "styles: 1 calm underline, S bold reverse, T accent bold")
        #expect(g.styles == [".TTTT", "..SSS", "..111"])
    }

    @Test func aChangeOfStyleAloneIsADifference() {
        var changed = sample()
        _ = changed.write("one", x: 2, y: 1, style: .strong)
        let d = GoldenFrame(changed).differences(from: GoldenFrame(sample()))
        #expect(d.contains { $0.hasPrefix("row 1 styles") }, "\(d)")
        #expect(!d.contains { $0.contains("text") }, "the text is the same: \(d)")
        #expect(GoldenFrame(sample()).differences(from: GoldenFrame(sample())).isEmpty)
    }

    @Test func aFileReadsBackAsWritten() {
        var b = sample()
        b.cursor = Point(x: 3, y: 1)
        let g = GoldenFrame(b)
        #expect(g.header == "12x3 cursor 3,1")
        #expect(GoldenFrame(file: g.file) == g)
        #expect(GoldenFrame(file: "12x3\nonly one row\n") == nil)
    }

    @Test func everyGoldenFileIsComparedByATest() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: GoldenFiles.folder).filter { $0.hasSuffix(".txt") }
        #expect(files.count > 50)
        let folder = URL(fileURLWithPath: GoldenFiles.folder).deletingLastPathComponent().path
        let sources = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".swift") }
            .map { try String(contentsOfFile: folder + "/" + $0, encoding: .utf8) }.joined()
        for file in files {
            let name = String(file.dropLast(4))
            // InnerWorthScreenTests names a pair by its stem: "habits" for habits-80x24 and habits-40x12.
            let stem = name.replacingOccurrences(of: #"-\d+x\d+$"#, with: "", options: .regularExpression)
            #expect(sources.contains("\"\(name)\"") || sources.contains("\"\(stem)\""), "\(file) is compared by no test")
        }
    }
}
