import KeelStore

/// Each kind of circle has its own shape, so the map reads without colour:
/// a filled shape for a tie that is in touch, a hollow one for a tie that
/// has gone quiet.
public enum CircleGlyph {
    public static func filled(_ kind: BelongingCircle.Kind) -> String { pair(kind).0 }
    public static func hollow(_ kind: BelongingCircle.Kind) -> String { pair(kind).1 }

    static func pair(_ kind: BelongingCircle.Kind) -> (String, String) {
        switch kind {
        case .family: return ("●", "○")
        case .closeFriends: return ("♥", "♡")
        case .hobby: return ("♣", "♧")
        case .volunteering: return ("✚", "✙")
        case .work: return ("■", "□")
        case .study: return ("▲", "△")
        case .faith: return ("✦", "✧")
        case .online: return ("◆", "◇")
        case .neighbourhood: return ("▼", "▽")
        case .other: return ("★", "☆")
        }
    }
}
