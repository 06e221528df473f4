import KeelStore

/// `keel-bench field DIR BYTES [UNIT]`: a data folder holding one journal
/// entry whose answer is a single word of BYTES bytes, for timing a screen
/// that shows it: a pasted base64 blob, or UNIT repeated (such as "é日").
func writeFieldEntry(into dir: String, bytes: Int, unit: String? = nil) throws {
    let word: String
    if let unit, !unit.isEmpty {
        word = String(repeating: unit, count: max(1, bytes / unit.utf8.count))
    } else {
        let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)
        word = String(decoding: (0..<bytes).map { alphabet[($0 * 7 + $0 / 64) % alphabet.count] }, as: UTF8.self)
    }
    let store = try Store(root: dir)
    let answer = Answer(step: "what", kind: "text", prompt: "What happened?", text: word)
    try store.save(
        JournalEntry(
            id: RecordID.make(), created: Timestamp.now(), flow: "reframe",
            title: "A pasted blob", answers: [answer]))
}
