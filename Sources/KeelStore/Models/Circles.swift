/// A place a person belongs: a club, a team at work, old friends, a choir.
public struct BelongingCircle: KeelRecord {
    public static let kind = RecordKind(name: "circles", title: "Circles", one: "circle", many: "circles", layout: .single)

    public enum Kind: String, Codable, CaseIterable, Sendable {
        case family, closeFriends = "close-friends", hobby, volunteering, work, study, faith, online, neighbourhood, other

        /// How a person would say it.
        public var label: String {
            switch self {
            case .family: return "family"
            case .closeFriends: return "close friends"
            case .hobby: return "hobby or club"
            case .volunteering: return "volunteering"
            case .work: return "work or professional"
            case .study: return "study"
            case .faith: return "faith or community"
            case .online: return "online"
            case .neighbourhood: return "neighbourhood"
            case .other: return "other"
            }
        }
    }

    public var id: String
    public var created: Date
    public var updated: Date
    public var deleted: Date?
    public var name: String
    public var kind: Kind
    /// 1-5: how much it matters to me.
    public var importance: Int
    /// 1-5: how much support it gives.
    public var support: Int
    /// 1-5: how much it feels like me.
    public var feelsLikeMe: Int
    /// 1-5: how good time there feels.
    public var positivity: Int
    /// How often I'm usually in touch, in days (7 = weekly).
    public var cadenceDays: Int
    public var notes: String
    /// Ids of circles that sit well with this one.
    public var goesWellWith: [String]
    /// Ids of circles that pull against this one.
    public var pullsAgainst: [String]

    public init(
        id: String, created: Date, name: String, kind: Kind, importance: Int = 3, support: Int = 3,
        feelsLikeMe: Int = 3, positivity: Int = 3, cadenceDays: Int = 14, notes: String = "",
        goesWellWith: [String] = [], pullsAgainst: [String] = []
    ) {
        self.id = id
        self.created = created
        self.updated = created
        self.name = name
        self.kind = kind
        self.importance = importance
        self.support = support
        self.feelsLikeMe = feelsLikeMe
        self.positivity = positivity
        self.cadenceDays = cadenceDays
        self.notes = notes
        self.goesWellWith = goesWellWith
        self.pullsAgainst = pullsAgainst
    }

    public func problems() -> [String] {
        var out = Check.nonEmpty(name, "name")
        for (v, f) in [(importance, "importance"), (support, "support"), (feelsLikeMe, "feelsLikeMe"), (positivity, "positivity")] {
            out += Check.rating(v, f, range: 1...5)
        }
        // Once in ten years is the rarest rhythm keel can count with sensibly.
        out += Check.rating(cadenceDays, "cadenceDays", range: 1...3650)
        return out
    }

    public func markdown(calendar: LocalCalendar) -> String {
        var out = "### \(MarkdownText.line(name)) (\(kind.label))\n\n"
        out +=
            "Matters \(importance)/5 · support \(support)/5 · feels like me \(feelsLikeMe)/5 · feels good \(positivity)/5 · in touch \(cadenceDays == 1 ? "every day" : "every \(cadenceDays) days")"
        if !notes.isEmpty { out += "\n\n\(MarkdownText.text(notes))" }
        return out
    }
}

/// Someone in one or more circles.
public struct Person: KeelRecord {
    public static let kind = RecordKind(name: "people", title: "People", one: "person", many: "people", layout: .single)

    /// How close: inner (I could call at 3 a.m.), middle, outer.
    public enum Ring: String, Codable, CaseIterable, Sendable {
        case inner, middle, outer
    }

    public var id: String
    public var created: Date
    public var updated: Date
    public var deleted: Date?
    /// A name or nickname.
    public var name: String
    public var circleIDs: [String]
    public var ring: Ring
    public var lastContact: CivilDate?
    /// They know how I tend to handle rejection.
    public var knowsMyPattern: Bool
    public var notes: String

    public init(
        id: String, created: Date, name: String, circleIDs: [String], ring: Ring,
        lastContact: CivilDate? = nil, knowsMyPattern: Bool = false, notes: String = ""
    ) {
        self.id = id
        self.created = created
        self.updated = created
        self.name = name
        self.circleIDs = circleIDs
        self.ring = ring
        self.lastContact = lastContact
        self.knowsMyPattern = knowsMyPattern
        self.notes = notes
    }

    public func problems() -> [String] { Check.nonEmpty(name, "name") }

    public func markdown(calendar: LocalCalendar) -> String {
        var line = "- \(MarkdownText.line(name)), \(ring.rawValue) ring"
        if let lastContact { line += ", last in touch \(lastContact)" }
        if knowsMyPattern { line += ", knows how I handle rejection" }
        if !notes.isEmpty { line += ": \(MarkdownText.text(notes))" }
        return line
    }
}

/// "Talked to Sam today": one contact, logged in a keystroke.
public struct ContactLog: KeelRecord {
    public static let kind = RecordKind(name: "contacts", title: "Contacts", one: "contact logged", many: "contacts logged", layout: .monthly)

    public var id: String
    public var created: Date
    public var updated: Date
    public var deleted: Date?
    public var personID: String
    public var day: CivilDate
    public var note: String
    /// The person's name when the contact was logged, so the export reads well on its own.
    public var personName: String?

    public init(id: String, created: Date, personID: String, day: CivilDate, note: String = "", personName: String? = nil) {
        self.id = id
        self.created = created
        self.updated = created
        self.personID = personID
        self.day = day
        self.note = note
        self.personName = personName
    }

    public func markdown(calendar: LocalCalendar) -> String {
        "- \(day): in touch with \(MarkdownText.line(personName ?? personID))\(note.isEmpty ? "" : ", \(MarkdownText.text(note))")"
    }
}

/// One small step to widen belonging, picked from the widening-steps catalog
/// ("go to one open evening of a club"). The newest step that is neither done
/// nor set aside is the person's chosen next step. Another practice (an
/// exposure ladder, a micro-habit) may take it further and note where in
/// `carriedTo`.
public struct WideningStep: KeelRecord {
    public static let kind = RecordKind(
        name: "widening-steps", title: "Steps to widen belonging", one: "step to widen your circles", many: "steps to widen your circles", layout: .single)

    public var id: String
    public var created: Date
    public var updated: Date
    public var deleted: Date?
    /// The catalog item it came from.
    public var catalogItem: String
    /// The words shown, kept so the step still reads well if the catalog changes.
    public var label: String
    public var chosenOn: CivilDate
    public var doneOn: CivilDate?
    public var setAsideOn: CivilDate?
    /// Where another practice took it, e.g. "exposure:<id>" or "habit:<id>".
    public var carriedTo: String?

    public init(id: String, created: Date, catalogItem: String, label: String, chosenOn: CivilDate) {
        self.id = id
        self.created = created
        self.updated = created
        self.catalogItem = catalogItem
        self.label = label
        self.chosenOn = chosenOn
    }

    /// Still the next step: not done and not set aside.
    public var isOpen: Bool { doneOn == nil && setAsideOn == nil }

    public func problems() -> [String] {
        var out = Check.nonEmpty(catalogItem, "catalogItem") + Check.nonEmpty(label, "label")
        if let doneOn, doneOn < chosenOn { out.append("doneOn: is before chosenOn") }
        return out
    }

    public func markdown(calendar: LocalCalendar) -> String {
        var line = "- \(MarkdownText.text(label)): chosen \(chosenOn)"
        if let doneOn { line += ", done \(doneOn)" }
        if let setAsideOn { line += ", set aside \(setAsideOn)" }
        return line
    }
}
