import KeelTerminal

/// A practice's strip at the foot of the home screen, under the notes:
/// today's habits, numbered, so a digit ticks one without leaving home.
/// Practices add theirs to `Installed.homePanels` in `Practices.install`, so
/// home draws them without naming any practice's types.
public protocol HomePanel {
    /// The panel's key for home's footer when drawn in `area` (nil: as if
    /// it had all the room it wants); nil when it has nothing to do there.
    func hint(in area: Rect?) -> KeyHint?
    /// Rows the panel takes at this width (0: nothing to show).
    func height(width: Int) -> Int
    func render(into buffer: inout Buffer, in area: Rect)
    /// A key home didn't use, with the panel drawn in `area`; true when the
    /// panel took it (home then refreshes). Only what is drawn may act.
    func handle(_ key: Key, in area: Rect, _ ctx: Context) -> Bool
}
