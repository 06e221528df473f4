/// The text a terminal is sent for one cell, which can differ from the
/// cell's grapheme: a grapheme that ends in a zero-width joiner (the person
/// has typed the joiner and not yet what it joins) goes out without it.
/// The joiner is invisible on its own, and a terminal that receives it last
/// keeps waiting for its partner: tmux glues the next character it is sent,
/// even after the cursor has moved to another cell, onto the cell left of
/// its cursor, so a later frame's letters land in the wrong column.
public enum TerminalCellText {
    public static func sent(_ text: String) -> String {
        guard text.unicodeScalars.last == joiner else { return text }
        var scalars = text.unicodeScalars
        while scalars.last == joiner { scalars.removeLast() }
        return String(scalars)
    }

    static let joiner: Unicode.Scalar = "\u{200D}"
}
