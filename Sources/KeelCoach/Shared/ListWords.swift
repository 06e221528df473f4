/// A few things named in a sentence, as a person lists them.
enum ListWords {
    /// "a", "a and b", "a, b and c".
    static func and(_ items: [String]) -> String {
        guard items.count > 1 else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + " and " + items.last!
    }
}
