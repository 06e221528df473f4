import KeelStore
import KeelTerminal

/// The form every record editor uses, over keel's calendar day.
typealias Form = FormWidget<CivilDate>

extension CivilDate: FormDay {
    public func ago(today: CivilDate) -> String { RhythmWords.ago(today.days(since: self)) }
    public func planned(today: CivilDate) -> String { PlanWords.day(self, today: today) }
}

extension FormWidget where Day == CivilDate {
    /// The values alone, to keep as a draft.
    var snapshot: JSONValue {
        var out: [String: JSONValue] = [:]
        for f in fields {
            switch f.value {
            case .text(let e): out[f.key] = .string(e.text)
            case .choice(let options, let i): out[f.key] = .string(options[i].id)
            case .rating(let n): out[f.key] = .number(Double(n))
            case .toggle(let on): out[f.key] = .bool(on)
            case .pick(let options, let ticked, _): out[f.key] = .array(options.map(\.id).filter(ticked.contains).map { .string($0) })
            case .day(let d), .when(let d): out[f.key] = d.map { .string($0.description) } ?? .null
            case .score(let n, _): out[f.key] = n.map { .number(Double($0)) } ?? .null
            }
        }
        return .object(out)
    }

    /// Puts back values from a draft; anything that no longer fits (a deleted circle) is left as it is.
    mutating func restore(_ state: JSONValue) {
        for i in fields.indices {
            guard let v = state[fields[i].key] else { continue }
            switch fields[i].value {
            case .text(var e):
                if let s = v.string { e.set(s); fields[i].value = .text(e) }
            case .choice(let options, _):
                if let s = v.string, let j = options.firstIndex(where: { $0.id == s }) { fields[i].value = .choice(options, j) }
            case .rating:
                if case .number(let n) = v, (1...5).contains(Int(n)) { fields[i].value = .rating(Int(n)) }
            case .toggle:
                if case .bool(let b) = v { fields[i].value = .toggle(b) }
            case .pick(let options, _, let cursor):
                if case .array(let items) = v {
                    let ids = Set(items.compactMap(\.string)).intersection(options.map(\.id))
                    fields[i].value = .pick(options, ids, cursor)
                }
            case .day:
                if case .null = v { fields[i].value = .day(nil) } else if let s = v.string, let d = CivilDate(s) { fields[i].value = .day(d) }
            case .when:
                if case .null = v { fields[i].value = .when(nil) } else if let s = v.string, let d = CivilDate(s) { fields[i].value = .when(d) }
            case .score(_, let percent):
                if case .null = v {
                    fields[i].value = .score(nil, percent: percent)
                } else if case .number(let n) = v, (0...(percent ? 100 : 10)).contains(Int(n)) {
                    fields[i].value = .score(Int(n), percent: percent)
                }
            }
        }
    }
}
