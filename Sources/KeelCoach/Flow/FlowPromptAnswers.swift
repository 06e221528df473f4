import KeelContent
import KeelStore

/// A prompt may name an earlier answer by its step's id in braces, so the
/// question speaks of what was chosen: "{strength}: when did you use it
/// lately?" becomes "Curiosity: when did you use it lately?". A step not
/// answered (or unknown) reads "it", so the sentence still stands.
extension FlowScreen {
    var prompt: String? { step.prompt.map { FlowPromptAnswers.fill($0, answers: session.answers) } }
}

enum FlowPromptAnswers {
    static func fill(_ prompt: String, answers: [String: Answer]) -> String {
        guard prompt.contains("{") else { return prompt }
        var out = ""
        var rest = Substring(prompt)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            out += rest[..<open]
            let id = String(rest[rest.index(after: open)..<close])
            let answer = answers[id].flatMap { $0.labels?.first ?? $0.text }
            out += answer.map { $0.isEmpty ? "it" : $0 } ?? "it"
            rest = rest[rest.index(after: close)...]
        }
        return out + rest
    }
}
