import KeelStore
import KeelTerminal

/// A step's plan and history as lines of text, label beside value, for the
/// "just before" screen and the ladder's detail.
enum StepLines {
    /// "Way out      If it's too much…", the value wrapped under itself.
    static func labelled(_ label: String, _ value: String, width: Int, style: Style = .plain) -> [(String, Style)] {
        let labelWidth = width >= 50 ? 14 : width >= 30 ? 12 : 0
        if labelWidth == 0 {
            return [(label, .muted)] + Wrap.lines(value, width: max(1, width - 2)).map { ("  " + $0, style) }
        }
        let rows = Wrap.lines(value, width: max(1, width - labelWidth))
        return rows.enumerated().map { i, row in
            ((i == 0 ? DisplayWidth.pad(label, to: labelWidth) : String(repeating: " ", count: labelWidth)) + row, style)
        }
    }

    /// The plan: what to expect, the fear, the way out and the coping plan.
    static func plan(_ s: ExposureStep, width: Int) -> [(String, Style)] {
        var out: [(String, Style)] = []
        if let e = s.expected { out += labelled("Expect", "\(e) of 10 uncomfortable", width: width) }
        if !s.fear.isEmpty {
            out += labelled("I fear", s.fear + (s.likelihood.map { " (you thought it \($0)% likely)" } ?? ""), width: width)
        }
        out += labelled(
            "Way out", s.exitStrategy.isEmpty ? "none planned yet: e adds one" : s.exitStrategy, width: width,
            style: s.exitStrategy.isEmpty ? .muted : .strong)
        if !s.phrase.isEmpty { out += labelled("Tell myself", s.phrase, width: width, style: .calm) }
        if let name = s.personName { out += labelled("After", "message \(name)", width: width) }
        return out
    }

    /// The times the step was faced, newest first.
    static func history(_ attempts: [ExposureAttempt], width: Int) -> [(String, Style)] {
        var out: [(String, Style)] = []
        for a in attempts.reversed() {
            var head = a.day.short
            if let f = a.actual { head += a.expected.map { ": expected \($0), felt \(f)" } ?? ": felt \(f)" }
            switch a.fearCameTrue {
            case .no: head += "; the fear didn't come true"
            case .partly: head += "; the fear came true in part"
            case .yes: head += "; the fear came true"
            case .none: break
            }
            out += Wrap.lines(head, width: width).map { ($0, .strong) }
            for (label, text) in [("Happened", a.whatHappened), ("Helped", a.helped), ("Next time", a.adjust), ("Win", a.win)] where !text.isEmpty {
                out += labelled(label, text, width: width)
            }
        }
        return out
    }
}
