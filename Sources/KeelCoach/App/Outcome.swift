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
    /// A practice was done for another day than today: last week's letter,
    /// written this Monday, counts for the week it is about.
    case practiceDoneFor(String, day: CivilDate)
    /// The person read the end of a practice and moved on ("flow:<id>");
    /// a policy may say what comes next.
    case movedOn(from: String)
    /// Something picked or made here (its id) for the screen below to take up.
    case picked(String)
    /// Another practice took the circle map's widening step further (see
    /// `WideningHandoff`): the step's id, and where it went ("exposure:<id>",
    /// "habit:<id>").
    case carried(wideningStep: String, to: String)
    /// The person was in touch today with someone on their circle map (their id).
    case inTouch(personID: String)
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
