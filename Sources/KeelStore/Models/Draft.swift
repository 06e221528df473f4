/// Words typed but not yet finished with: saved on every way out (Ctrl-C,
/// a signal, Esc at the first step) and offered back next time.
public struct Draft: KeelRecord {
    public static let kind = RecordKind(name: "drafts", title: "Drafts", one: "unfinished draft", many: "unfinished drafts", layout: .single)

    /// The place the draft belongs to, e.g. "flow:reframe"; one draft per place.
    public var id: String
    public var created: Date
    public var updated: Date
    public var deleted: Date?
    /// What a person would call it: "Pause, breathe, reframe".
    public var title: String
    /// Whatever the screen needs to pick up where it left off.
    public var state: JSONValue

    public init(id: String, title: String, state: JSONValue, at time: Date) {
        self.id = id
        self.created = time
        self.updated = time
        self.title = title
        self.state = state
    }

    public func markdown(calendar: LocalCalendar) -> String {
        var out = "### Draft: \(MarkdownText.line(title))\n\n"
        out += "_Last changed \(calendar.day(of: updated)) \(calendar.clock(of: updated))_\n"
        func walk(_ v: JSONValue, _ label: String) {
            switch v {
            case .string(let s) where !s.isEmpty: out += "\n- \(label.isEmpty ? "" : "\(MarkdownText.line(label)): ")\(MarkdownText.text(s))"
            case .number(let n): out += "\n- \(MarkdownText.line(label)): \(plainNumber(n))"
            case .array(let a): for x in a { walk(x, label) }
            case .object(let o): for k in o.keys.sorted() { walk(o[k]!, k) }
            default: break
            }
        }
        walk(state, "")
        return out
    }
}

extension Store {
    public func draft(_ id: String) -> Draft? {
        records(Draft.self).first { $0.id == id }
    }

    /// Saves or replaces the draft for a place.
    public func saveDraft(id: String, title: String, state: JSONValue) throws(StoreError) {
        let t = now()
        var d = find(Draft.self, id: id) ?? Draft(id: id, title: title, state: state, at: t)
        d.title = title
        d.state = state
        d.updated = t
        d.deleted = nil
        try save(d)
    }

    /// The draft is finished with (completed or discarded). The tombstone
    /// a merge needs keeps no words: what the person saved or let go must
    /// not linger in drafts.json.
    public func clearDraft(_ id: String) throws(StoreError) {
        guard var d = draft(id) else { return }
        let t = now()
        d.state = .null
        d.updated = t
        d.deleted = t
        try save(d)
    }
}
