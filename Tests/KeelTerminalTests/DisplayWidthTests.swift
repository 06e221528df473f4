import Testing
@testable import KeelTerminal

@Suite struct DisplayWidthTests {
    @Test func asciiIsOneColumnEach() {
        #expect(DisplayWidth.of("keel") == 4)
        #expect(DisplayWidth.of("") == 0)
    }

    @Test func accentsTakeOneColumnComposedOrNot() {
        #expect(DisplayWidth.of("é") == 1)
        #expect(DisplayWidth.of("e\u{301}") == 1)
        #expect(DisplayWidth.of("Zoë Noël") == 8)
    }

    @Test func cjkAndEmojiAreTwoColumns() {
        #expect(DisplayWidth.of("日本") == 4)
        #expect(DisplayWidth.of("😀") == 2)
        #expect(DisplayWidth.of("👍🏽") == 2)
        #expect(DisplayWidth.of("👨‍👩‍👧") == 2)
        #expect(DisplayWidth.of("❤️") == 2)
    }

    @Test func controlCharactersTakeNoRoom() {
        #expect(DisplayWidth.of("\u{7}") == 0)
        #expect(DisplayWidth.of("\u{200B}") == 0)
    }

    @Test func truncateNeverSplitsAWideCharacter() {
        #expect(DisplayWidth.truncate("日本語のテキスト", to: 5) == "日本…")
        #expect(DisplayWidth.truncate("short", to: 10) == "short")
        #expect(DisplayWidth.truncate("a😀b😀c😀", to: 6) == "a😀b…", "the second 😀 and … would take 7 columns")
        #expect(DisplayWidth.truncate("a😀b😀c😀", to: 7) == "a😀b😀…")
    }

    @Test func padFillsToExactWidth() {
        #expect(DisplayWidth.pad("日本", to: 7) == "日本   ")
        #expect(DisplayWidth.pad("日本語", to: 5) == "日本…")
        #expect(DisplayWidth.pad("abc", to: 5) == "abc  ")
    }
}

@Suite struct ClusterWidthTests {
    // Expected widths are what Python's wcwidth.width() gives each cluster.
    @Test(arguments: [
        ("कि", 2), ("किताब", 5), ("क्ष", 2), ("🇯🇵", 2), ("👍🏽", 2), ("x🏽", 3),
        ("👨‍👩‍👧", 2), ("🧑‍🤝‍🧑", 2), ("👁‍🗨", 1), ("🏳️‍🌈", 2), ("❤️", 2), ("❤", 1),
        ("🌡️", 2), ("🌡", 1), ("A\u{FE0F}", 1), ("1\u{FE0F}\u{20E3}", 2), ("กำ", 2),
        ("\u{1100}\u{1161}\u{11A8}", 2), ("e\u{301}\u{302}\u{303}\u{304}\u{305}\u{306}", 1), ("e\u{20DD}", 1),
    ])
    func clusterTakesTheColumnsTerminalsGiveIt(text: String, columns: Int) {
        #expect(DisplayWidth.of(text) == columns, "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
    }
}
