import KeelStore
import KeelTerminal

/// One form field as a prompt: its label and place in words, what it is
/// for (the full screen's note without its keys), the value now, which
/// Enter keeps, and what can be typed. Choices and lists are numbered.
enum PlainField {
    enum Reply: Equatable {
        case value(Form.Value)
        case back
        case ended
    }

    static func ask(_ field: Form.Field, number: Int, of count: Int, today: CivilDate, _ talk: Conversation) -> Reply {
        let head = count == 1 ? "\(field.label)." : "Field \(number) of \(count): \(field.label)."
        let about = note(field.note)
        let lead = about.isEmpty ? head : head + " " + about
        switch field.value {
        case .text(let editor):
            return text(editor, lead, talk)
        case .choice(let options, let i):
            talk.say(lead)
            switch talk.pick("Which one?", options.map(\.label), current: i) {
            case .index(let j): return .value(.choice(options, j))
            case .none: return .value(field.value)
            case .back: return .back
            case .ended: return .ended
            }
        case .rating(let n):
            return whole(lead + " Type 1 to 5, where 5 is the most. Enter keeps \(n).", 1...5, keep: n, talk).map { .rating($0!) }
        case .toggle(let on):
            return toggle(on, lead, talk)
        case .pick(let options, let ticked, let cursor):
            guard !options.isEmpty else {
                talk.say(head + " Nothing to choose here yet.")
                return .value(field.value)
            }
            talk.say(lead)
            let now = Set(options.indices.filter { ticked.contains(options[$0].id) })
            switch talk.tick("Which ones?", options.map(\.label), ticked: now, required: false) {
            case .ticked(let picked): return .value(.pick(options, Set(picked.map { options[$0].id }), cursor))
            case .back: return .back
            case .ended: return .ended
            }
        case .day(let day):
            return self.day(day, planned: false, lead, today: today, talk)
        case .when(let day):
            return self.day(day, planned: true, lead, today: today, talk)
        case .score(let n, let percent):
            let range = percent ? 0...100 : Rating.range
            let keep = n.map { " Enter keeps \(percent ? "\($0)%" : String($0))." } ?? " Enter leaves it unrated."
            let prompt = lead + (percent ? " Type 0 to 100." : " Type 0 to 10.") + keep + (n == nil ? "" : " none clears it.")
            return whole(prompt, range, keep: n, clears: true, talk).map { .score($0, percent: percent) }
        }
    }

    /// A pick with no options is passed over: there is nothing to answer.
    static func isEmptyPick(_ field: Form.Field) -> Bool {
        if case .pick(let options, _, _) = field.value { return options.isEmpty }
        return false
    }

    // MARK: - Kinds

    static func text(_ editor: TextEditor, _ lead: String, _ talk: Conversation) -> Reply {
        let kept = editor.trimmed
        let keep = kept.isEmpty ? " Enter leaves it empty." : " Enter keeps: \(kept)"
        let typed = ["Type your words on one line, then Enter."] + (kept.isEmpty ? [] : ["Enter alone keeps what is there; clear empties it."])
        switch talk.ask(lead + keep, typed: typed) {
        case .back: return .back
        case .ended: return .ended
        case .answer(let line):
            let words = PlainText.trim(line)
            var editor = editor
            if words.isEmpty { return .value(.text(editor)) }
            if words.lowercased() == "clear" {
                editor.set("")
                return .value(.text(editor))
            }
            editor.set(words)
            if words.count > editor.maxLength { talk.say("That's longer than this can be, so keel kept the first \(editor.maxLength) characters.") }
            return .value(.text(editor))
        }
    }

    static func toggle(_ on: Bool, _ lead: String, _ talk: Conversation) -> Reply {
        while true {
            switch talk.ask(lead + " Type yes or no. Enter keeps \(on ? "yes" : "no").", typed: ["yes or no, then Enter."]) {
            case .back: return .back
            case .ended: return .ended
            case .answer(let line):
                switch PlainText.trim(line).lowercased() {
                case "": return .value(.toggle(on))
                case "yes", "y": return .value(.toggle(true))
                case "no", "n": return .value(.toggle(false))
                default: talk.say("yes or no, please.")
                }
            }
        }
    }

    /// A whole number in `range`, or nil (when `clears`, `none` empties it).
    /// The reply carries the number chosen, or the one kept.
    static func whole(_ prompt: String, _ range: ClosedRange<Int>, keep: Int?, clears: Bool = false, _ talk: Conversation) -> NumberReply {
        while true {
            let typed = ["A whole number from \(range.lowerBound) to \(range.upperBound), then Enter."] + (clears ? ["none leaves it unrated."] : [])
            switch talk.ask(prompt, typed: typed) {
            case .back: return .back
            case .ended: return .ended
            case .answer(let line):
                let t = PlainText.trim(line).lowercased().replacing("%", with: "")
                if t.isEmpty { return .number(keep) }
                if clears, t == "none" { return .number(nil) }
                if let n = Int(t), range.contains(n) { return .number(n) }
                talk.say("A whole number from \(range.lowerBound) to \(range.upperBound), please.")
            }
        }
    }

