/// A number with its noun, as a person says it: "1 draft", "2 drafts",
/// "1 person", "3 people". Counts keel puts into a sentence go through
/// here, so no sentence reads "1 drafts" or "draft(s)".
///
/// `many` is needed only where adding "s" is wrong ("copy", "copies").
public func counted(_ n: Int, _ one: String, _ many: String? = nil) -> String {
    "\(n) \(n == 1 ? one : many ?? one + "s")"
}

/// A span of years as a person says it: "half a year", "1 year",
/// "1.5 years", "2 years".
public func counted(years x: Double) -> String {
    x == 0.5 ? "half a year" : "\(plainNumber(x)) \(x == 1 ? "year" : "years")"
}

/// How often, as a person says it: "once", "twice", "3 times".
public func counted(times n: Int) -> String {
    n == 1 ? "once" : n == 2 ? "twice" : "\(n) times"
}
