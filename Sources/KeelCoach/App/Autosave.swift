import KeelStore
import KeelTerminal

/// Keeps the top screen's draft on disk while the person types, so a crash
/// or a kill loses a couple of seconds at most. A key only moves the
/// deadline (one clock read); the draft is built and saved once the keys
/// have paused, on the run loop's wake-up, and only when it changed.
struct Autosave {
    /// Seconds after the last key.
    static let pause = 2.0

    private(set) var due: Moment?
    /// The draft last kept, so an unchanged one isn't written again.
    private var kept: (id: String, state: JSONValue)?

    mutating func keyPressed(at now: Moment) { due = now.adding(seconds: Autosave.pause) }

    func isDue(at now: Moment) -> Bool { due.map { now >= $0 } ?? false }

    mutating func run(_ top: any Screen, _ ctx: Context) {
        due = nil
        guard !ctx.isReadOnly else { return }
        // Emptied, or back to what is saved: the screen's own draft goes
        // (a screen on top, such as help, has none and clears nothing).
        guard let d = top.draft() else {
            if let place = top.draftPlace {
                ctx.clearDraft(place)
                if kept?.id == place { kept = nil }
            }
            return
        }
        if let k = kept, k.id == d.id, k.state == d.state { return }
        ctx.keepDraft(d)
        kept = (d.id, d.state)
    }
}

/// Keys pressed while the window is too small to show keel. Text keys reach
/// a focused text field at once, so what is typed lands in its draft; any
/// other key is held, in order (and every key after it, so the order stays),
/// and applied once the window is large enough to see what it does.
struct HeldKeys {
    private(set) var keys: [Key] = []

    var isEmpty: Bool { keys.isEmpty }

    /// True when the key must wait (it was added); false when it may go to the screen now.
    mutating func hold(_ key: Key, typing: Bool) -> Bool {
        if keys.isEmpty, typing, key.editsText { return false }
        keys.append(key)
        return true
    }

    mutating func takeAll() -> [Key] {
        defer { keys = [] }
        return keys
    }
}
