import KeelTerminal

/// The keys that scroll a page of text: ↑↓ or j k by a line, Page Up and
/// Down by ten, Home to the top. Moves `offset`; false when the key doesn't
/// scroll.
func scrollOffset(_ offset: inout Int, by key: Key) -> Bool {
    switch key {
    case .down, .char("j"): offset += 1
    case .up, .char("k"): offset = max(0, offset - 1)
    case .pageDown: offset += 10
    case .pageUp: offset = max(0, offset - 10)
    case .home: offset = 0
    default: return false
    }
    return true
}
