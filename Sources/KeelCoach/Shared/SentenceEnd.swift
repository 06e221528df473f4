/// Someone's own words closing a sentence of keel's: a full stop is added
/// only when they didn't end with one, so "next week..." stays as typed
/// (never "next week...."), and "a walk." never becomes "a walk..".
func endingSentence(_ words: String) -> String {
    var text = Substring(words)
    while text.last?.isWhitespace == true { text = text.dropLast() }
    // Arrays, not sets: the home screen ends a sentence at start, and a
    // first Set<Character> costs the runtime a search of every conformance.
    let stops: [Character] = [".", "!", "?", "…"]
    let closers: [Character] = ["\"", "”", "’", "'", ")"]
    guard let last = text.last else { return "" }
    if stops.contains(last) { return String(text) }
    // A closing quote or bracket ends the sentence only after its own stop: "(on Tuesday)" still needs one.
    if closers.contains(last), let before = text.dropLast().last, stops.contains(before) { return String(text) }
    // A String first: Substring + String takes the generic append, which
    // looks up Substring's associated types at run time (0.2 million at start).
    return String(text) + "."
}
