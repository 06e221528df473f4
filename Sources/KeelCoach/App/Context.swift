import KeelContent
import KeelStore
import KeelTerminal

/// What screens may use besides their own state: clocks, the store, the
/// person's settings. Everything here is injected, so tests run on a test
/// clock, a fixed date and a temporary data folder.
public final class Context {
    public let clock: MonotonicClock
    public let now: () -> Date
    public let calendar: LocalCalendar
    public let store: Store
    public let newID: () -> String
    /// Where phase changes of the breathing pacer are written, for timing checks.
    public var trace: ((String) -> Void)?
    /// A one-line message for the status line, cleared by the next key.
    public var flash: String?
    /// The area screens draw in at the window's size now (set by the app), for keys that act on what is drawn.
    public internal(set) var bodyArea = Chrome.body(Size(width: 80, height: 24))
    public private(set) var settings: Settings
    /// This machine's choices from `config.json` (theme, editor, region...), not synced.
    public var preferences = Preferences()
    /// Shipped and personal content: catalogs and flows.
    public let content: ContentLibrary
    /// Opens crisis help: `!` on any screen that isn't a text field, and any
    /// text that mentions self-harm. Nil until the crisis screen is installed.
    public var crisisScreen: ((Context) -> any Screen)?
    /// True when typed text mentions self-harm or suicide (set with the crisis
    /// screen). The app runs it on every text (`CrisisWatch`); screens ask it
    /// only to leave such words out of what praises or quotes back.
    public var mentionsCrisis: (String) -> Bool = { _ in false }
    /// The region the locale suggests, for crisis lines (set with the crisis screen).
    public var crisisRegionGuess: String?
    /// Practices that can take the chosen step to widen belonging further
    /// (an exposure step, a micro-habit); empty until one installs itself.
    public var wideningHandoffs: [WideningHandoff] = []
    /// Runs the person's $VISUAL or $EDITOR on a text (the terminal handed
    /// over meanwhile); installed by the keel command, a stand-in in tests.
    public var externalEditor: (String) -> Result<String, EditorProblem> = { _ in .failure(EditorProblem.unavailable) }
    /// What practices do when another screen reports an outcome (see `Practices.install`).
    public var policies: [Policy] = []
    /// What practices offer one another: routes, home panels, week facts (see `Installed`).
    public var installed = Installed()
    /// Outcomes reported since the app last routed them.
    private var pending: [Outcome] = []

    public init(
        store: Store, content: ContentLibrary = .empty, clock: MonotonicClock = SystemClock(),
        now: @escaping () -> Date = Timestamp.now, calendar: LocalCalendar = .system,
        newID: @escaping () -> String = RecordID.make
    ) {
        self.store = store
        self.content = content
        self.clock = clock
        self.now = now
        self.calendar = calendar
        self.newID = newID
        self.settings = store.singleton(Settings.self)
    }

    /// Says what happened; the app routes it to the policies once the screen returns.
    public func report(_ outcome: Outcome) { pending.append(outcome) }

    /// The outcomes reported so far, leaving none.
    func takeReported() -> [Outcome] {
        defer { pending.removeAll(keepingCapacity: true) }
        return pending
    }

    public var today: CivilDate { calendar.day(of: now()) }
    /// True when nothing can be saved. While another keel is open, saves
    /// still work: they are kept in a side file (see `Store.isWaitingForLock`).
    public var isReadOnly: Bool { store.access.isReadOnly && !store.isWaitingForLock }

    /// Runs a change to the store; on failure says why in the status line
    /// and returns false.
    private func stored(_ change: () throws(StoreError) -> Void) -> Bool {
        let waiting = store.isWaitingForLock
        do {
            try change()
            noteSecondWindow(wasWaiting: waiting)
            return true
        } catch {
            flash = error.description
            return false
        }
    }

    /// Saves a record; on failure says why in the status line and returns false.
    @discardableResult
    public func save<R: KeelRecord>(_ record: R) -> Bool {
        guard stored({ () throws(StoreError) in try store.save(record) }) else { return false }
        report(.saved(kind: R.kind.name, id: record.id))
        return true
    }

    /// Saves several records of a kind in one write.
    @discardableResult
    func saveAll<R: KeelRecord>(_ records: [R]) -> Bool {
        guard stored({ () throws(StoreError) in try store.save(records) }) else { return false }
        for r in records { report(.saved(kind: R.kind.name, id: r.id)) }
        return true
    }

    /// Marks a record deleted (a tombstone, so an undo or a merge can bring it back).
    func tombstone<R: KeelRecord>(_ type: R.Type, _ id: String) -> Bool {
        guard stored({ () throws(StoreError) in try store.delete(type, id: id) }) else { return false }
        report(.deleted(kind: R.kind.name, id: id))
        return true
    }

    /// Brings back a record deleted earlier.
    func restore<R: KeelRecord>(_ type: R.Type, _ id: String) -> Bool {
        guard var r = store.find(type, id: id) else { return false }
        r.deleted = nil
        r.updated = now()
        return save(r)
    }

    /// Changes settings and saves them (kept in memory when the data is read-only).
    public func updateSettings(_ change: (inout Settings) -> Void) {
        var s = settings
        change(&s)
        guard s != settings else { return }
        s.updated = now()
        settings = s
        if !isReadOnly { save(s) }
    }

    public func keepDraft(_ d: DraftContent) {
        _ = stored { () throws(StoreError) in try store.saveDraft(id: d.id, title: d.title, state: d.state) }
    }

    public func clearDraft(_ id: String) {
        try? store.clearDraft(id)
    }
}
