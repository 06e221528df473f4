import KeelStore

/// Another practice that can carry the chosen widening step further: the
/// exposure ladder can make it a planned step, the micro-habits a small
/// habit. That practice adds itself to `Context.wideningHandoffs` when it is
/// installed; the insights screen then offers its key beside the step, and
/// offers nothing when none is installed. Once it has taken the step, it
/// reports `Outcome.carried`, and the circle map notes where the step went.
/// It lives with the app, not the circles, so a practice can offer itself
/// without naming the circle map's types.
public struct WideningHandoff {
    public var key: Character
    /// What the key does, for the footer: "make it an exposure step".
    public var label: String
    public var open: (Context, WideningStep) -> any Screen

    public init(key: Character, label: String, open: @escaping (Context, WideningStep) -> any Screen) {
        self.key = key
        self.label = label
        self.open = open
    }
}
