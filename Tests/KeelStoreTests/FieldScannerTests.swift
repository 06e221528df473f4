import Foundation
import Testing
@testable import KeelStore

@Suite struct FieldScannerTests {
    @Test func readsTheWantedStringFieldsOfEachRecord() throws {
        let json = #"""
            {"format": 1, "kind": "journal", "month": "2026-11", "records": [
              {"answers": [{"step": "a", "text": "he said \"no\", {not} [this]"}], "created": "2026-11-02T08:00:00.000Z", "flow": "reframe", "id": "x", "n": 3.5},
              {"created": "2026-11-03T08:00:00.000Z", "deleted": "2026-11-04T08:00:00.000Z", "flow": "morning", "ok": true, "nothing": null},
              {}
            ]}
            """#
        let scanned = try #require(FieldScanner.records(Array(json.utf8), keys: ["flow", "created", "deleted"]))
        #expect(scanned.kind == "journal" && scanned.format == 1)
        #expect(
            scanned.records == [
                ["created": "2026-11-02T08:00:00.000Z", "flow": "reframe"],
                ["created": "2026-11-03T08:00:00.000Z", "deleted": "2026-11-04T08:00:00.000Z", "flow": "morning"],
                [:],
            ])
    }

    @Test func agreesWithTheStoresOwnFiles() throws {
        let tmp = TempDir()
        let store = try Store(root: tmp.data)
        try store.save([session("a", "2026-11-02T08:00:00.000Z"), session("b", "2026-11-03T09:00:00.123Z")])
        store.close()
        let fresh = try Store(root: tmp.data)
        let fields = try #require(fresh.fields(BreathSession.self, month: MonthKey(year: 2026, month: 11), keys: ["id", "created"]))
        #expect(fields.map { $0["id"] } == ["a", "b"])
        #expect(fields.map { $0["created"] } == ["2026-11-02T08:00:00.000Z", "2026-11-03T09:00:00.123Z"])
        #expect(fresh.fields(BreathSession.self, month: MonthKey(year: 2026, month: 12), keys: ["id"]) == [], "no file, no records")
    }

    /// A byte that is not UTF-8 is repaired in the loose scan (the string
    /// grows by two bytes) and the scan goes on from the string's real end.
    @Test func readsOnPastABrokenByte() {
        var bytes = Array(#"{"kind": "journal", "records": [{"flow": "aXb", "id": "x"}]}"#.utf8)
        bytes[bytes.firstIndex(of: UInt8(ascii: "X"))!] = 0xFF
        let scanned = FieldScanner.records(bytes, keys: ["flow", "id"])
        #expect(scanned?.records == [["flow": "a\u{FFFD}b", "id": "x"]])
    }

    @Test func leavesAnythingUnusualToTheFullDecoder() {
        for bad in ["{", "[]", #"{"records": [1, 2]}"#, #"{"records": [{"flow": "caf\u00e9"}]}"#, #"{"records": [{"a": }]}"#, "{\"records\": [{\"a\": \"open"] {
            let keys: Set<String> = ["flow", "a"]
            #expect(FieldScanner.records(Array(bad.utf8), keys: keys) == nil, "\(bad)")
        }
    }

    /// Skipped values are stepped over on the raw bytes and keys matched on
    /// theirs: nesting, escapes at a string's end, brackets and quotes
    /// inside text, UTF-8, CRLF, and a key written with an escape must all
    /// read as the decoder reads them.
    @Test func skipsWhatItDoesNotWantAsTheDecoderWould() throws {
        let json =
            "{\"format\": 1,\r\n\"kind\": \"journal\", \"records\": [\r\n"
            + #"{"answers": {"a": {"text": "ends in a backslash \\", "n": [1, [2, {"x": "]}"}]]}}, "flow": "reframe", "created": "2026-11-02T08:00:00.000Z"},"#
            + "\r\n"
            + #"{"id": "日本語 \"quoted\" {", "fl\/ow": "not flow", "flow": "morning", "deleted": null, "created": "2026-11-03T08:00:00.000Z"},"#
            + #"{"flow": "last", "createdX": "no", "create": "no"},"#
            + #"{"n": -1.5e3, "t": true, "flow": "tail"}"#
            + "\r\n]}\r\n"
        let scanned = try #require(FieldScanner.records(Array(json.utf8), keys: ["flow", "created", "deleted", "id"]))
        #expect(
            scanned.records == [
                ["flow": "reframe", "created": "2026-11-02T08:00:00.000Z"],
                ["id": "日本語 \"quoted\" {", "flow": "morning", "created": "2026-11-03T08:00:00.000Z"],
                ["flow": "last"],
                ["flow": "tail"],
            ])
        struct Loose: Decodable {
            var flow: String?
            var created: String?
            var deleted: String?
            var id: String?
        }
        struct File: Decodable { var records: [Loose] }
        let decoded = try JSONDecoder().decode(File.self, from: Data(json.utf8)).records
        #expect(scanned.records.map { $0["flow"] } == decoded.map(\.flow))
        #expect(scanned.records.map { $0["created"] } == decoded.map(\.created))
        #expect(scanned.records.map { $0["id"] } == decoded.map(\.id))
        for cut in [json.utf8.count - 5, json.utf8.count / 2, 40] {
            #expect(FieldScanner.records(Array(json.utf8.prefix(cut)), keys: ["flow"]) == nil, "cut at \(cut)")
        }
    }

    /// Text with escapes is copied run by run between them: escapes at
    /// either end, side by side, next to UTF-8, read as the decoder reads
    /// them; a cut-off escape, a \u escape or broken UTF-8 is refused.
    @Test func escapedTextReadsAsTheDecoderReadsIt() throws {
        let texts = [
            "\nDear me,\n\"well\" done.\n", "\\\\", "\"", "日本\t語\r\nend/", "a\\\"b", "\t\t", "é\n", "\n日",
        ]
        for text in texts {
            // By scalar: "\r\n" is one Character, which replacing() would pass over.
            let escaped = text.unicodeScalars.map { c -> String in
                switch c {
                case "\\": return "\\\\"
                case "\"": return "\\\""
                case "\n": return "\\n"
                case "\t": return "\\t"
                case "\r": return "\\r"
                case "/": return "\\/"
                default: return String(c)
                }
            }.joined()
            var strict = FieldScanner.Scan(bytes: Array("\"\(escaped)\"x".utf8), strict: true)
            #expect(strict.string() == text, "\(escaped)")
            #expect(strict.peek() == UInt8(ascii: "x"), "ends after the closing quote: \(escaped)")
            var loose = FieldScanner.Scan(bytes: Array("\"\(escaped)\"".utf8))
            #expect(loose.string() == text)
            let decoded = try JSONDecoder().decode([String].self, from: Data("[\"\(escaped)\"]".utf8))
            #expect(decoded == [text])
        }
        for bad in [#""a\"#, #""a\u0041""#, #""a\nb"#, "\"a\\n\u{01}\""] {
            var s = FieldScanner.Scan(bytes: Array(bad.utf8), strict: true)
            #expect(s.string() == nil, "\(bad)")
        }
        var broken = Array(#""a\nb""#.utf8)
        broken[broken.count - 2] = 0xFF
        var s = FieldScanner.Scan(bytes: broken, strict: true)
        #expect(s.string() == nil, "not UTF-8 after an escape")
    }

    /// A skipped string ends at the first quote after an even run of
    /// backslashes (found with memchr): runs of every length before an
    /// escaped quote and before the closing one, at the top and nested.
    @Test func aSkippedStringEndsAtItsOwnQuote() throws {
        for n in 0...5 {
            let text = String(repeating: "\\\\", count: n) + "\\\"" + String(repeating: "\\\\", count: n)
            let json = "{\"records\": [{\"skip\": \"\(text)\", \"nested\": {\"a\": [\"\(text)\", \"]}\"]}, \"flow\": \"f\(n)\"}]}"
            #expect(FieldScanner.records(Array(json.utf8), keys: ["flow"])?.records == [["flow": "f\(n)"]], "\(n)")
            var s = FieldScanner.Scan(bytes: Array("\"\(text)\" x".utf8))
            let skipped = s.skipValue()
            #expect(skipped)
            #expect(s.peek() == UInt8(ascii: "x"), "\(n)")
        }
        #expect(FieldScanner.records(Array(#"{"records": [{"skip": "a\"}]}"#.utf8), keys: ["flow"]) == nil, "an escaped quote is not the end")
        #expect(FieldScanner.records(Array(#"{"records": [{"skip": "a\\"}]}"#.utf8), keys: ["flow"])?.records == [[:]])
    }
}
