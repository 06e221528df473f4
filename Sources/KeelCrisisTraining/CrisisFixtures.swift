import KeelBase

/// The labelled sentences the crisis model learns from: every
/// `crisis-*.tsv` in the fixtures folder, one "label, tab, sentence" a line
/// (help/calm or 1/0; # starts a comment).
public struct CrisisFixtures: Sendable {
    public struct Line: Sendable {
        public let set: String
        public let help: Bool
        public let text: String
    }
    public let lines: [Line]
    /// FNV-1a over every file's name and bytes, in name order: the model
    /// file records it, and a test compares, so new fixtures mean retraining.
    public let digest: String

    public init(directory: String) throws(FileError) {
        let names = Posix.listDirectory(directory).filter { $0.hasPrefix("crisis-") && $0.hasSuffix(".tsv") }.sorted()
        var lines: [Line] = []
        var h: UInt64 = 14_695_981_039_346_656_037
        func fold(_ bytes: some Sequence<UInt8>) { for b in bytes { h = (h ^ UInt64(b)) &* 1_099_511_628_211 } }
        for name in names {
            let bytes = try Posix.read(directory + "/" + name)
            fold(name.utf8)
            fold([0])
            fold(bytes)
            lines += Self.lines(String(decoding: bytes, as: UTF8.self), set: String(name.dropLast(4)))
        }
        self.lines = lines
        let hex = String(h, radix: 16)
        digest = String(repeating: "0", count: 16 - hex.count) + hex
    }

    /// The labelled lines of one file's text.
    public static func lines(_ text: String, set: String) -> [Line] {
        text.split(separator: "\n").compactMap { row in
            let parts = row.split(separator: "\t", maxSplits: 1)
            guard !row.hasPrefix("#"), parts.count == 2, ["help", "calm", "1", "0"].contains(parts[0]) else { return nil }
            return Line(set: set, help: parts[0] == "help" || parts[0] == "1", text: String(parts[1]))
        }
    }

    /// The fixtures folder of this source tree.
    public static var sourceDirectory: String {
        let here = #filePath
        let root = here.components(separatedBy: "/Sources/").first ?? "."
        return root + "/Tests/KeelCoachTests/Fixtures"
    }
}
