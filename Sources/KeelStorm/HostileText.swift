/// Text that has broken terminal programs before: wide characters,
/// combining marks piled up, emoji joined into one picture, flags, skin
/// tones, the replacement character and C1 controls that invalid UTF-8
/// turns into, right-to-left text, zero-width characters, and a paste far
/// longer than any field.
public enum HostileText {
    public static let samples: [String] = [
        "日本語の文章と한국어",  // wide (two columns each)
        "e\u{301}te\u{301} Zoe\u{308}",  // combining marks after a letter
        "a\u{300}\u{301}\u{302}\u{303}\u{304}\u{305}\u{306}",  // a pile of marks on one letter
        "\u{301}\u{302} marks with nothing before",
        "👩‍👩‍👧‍👦 🏳️‍🌈 🧑🏽‍💻",  // emoji joined with ZWJ
        "🇯🇵🇳🇿 👍🏽👋🏿",  // flags, skin tones
        "\u{FFFD}\u{FFFD} \u{85}\u{9B}\u{80}ÿþ",  // what invalid UTF-8 becomes: U+FFFD, C1 controls, Latin-1
        "\u{200B}\u{200D}\u{FEFF}\u{2060}",  // zero-width
        "שלום עולם مرحبا",  // right to left
        "Ａ\u{3000}ｂ\u{FF61}",  // fullwidth and halfwidth forms
        "tab\there\u{7F}del\u{1B}[31mesc",  // control characters and an escape sequence
        "\u{1F600}\u{FE0E} \u{2764}\u{FE0F}",  // text and emoji presentation selectors
    ]

    /// A 10,000-character paste of everything above, mixed.
    public static let paste: String = {
        var out = ""
        var i = 0
        while out.count < 10_000 {
            out += samples[i % samples.count] + " "
            i += 1
        }
        return String(out.prefix(10_000))
    }()
}
