import Foundation
import Testing
@testable import KeelTerminal

@Suite struct AsciiStandInTests {
    @Test func everyStandInIsOnePrintableASCIICharacterForAOneColumnGlyph() {
        for (glyph, standIn) in AsciiStandIn.glyphs {
            #expect(DisplayWidth.of(glyph) == 1, "\(glyph)")
            #expect(standIn.isASCII && standIn != " " && DisplayWidth.of(String(standIn)) == 1, "\(glyph)")
        }
    }

    @Test func theHeatmapAndTheCircleShapesStayTellable() {
        let heatmap = ["■", "▪", "○", "·"].map { AsciiStandIn.text($0, columns: 1) }
        #expect(heatmap == ["#", "+", "o", "."])
        let circles = ["●", "○", "♥", "♡", "♣", "♧", "✚", "✙", "■", "□", "▲", "△", "✦", "✧", "◆", "◇", "▼", "▽", "★", "☆"]
        let drawn = circles.map { AsciiStandIn.text($0, columns: 1) }
        #expect(Set(drawn).count == circles.count, "\(drawn)")
    }

    @Test func otherTextKeepsItsColumns() {
        #expect(AsciiStandIn.text("日", columns: 2) == "??")
        #expect(AsciiStandIn.text("é", columns: 1) == "?")
        #expect(AsciiStandIn.text("a", columns: 1) == "a")
        #expect(AsciiStandIn.text("👨‍👩‍👧", columns: 2) == "??")
    }

    /// Every glyph beyond ASCII that keel's own screens draw has a stand-in.
    @Test func everyGlyphInKeelsScreensHasAStandIn() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        var missing = Set<String>()
        for folder in ["Sources/KeelCoach", "Sources/KeelTerminal"] {
            let base = root.appendingPathComponent(folder)
            let files = FileManager.default.enumerator(atPath: base.path)?.compactMap { $0 as? String } ?? []
            for file in files where file.hasSuffix(".swift") && !file.hasSuffix("AsciiStandIn.swift") {
                let text = try String(contentsOf: base.appendingPathComponent(file), encoding: .utf8)
                for line in text.split(separator: "\n") where !line.trimmingCharacters(in: .whitespaces).hasPrefix("//") {
                    for ch in line where !ch.isASCII && !ch.isLetter && AsciiStandIn.glyphs[String(ch)] == nil {
                        missing.insert(String(ch))
                    }
                }
            }
        }
        #expect(missing.isEmpty, "no stand-in for \(missing.sorted())")
    }
}
