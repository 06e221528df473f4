import Foundation
import Testing
@testable import KeelStore

/// Drafts are read at every start by the strict scan, their state by
/// `FieldScanner.Scan.json`: on any file, it must give the decoder's very
/// drafts, or nothing (then the decoder reads the file, as before).
@Suite struct DraftScanTests {
    static let t = Timestamp.parse("2026-11-30T22:43:00.000Z")!

    /// The scan against the decoder on one file: when the scan answers, the
    /// decoder reads the same drafts, to the bit of every number; when the
    /// decoder refuses the file, so does the scan. Says whether it scanned.
    @discardableResult
    static func agree(_ bytes: [UInt8], _ why: String) -> Bool {
        let scanned = Store.scanned(bytes, as: Draft.self)
        let decoded = try? KeelJSON.decode(FileEnvelope<Draft>.self, from: bytes)
        let usable = decoded.map { $0.kind == Draft.kind.name && $0.format <= Store.formatVersion } ?? false
        guard let scanned else { return false }
        #expect(usable, "the scan read a file the decoder refuses: \(why)")
        guard let decoded else { return true }
        #expect(scanned == decoded.records, "\(why)")
        #expect(zip(scanned, decoded.records).allSatisfy { same($0.state, $1.state) }, "numbers differ in their bits: \(why)")
        return true
    }

    /// Equal, and every number with the same bits (`==` takes -0 for 0).
    static func same(_ a: JSONValue, _ b: JSONValue) -> Bool {
        switch (a, b) {
        case (.number(let x), .number(let y)): return x.bitPattern == y.bitPattern
        case (.array(let x), .array(let y)): return x.count == y.count && zip(x, y).allSatisfy { same($0, $1) }
        case (.object(let x), .object(let y)): return x.count == y.count && x.allSatisfy { k, v in y[k].map { same(v, $0) } ?? false }
        default: return a == b
        }
    }

    /// The drafts file as the store writes it.
    static func written(_ drafts: [Draft]) throws -> [UInt8] {
        let tmp = TempDir()
        let store = try Store(root: tmp.data)
        try store.save(drafts)
        return tmp.bytes("drafts.json")
    }

    static func file(state: String, extra: String = "") -> [UInt8] {
        Array(
            #"{"format": 1, "kind": "drafts", "records": [{"created": "2026-11-30T22:43:00.000Z", "id": "flow:x", "state": \#(state), "title": "T", "updated": "2026-11-30T22:43:00.000Z"\#(extra)}]}"#
                .utf8)
    }

    /// A made-up value of any shape, from a seeded generator.
    static func value(_ rng: inout SeededGenerator, depth: Int = 0) -> JSONValue {
        let pieces = ["a", "Z", " ", "é", "e\u{301}", "日", "🙂", "\"", "\\", "/", "\n", "\t", "\r", "\u{01}", "\u{7F}", "\u{2028}", "step", "0"]
        func text() -> String { (0..<Int.random(in: 0...6, using: &rng)).map { _ in pieces.randomElement(using: &rng)! }.joined() }
        let numbers: [Double] = [0, -0.0, 1, -1, 7, 2.5, -3.25, 1e15, 999_999_999_999_999, 1e16, 123_456_789_012_345_678, 1e300, 0.1]
        switch Int.random(in: 0..<(depth > 3 ? 5 : 7), using: &rng) {
        case 0: return .null
        case 1: return .bool(Bool.random(using: &rng))
        case 2: return .number(numbers.randomElement(using: &rng)!)
        case 3: return .number(Double(Int.random(in: -100_000...100_000, using: &rng)))
        case 4: return .string(text())
        case 5: return .array((0..<Int.random(in: 0...4, using: &rng)).map { _ in value(&rng, depth: depth + 1) })
        default:
            var o: [String: JSONValue] = [:]
            for _ in 0..<Int.random(in: 0...4, using: &rng) { o[text()] = value(&rng, depth: depth + 1) }
            return .object(o)
        }
    }

    @Test func theSamplesDraftScans() throws {
        let state: JSONValue = .object([
            "answers": .object([
                "notice": .object(["kind": .string("text"), "step": .string("notice"), "text": .string("Everyone else got the invite to Jonas's dinner.")])
            ]),
            "current": .string("where"), "history": .array([.string("start"), .string("notice")]), "cursor": .number(12),
        ])
        var gone = Draft(id: "letter:2026-11-23", title: "Letter", state: .null, at: Self.t)
        gone.deleted = Self.t
        let bytes = try Self.written([Draft(id: "flow:self-compassion", title: "Self-compassion break", state: state, at: Self.t), gone])
        #expect(Self.agree(bytes, "the sample's draft and a tombstone"))
        #expect(Store.scanned(bytes, as: Draft.self)?.first?.state == state)
    }

