import KeelTerminal

/// The keys that scroll a page of text: ↑↓ or j k by a line, Page Up and
/// Down by ten, Home to the top. Returns the new offset, or nil when the key
/// doesn't scroll.
func scrolled(_ offset: Int, by key: Key) -> Int? {
    switch key {
    case .down, .char("j"): return offset + 1
    case .up, .char("k"): return max(0, offset - 1)
    case .pageDown: return offset + 10
    case .pageUp: return max(0, offset - 10)
    case .home: return 0
    default: return nil
    }
}
