import KeelTerminal

/// A practice's strip at the foot of the home screen, under the notes:
/// today's habits, numbered, so a digit ticks one without leaving home.
/// Practices add theirs to `Installed.homePanels` in `Practices.install`, so
/// home draws them without naming any practice's types.
public protocol HomePanel {
    /// The panel's key, for home's footer; nil when it has nothing to do.
    var hint: KeyHint? { get }
    /// Rows the panel takes at this width (0: nothing to show).
    func height(width: Int) -> Int
    func render(into buffer: inout Buffer, in area: Rect)
    /// A key home didn't use; true when the panel took it (home then refreshes).
    func handle(_ key: Key, _ ctx: Context) -> Bool
}
