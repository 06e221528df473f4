/// The words Dropbox puts inside the brackets of a conflict copy's name, in
/// the languages it writes them in. Read in lower case, without the date and
/// the " (N)" that may follow them:
///
/// - the name before the words: English "Laptop's conflicted copy", German
///   "Laptops in Konflikt stehende Kopie", Japanese "Laptop の競合コピー";
/// - the name after them: French "Copie en conflit de Laptop", Spanish
///   "Copia en conflicto de Laptop", Portuguese "Cópia em conflito de
///   Laptop", Italian "Copia in conflitto di Laptop", Dutch "Conflicterende
///   kopie van Laptop", and German in older clients "In Konflikt stehende
///   Kopie von Laptop";
/// - and the words alone, when Dropbox has no name to give.
enum DropboxWords {
    /// Words after the name: the name must end as `before` says.
    static let after: [(words: String, before: [String])] = [
        ("conflicted copy", ["'s ", "\u{2019}s "]),
        ("in konflikt stehende kopie", [" "]),
        ("競合コピー", ["の", "の "]),
    ]

    /// Words before the name, and the little word that joins them to it.
    static let before: [(words: String, joiner: String)] = [
        ("copie en conflit", " de "),
        ("copia en conflicto", " de "),
        ("copia conflictiva", " de "),
        ("cópia em conflito", " de "),
        ("copia in conflitto", " di "),
        ("conflicterende kopie", " van "),
        ("in konflikt stehende kopie", " von "),
    ]

    /// True when `head` (lower case) is one of Dropbox's forms.
    static func isConflictedCopy(_ head: Substring) -> Bool {
        for (words, endings) in after where head.hasSuffix(words) {
            let who = head.dropLast(words.count)
            if who.isEmpty { return true }
            if endings.contains(where: { who.hasSuffix($0) && who.count > $0.count }) { return true }
        }
        for (words, joiner) in before where head.hasPrefix(words) {
            let rest = head.dropFirst(words.count)
            if rest.isEmpty { return true }
            if rest.hasPrefix(joiner), rest.count > joiner.count, !rest.hasSuffix(" ") { return true }
        }
        return false
    }
}
