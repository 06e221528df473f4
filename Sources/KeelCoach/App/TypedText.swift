import KeelStore
import KeelTerminal

/// Every piece of text a person has typed into a screen, found without the
/// screen's help: the app walks the screen's stored values for text editors
/// (in fields, enums, arrays and optionals), and reads the strings of the
/// draft it would keep. A screen can't forget to hand its words to the
/// crisis check, because it is never asked to.
enum TypedText {
    /// How deep to look inside a screen's values, and how many elements of
    /// one collection: enough for forms and flows, cheap for a screen that
    /// also holds a long list of records.
    static let maxDepth = 8
    static let maxElements = 64

    /// The words in the screen's text editors, as they stand now.
    static func inEditors(of screen: any Screen) -> [String] {
        var found: [String] = []
        collect(screen, depth: 0, into: &found)
        return found
    }

    /// The words in the editors and in the draft the screen would keep.
    static func all(of screen: any Screen) -> [String] {
        var found = inEditors(of: screen)
        if let draft = screen.draft() { strings(in: draft.state, into: &found) }
        return found
    }

    private static func collect(_ value: Any, depth: Int, into found: inout [String]) {
        if let editor = value as? TextEditor {
            if !editor.isEmpty { found.append(editor.text) }
            return
        }
        guard depth < maxDepth else { return }
        let mirror = Mirror(reflecting: value)
        switch mirror.displayStyle {
        case .struct?, .enum?, .optional?, .tuple?:
            for child in mirror.children { collect(child.value, depth: depth + 1, into: &found) }
        case .collection?, .set?:
            for child in mirror.children.prefix(maxElements) { collect(child.value, depth: depth + 1, into: &found) }
        default:
            // Classes (the context, the store), dictionaries of records and
            // plain values hold no editor.
            return
        }
    }

    private static func strings(in value: JSONValue, into found: inout [String]) {
        switch value {
        case .string(let s): if !s.isEmpty { found.append(s) }
        case .array(let items): for item in items { strings(in: item, into: &found) }
        case .object(let fields): for (_, item) in fields { strings(in: item, into: &found) }
        default: return
        }
    }
}