    /// Drafts of every shape, as the store writes them: the scan reads most
    /// of them (so this compares something) and agrees on all.
    @Test func agreesWithTheDecoderOnMadeUpDrafts() throws {
        var rng = SeededGenerator(seed: 19)
        var scanned = 0
        let n = 400
        for k in 0..<n {
            let state = Self.value(&rng)
            let bytes = try Self.written([Draft(id: "d\(k)", title: "Draft \(k)", state: state, at: Self.t)])
            if Self.agree(bytes, "\(state)") { scanned += 1 }
        }
        #expect(scanned > n / 5, "only \(scanned) of \(n) scanned")
    }

    /// The same files with bytes changed, taken out or repeated: wherever
    /// the scan still answers, the decoder agrees.
    @Test func agreesWithTheDecoderOnDamagedDrafts() throws {
        var rng = SeededGenerator(seed: 1919)
        let swaps = Array(#"{}[]",:-0123456789.eE+ \tnulltruefalse\/u"#.utf8) + [0x00, 0x0A, 0x80, 0xC3, 0xFF]
        var scanned = 0
        for k in 0..<150 {
            let base = try Self.written([Draft(id: "d\(k)", title: "D", state: Self.value(&rng), at: Self.t)])
            for _ in 0..<12 {
                var bytes = base
                let at = Int.random(in: 0..<bytes.count, using: &rng)
                switch Int.random(in: 0..<3, using: &rng) {
                case 0: bytes[at] = swaps.randomElement(using: &rng)!
                case 1: bytes.remove(at: at)
                default: bytes.insert(contentsOf: bytes[at..<min(bytes.count, at + Int.random(in: 1...8, using: &rng))], at: at)
                }
                if Self.agree(bytes, String(decoding: bytes, as: UTF8.self)) { scanned += 1 }
            }
        }
        #expect(scanned > 30, "only \(scanned) damaged files scanned")
    }

    /// What the decoder might read differently, or refuse, goes to it.
    @Test func leavesTheUnusualToTheDecoder() {
        #expect(
            Store.scanned(Self.file(state: #"{"a": [1, true, null, "x"]}"#), as: Draft.self)?.first?.state
                == .object(["a": .array([.number(1), .bool(true), .null, .string("x")])]))
        #expect(Store.scanned(Self.file(state: "null"), as: Draft.self)?.first?.state == .null)
        #expect(Store.scanned(Self.file(state: #""text""#), as: Draft.self)?.first?.state == .string("text"))
        let deep = String(repeating: "[", count: 40) + String(repeating: "]", count: 40)
        let unusual: [(String, [UInt8])] = [
            ("minus zero", Self.file(state: #"{"a": -0}"#)),
            ("a fraction", Self.file(state: #"{"a": 2.5}"#)),
            ("an exponent", Self.file(state: #"{"a": 1e2}"#)),
            ("sixteen digits", Self.file(state: #"{"a": 1234567890123456}"#)),
            ("a leading zero", Self.file(state: #"{"a": 01}"#)),
            ("a \\u escape", Self.file(state: #"{"a": "caf\u00e9"}"#)),
            ("a key twice", Self.file(state: #"{"a": 1, "a": 2}"#)),
            ("a key twice as Swift compares text", Self.file(state: "{\"\u{e9}\": 1, \"e\u{301}\": 2}")),
            ("a trailing comma", Self.file(state: #"{"a": 1,}"#)),
            ("a bare word", Self.file(state: #"{"a": nul}"#)),
            ("a control character", Self.file(state: "{\"a\": \"x\u{01}\"}")),
            ("deep nesting", Self.file(state: deep)),
            ("a bare number", Self.file(state: "3")),
            (
                "no state",
                Array(
                    #"{"format": 1, "kind": "drafts", "records": [{"created": "2026-11-30T22:43:00.000Z", "id": "x", "title": "T", "updated": "2026-11-30T22:43:00.000Z"}]}"#
                        .utf8)
            ),
            ("a key it doesn't know", Self.file(state: "{}", extra: #", "colour": "red""#)),
        ]
        for (why, bytes) in unusual {
            #expect(Store.scanned(bytes, as: Draft.self) == nil, "\(why)")
            Self.agree(bytes, why)
        }
    }

    /// Through the store, the draft read at start is the one saved, and a
    /// file the scan leaves alone is still read by the decoder.
    @Test func theStoreReadsDraftsEitherWay() throws {
        let tmp = TempDir()
        try tmp.write("drafts.json", String(decoding: Self.file(state: #"{"a": 2.5, "b": "caf\u00e9"}"#), as: UTF8.self))
        let store = try Store(root: tmp.data)
        #expect(store.draft("flow:x")?.state == .object(["a": .number(2.5), "b": .string("café")]))
        #expect(store.problems.isEmpty)
        try store.saveDraft(id: "flow:y", title: "Y", state: .object(["n": .number(3)]))
        let again = try Store(root: tmp.data)
        #expect(again.draft("flow:y")?.state == .object(["n": .number(3)]))
        #expect(Store.scanned(tmp.bytes("drafts.json"), as: Draft.self) == nil, "the fraction still goes to the decoder")
    }
}

/// Knuth's 64-bit linear congruential step, high bits out: enough to make
/// varied drafts, the same ones every run, so a failure repeats.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return state ^ (state >> 29)
    }
}
