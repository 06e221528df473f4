import KeelTerminal

/// Why the person's own editor couldn't take a text, in words for the
/// status line. What they typed in keel is untouched either way.
public struct EditorProblem: Error, Equatable, Sendable {
    public var message: String
    public init(_ message: String) { self.message = message }

    public static let unavailable = EditorProblem("An outside editor can't be opened here; your words are as you left them.")
}

/// The key that opens the person's own editor on a long answer, and its hint.
public enum EditorKey {
    public static let key = Key.ctrl("o")
    public static let hint = KeyHint("Ctrl-O", "your editor")
    public static let newLine = KeyHint("Ctrl-J", "new line")
}
