/// A problem in a content file: which file, where in it (a JSON path such as
/// `steps[3].prompt`), and why, so a person can find and fix it.
public struct ContentError: Error, Hashable, Sendable, CustomStringConvertible {
    public let file: String
    public let path: String
    public let reason: String

    public init(file: String, path: String, reason: String) {
        self.file = file
        self.path = path
        self.reason = reason
    }

    public var description: String { "\(file): \(path.isEmpty ? "(top level)" : path): \(reason)" }
}
