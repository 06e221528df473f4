/// The person's own plan for a very hard moment, in their words. One per
/// person, edited in place.
public struct SafetyPlan: SingletonRecord {
    public static let kind = RecordKind(name: "safety-plan", title: "Safety plan", one: "safety plan", many: "safety plans", layout: .single)
    public static let singletonID = "safety-plan"

    /// The parts of the plan, in the order they are used.
    public enum Section: String, CaseIterable, Codable, Sendable {
        case warningSigns, copingAlone, distractions, helpers, professionals, saferSurroundings

        public var title: String {
            switch self {
            case .warningSigns: return "Warning signs"
            case .copingAlone: return "Things that help me cope on my own"
            case .distractions: return "People and places that take my mind off it"
            case .helpers: return "People I can ask for help"
            case .professionals: return "Professionals and services"
            case .saferSurroundings: return "Making my surroundings safer"
            }
        }

        /// A nudge shown while the section is empty.
        public var hint: String {
            switch self {
            case .warningSigns: return "Thoughts, moods or situations that tell me a hard time is starting"
            case .copingAlone: return "A walk, a shower, music, a breathing break..."
            case .distractions: return "A friend's kitchen, the library, the park, a café"
            case .helpers: return "Names and numbers of people I can call"
            case .professionals: return "My doctor, a counsellor, a local crisis team, with numbers"
            case .saferSurroundings: return "What I can put away or hand to someone"
            }
        }
    }

    public var id: String
    public var created: Date
    public var updated: Date
    public var deleted: Date?
    public var sections: [String: String]

    public static func fresh(at time: Date) -> SafetyPlan {
        SafetyPlan(id: singletonID, created: time, updated: time, deleted: nil, sections: [:])
    }

    public subscript(section: Section) -> String {
        get { sections[section.rawValue] ?? "" }
        set { sections[section.rawValue] = newValue.isEmpty ? nil : newValue }
    }

    public var isEmpty: Bool { Section.allCases.allSatisfy { self[$0].isEmpty } }

    public func problems() -> [String] {
        sections.keys.sorted().compactMap { Section(rawValue: $0) == nil ? "sections.\($0): not a part of the plan keel knows" : nil }
    }

    public func markdown(calendar: LocalCalendar) -> String {
        var out = "_Last changed \(calendar.day(of: updated))_\n"
        for s in Section.allCases where !self[s].isEmpty {
            out += "\n**\(s.title)**  \n\(MarkdownText.text(self[s]))\n"
        }
        return out
    }
}
