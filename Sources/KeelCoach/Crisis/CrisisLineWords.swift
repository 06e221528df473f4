import KeelContent

extension CrisisDirectory.Line {
    /// The line's name leading into its number: "Samaritans: Call 116 123",
    /// but "Need to talk? Call or text 1737" when the name is itself a
    /// question, never "Need to talk?:".
    var lead: String {
        guard let last = name.last, "?!.:".contains(last) else { return name + ": " }
        return name + " "
    }
}

extension CrisisDirectory.Region {
    /// "numbers for New Zealand", or "numbers that work anywhere" for
    /// the lines kept for everywhere else ("Anywhere else" is a list entry,
    /// not a place to name in a sentence).
    var numbers: String { codes.isEmpty ? "numbers that work anywhere" : "numbers for \(name)" }
}
