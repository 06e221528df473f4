import Foundation
import Testing
@testable import KeelTerminal

/// DisplayWidth against two references over every code point: Python's
/// `wcwidth` package and glibc's wcwidth(3), as Tests/Unicode/widths.txt
/// holds them (Tests/Unicode/make_width_fixture.py writes it and says how
/// keel chooses where the two disagree).
@Suite struct DisplayWidthFixtureTests {
    struct Range {
        let first: UInt32, last: UInt32, python: Int, glibc: Int, keel: Int
    }

    static let fixture: [Range] = {
        let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Unicode/widths.txt").path
        let text = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
        return text.split(separator: "\n").compactMap { line in
            if line.hasPrefix("#") { return nil }
            let f = line.split(separator: " ")
            guard f.count == 5, let a = UInt32(f[0], radix: 16), let b = UInt32(f[1], radix: 16),
                let p = Int(f[2]), let g = Int(f[3]), let k = Int(f[4])
            else { return nil }
            return Range(first: a, last: b, python: p, glibc: g, keel: k)
        }
    }()

    @Test func theFixtureCoversEveryScalar() {
        let count = Self.fixture.reduce(0) { $0 + Int($1.last - $1.first) + 1 }
        #expect(count == 0x110000 - 0x800, "every code point but the 2,048 surrogates")
    }

    @Test func everyScalarHasTheChosenWidth() {
        var wrong: [String] = []
        var agreePython = 0, agreeGlibc = 0, total = 0
        for r in Self.fixture {
            for v in r.first...r.last {
                guard let scalar = Unicode.Scalar(v) else { continue }
                let w = DisplayWidth.width(of: scalar)
                total += 1
                if w != r.keel, wrong.count < 20 { wrong.append(String(v, radix: 16) + ": \(w), chose \(r.keel)") }
                if w == max(r.python, 0) { agreePython += 1 }
                if w == max(r.glibc, 0) { agreeGlibc += 1 }
            }
        }
        #expect(wrong.isEmpty, "\(wrong)")
        #expect(total == 0x110000 - 0x800)
        print("DisplayWidth over \(total) code points: agrees with Python wcwidth on \(agreePython), with glibc on \(agreeGlibc)")
    }

    @Test func theRemarkedCasesAreRight() {
        #expect(DisplayWidth.width(of: "\u{1F321}") == 1, "🌡 is shown as text unless a selector asks for a picture")
        #expect(DisplayWidth.width(of: "\u{1F54A}") == 1, "🕊")
        #expect(DisplayWidth.width(of: "\u{1F600}") == 2)
        #expect(DisplayWidth.width(of: "\u{1FA70}") == 2, "🩰, beyond the old wide ranges")
        #expect(DisplayWidth.width(of: "\u{093F}") == 1, "a spacing vowel sign takes a column")
        #expect(DisplayWidth.width(of: "\u{0301}") == 0)
    }
}
