#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import KeelStore

/// `keel-bench field DIR BYTES`: a data folder holding one journal entry
/// whose answer is a single word of BYTES bytes (a pasted base64 blob), for
/// timing a screen that shows it.
func writeFieldEntry(into dir: String, bytes: Int) throws {
    let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)
    let word = String(decoding: (0..<bytes).map { alphabet[($0 * 7 + $0 / 64) % alphabet.count] }, as: UTF8.self)
    let store = try Store(root: dir)
    let answer = Answer(step: "what", kind: "text", prompt: "What happened?", text: word)
    try store.save(JournalEntry(id: RecordID.make(), created: Timestamp.now(), flow: "reframe",
                                title: "A pasted blob", answers: [answer]))
}
