import Testing
@testable import KeelStore

/// Conflict names the first reading missed: Syncthing's empty device id,
/// ownCloud's older form with an account, and Dropbox in other languages.
@Suite struct ConflictNameLanguageTests {
    let bases: Set<String> = ["settings", "circles", "2026-11"]
    func parse(_ name: String) -> ConflictName? { ConflictName.parse(name) { bases.contains(String($0)) } }

    @Test func namesKeelNowReads() {
        let cases: [(String, String, SyncTool)] = [
            ("settings.sync-conflict-20261126-093015-.json", "settings", .syncthing),
            ("2026-11.sync-conflict-20261126-093015-.json", "2026-11", .syncthing),
            ("circles_conflict_sam-20261126-093015.json", "circles", .nextcloud),
            ("circles_conflict_sam-lee-20261126-093015.json", "circles", .nextcloud),
            ("settings (Copie en conflit de Laptop 2026-11-26).json", "settings", .dropbox),
            ("settings (copie en conflit de Laptop 2026-11-26 (1)).json", "settings", .dropbox),
            ("settings (Laptops in Konflikt stehende Kopie 2026-11-26).json", "settings", .dropbox),
            ("settings (In Konflikt stehende Kopie von Laptop 2026-11-26).json", "settings", .dropbox),
            ("settings (Copia en conflicto de Laptop 2026-11-26).json", "settings", .dropbox),
            ("settings (Copia conflictiva de Laptop 2026-11-26).json", "settings", .dropbox),
            ("circles (Cópia em conflito de Laptop 2026-11-26).json", "circles", .dropbox),
            ("circles (Copia in conflitto di Laptop 2026-11-26).json", "circles", .dropbox),
            ("circles (Conflicterende kopie van Laptop 2026-11-26).json", "circles", .dropbox),
            ("2026-11 (Laptop の競合コピー 2026-11-26).json", "2026-11", .dropbox),
            ("2026-11 (Laptopの競合コピー 2026-11-26).json", "2026-11", .dropbox),
            ("2026-11 (Copie en conflit 2026-11-26).json", "2026-11", .dropbox),
        ]
        for (name, base, tool) in cases {
            #expect(parse(name) == ConflictName(base: base, tool: tool), "\(name)")
        }
    }

    @Test func nearMissesAreStillLeftAlone() {
        for name in [
            "settings_conflict_-20261126-093015.json", "settings_conflict_sam-2026112-093015.json",
            "settings (Copie de Laptop 2026-11-26).json", "settings (Copie en conflit de ).json",
            "settings (in Konflikt stehende Kopie Laptop).json", "settings (Laptop 競合 2026-11-26).json",
            "settings (conflicted copy de Laptop 2026-11-26).json", "notes (Copie en conflit de Laptop 2026-11-26).json",
        ] {
            #expect(parse(name) == nil, "\(name)")
        }
    }

    @Test func syncStatusNamesCopiesItCannotReadByName() throws {
        let tmp = TempDir()
        let store = try Store(root: tmp.data)
        store.close()
        // Conflict words, but a date no tool writes: not merged, so named.
        try tmp.write("settings (Laptop's conflicted copy 26-11-2026).json", "{}")
        try tmp.write("breathing/2026-11 (Copie en conflit) 2.json", "{}")
        try tmp.write("notes about a conflict.json", "{}")
        let reopened = try Store(root: tmp.data)
        defer { reopened.close() }
        let status = SyncStatus.check(reopened)
        #expect(
            status.lookalikes.sorted() == [
                "breathing/2026-11 (Copie en conflit) 2.json",
                "settings (Laptop's conflicted copy 26-11-2026).json",
            ])
        let text = status.lines.joined(separator: "\n")
        #expect(!text.contains("every device's changes are in the main files"))
        #expect(text.contains("  settings (Laptop's conflicted copy 26-11-2026).json"))
        #expect(text.contains("2 files look like conflict copies"))
    }

    @Test func aCleanFolderStillSaysSo() throws {
        let tmp = TempDir()
        let store = try Store(root: tmp.data)
        defer { store.close() }
        try tmp.write("notes about a conflict.json", "{}")
        let status = SyncStatus.check(store)
        #expect(status.lookalikes.isEmpty)
        #expect(status.lines.contains("No conflict copies here: every device's changes are in the main files."))
    }
}