    enum NumberReply {
        case number(Int?)
        case back
        case ended

        func map(_ value: (Int?) -> Form.Value) -> Reply {
            switch self {
            case .number(let n): return .value(value(n))
            case .back: return .back
            case .ended: return .ended
            }
        }
    }

    /// A day already past (`planned` false: today or earlier) or one to plan for (today or later), or none.
    static func day(_ day: CivilDate?, planned: Bool, _ lead: String, today: CivilDate, _ talk: Conversation) -> Reply {
        let now = words(planned ? .when(day) : .day(day), today: today)
        let ways =
            planned
            ? "Type today, tomorrow, a weekday such as \(today.adding(days: 2).weekdayName), a number of days from now, a date such as \(today.adding(days: 7)), or none."
            : "Type today, yesterday, a number of days ago such as 3, a date such as \(today.adding(days: -7)), or none."
        while true {
            switch talk.ask("\(lead) \(ways) Enter keeps: \(now).", typed: [ways]) {
            case .back: return .back
            case .ended: return .ended
            case .answer(let line):
                let t = PlainText.trim(line).lowercased()
                if t.isEmpty { return .value(planned ? .when(day) : .day(day)) }
                if t == "none" { return .value(planned ? .when(nil) : .day(nil)) }
                guard let d = parse(t, planned: planned, today: today) else {
                    talk.say(planned ? "That isn't a day keel can plan for. \(ways)" : "That isn't a day keel knows, or it is still to come. \(ways)")
                    continue
                }
                return .value(planned ? .when(d) : .day(d))
            }
        }
    }

    static func parse(_ t: String, planned: Bool, today: CivilDate) -> CivilDate? {
        let sign = planned ? 1 : -1
        // "3 days ago", "in 2 days", "1 day": the number is what counts.
        var t = t
        for word in ["in ", " days ago", " day ago", " days", " day"] { t = t.replacing(word, with: "") }
        if t == "today" { return today }
        if t == (planned ? "tomorrow" : "yesterday") { return today.adding(days: sign) }
        if let n = Int(t), n >= 0, n <= 3660 { return today.adding(days: sign * n) }
        if planned, let i = CivilDate.weekdayNames.firstIndex(where: { $0.lowercased() == t || $0.lowercased().prefix(3) == t }) {
            // The next such day: today's weekday is a week from now.
            let ahead = (i + 1 - today.weekday + 7) % 7
            return today.adding(days: ahead == 0 ? 7 : ahead)
        }
        guard let d = CivilDate(t) else { return nil }
        return planned ? (d >= today ? d : nil) : (d <= today ? d : nil)
    }

    // MARK: - Words

    /// A field's value said in words, for the list of fields.
    static func words(_ value: Form.Value, today: CivilDate) -> String {
        switch value {
        case .text(let e): return e.trimmed.isEmpty ? "empty" : e.trimmed
        case .choice(let options, let i): return options[i].label
        case .rating(let n): return "\(n) of 5"
        case .toggle(let on): return on ? "yes" : "no"
        case .pick(let options, let ticked, _):
            let names = options.filter { ticked.contains($0.id) }.map(\.label)
            return names.isEmpty ? "none" : names.joined(separator: ", ")
        case .day(let d): return d.map { "\($0.ago(today: today)), \($0.short)" } ?? "not logged"
        case .when(let d): return d.map { "\($0.planned(today: today)), \($0.short)" } ?? "no day yet"
        case .score(let n, let percent): return n.map { percent ? "\($0)%" : "\($0) of 10" } ?? "not rated"
        }
    }

    /// The full screen's note without the keys it names (←→, Space, PgUp,
    /// digits): plain mode says its own way to answer after it.
    static func note(_ text: String) -> String {
        // Sentences end at a word ending in . ? or ! ("3 a.m." stays whole).
        var kept: [String] = []
        var sentence: [Substring] = []
        for word in text.split(separator: " ") {
            sentence.append(word)
            if let last = word.last, ".?!".contains(last) {
                kept.append(sentence.joined(separator: " "))
                sentence = []
            }
        }
        if !sentence.isEmpty { kept.append(sentence.joined(separator: " ")) }
        let keys = ["←→", "PgUp", "Digits", "Space ticks", "t today"]
        return kept.compactMap { part -> String? in
            var s = PlainText.trim(part)
            if s.hasPrefix("Space: ") { s = String(s.dropFirst(7)).firstUppercased }
            if s.hasPrefix("1-5: ") { s = String(s.dropFirst(5)).firstUppercased }
            return s.isEmpty || keys.contains(where: s.contains) ? nil : s
        }.joined(separator: " ")
    }
}

extension String {
    /// "they know" becomes "They know".
    fileprivate var firstUppercased: String { prefix(1).uppercased() + dropFirst() }
}
