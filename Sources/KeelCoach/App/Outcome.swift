import KeelStore

/// What happened on a screen, told to the app besides where to go next.
/// A screen reports (`Context.report`); the app routes each outcome to the
/// policies practices install, so one practice can follow another's work
/// without either naming the other (Bubble Tea's parent routing messages,
/// TCA's delegate actions).
public enum Outcome: Equatable, Sendable {
    /// A record was written. Saves stay synchronous; each is reported so a
    /// test can check exactly what a key wrote without reading the disk.
    case saved(kind: String, id: String)
    /// A record was marked deleted (a tombstone an undo can bring back).
    case deleted(kind: String, id: String)
    /// A practice was done: a flow finished ("flow:<id>"), a letter written ("letter").
    case practiceDone(String)
    /// The person read the end of a practice and moved on ("flow:<id>");
    /// a policy may say what comes next.
    case movedOn(from: String)
    /// Something picked or made here (its id) for the screen below to take up.
    case picked(String)
}

/// A practice's answer to outcomes: what else happens, and, when it has a
/// say, where to go instead of where the screen asked.
public struct Policy {
    public let name: String
    let react: (Outcome, Context) -> Transition?

    public init(_ name: String, react: @escaping (Outcome, Context) -> Transition?) {
        self.name = name
        self.react = react
    }
}

/// The policies keel's practices install, in one place for the keel command
/// and the tests alike.
public enum Practices {
    public static func install(into ctx: Context) {
        ctx.policies.append(HabitTicks.policy)
        ctx.policies.append(ValuesCardScreen.afterReframe)
        ctx.policies.append(WinsFromPractices.policy)
    }
}
