/// When two devices both changed a piece of writing, the newer text stays
/// and the older one is added below it under a marker line, so the person
/// sees both and keeps what they want:
///
///     What I wrote on the laptop.
///
///     [changed on another device, 2026-11-20]
///     What I wrote on the desktop, a little earlier.
///
/// The date is the older version's last change, in UTC, so every device
/// that makes the same merge writes the same bytes.
public enum TextNote {
    public static let marker = "changed on another device"

    /// The newer text with the older one kept below it; nil when the older
    /// text is already in the newer one (nothing would be lost).
    public static func combine(newer: String, older: String, olderChanged: Date) -> String? {
        guard !older.isEmpty, !newer.contains(older) else { return nil }
        let line = "[\(marker), \(LocalCalendar.utc.day(of: olderChanged))]\n"
        return (newer.isEmpty ? "" : newer + "\n\n") + line + older
    }

    /// Whether a JSON string field holds words a person wrote, which are
    /// worth keeping both of, rather than a value keel chose (an id, a time,
    /// a pattern name, a region code): it is not named like an id and at
    /// least one side has a space or a line break in it. A single word
    /// typed on both devices is treated like a value: the newer one wins,
    /// and the older one stays in the archived conflict copy.
    static func isWriting(key: String, _ a: String, _ b: String) -> Bool {
        if key == "id" || key.hasSuffix("ID") || key.hasSuffix("Id") || key.hasSuffix("IDs") || key.hasSuffix("Ids") {
            return false
        }
        return a.contains(where: \.isWhitespace) || b.contains(where: \.isWhitespace)
    }
}
