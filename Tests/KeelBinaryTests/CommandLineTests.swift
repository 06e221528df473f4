import Foundation
import Testing

/// The command line as a shell user meets it: options anywhere, typos,
/// help, reading without writing, errors, today --json, export filters.
@Suite struct CommandLineTests {
    /// What a folder holds, with each entry's permissions, to show nothing changed.
    static func snapshot(_ dir: String) -> [String] {
        let fm = FileManager.default
        guard let names = fm.enumerator(atPath: dir)?.allObjects as? [String] else { return [] }
        return names.sorted().map { name in
            let attrs = (try? fm.attributesOfItem(atPath: dir + "/" + name)) ?? [:]
            let mode = (attrs[.posixPermissions] as? Int).map { String($0, radix: 8) } ?? "?"
            let size = (attrs[.size] as? Int) ?? -1
            return "\(name) \(mode) \(size)"
        } + ["root \(((try? fm.attributesOfItem(atPath: dir))?[.posixPermissions] as? Int).map { String($0, radix: 8) } ?? "none")"]
    }

    static func withoutTime(_ export: String) -> String {
        export.split(separator: "\n").filter { !$0.contains("\"exported\"") }.joined(separator: "\n")
    }

    @Test func globalOptionsWorkBeforeOrAfterTheCommand() throws {
        let s = Scratch()
        let dir = try preparedDataDir(s)
        let after = try keel(["export", "--data-dir", dir])
        let before = try keel(["--data-dir", dir, "export"])
        #expect(before.status == 0, "\(before.err)")
        #expect(Self.withoutTime(before.out) == Self.withoutTime(after.out))
        #expect(after.out.contains("\"journal\""))
        let equals = try keel(["--data-dir=\(dir)", "--no-color", "sync", "status"])
        #expect(equals.status == 0 && equals.out.contains("Data: \(dir)"), "\(equals.err)")
        // The fast path of keel today takes them in front too.
        let today = try keel(["--data-dir", dir, "today"])
        let todayAfter = try keel(["today", "--data-dir", dir])
        #expect(today.status == 0 && today.out == todayAfter.out)
        #expect(!today.out.isEmpty)
        let json = try keel(["--no-color", "--data-dir", dir, "today", "--json"])
        #expect(json.out.hasPrefix("{\"date\""), "\(json.out)")
    }

    @Test func aMistypedCommandNamesTheOneMeantWithItsUsage() throws {
        let r = try keel(["brethe"])
        #expect(r.status == 2)
        #expect(r.err.contains("there's no command \"brethe\". Did you mean breathe?"), "\(r.err)")
        #expect(r.err.contains("Usage: keel breathe"), "\(r.err)")
        let front = try keel(["--data-dir", "/nowhere", "exprot"])
        #expect(front.status == 2 && front.err.contains("Did you mean export?"), "\(front.err)")
        let far = try keel(["zzzzzzzz"])
        #expect(far.status == 2 && far.err.contains("keel --help lists them"), "\(far.err)")
        let help = try keel(["help", "nope"])
        #expect(help.status == 2, "\(help.out)")
        #expect(help.err.contains("no command \"nope\""), "\(help.err)")
        let known = try keel(["help", "breathe"])
        #expect(known.status == 0 && known.out.contains("--pattern"))
        let sub = try keel(["help", "sync", "stauts"])
        #expect(sub.status == 2 && sub.err.contains("sync has no command \"stauts\". Did you mean sync status?"), "\(sub.err)")
        let nested = try keel(["content", "chek"])
        #expect(nested.status == 2 && nested.err.contains("Did you mean content check?") && nested.err.contains("Usage: keel content check"), "\(nested.err)")
        let win = try keel(["win", "   "])
        #expect(win.status == 2)
        #expect(win.err.contains("Give the win in a few words."), "\(win.err)")
        #expect(win.err.contains("Usage: keel win"), "\(win.err)")
    }

    @Test func helpListsGlobalOptionsEnvironmentExitCodesAndDocs() throws {
        let h = try keel(["--help"])
        #expect(h.status == 0)
        for word in [
            "--data-dir <DIR>", "--passphrase-file <FILE>", "--no-color", "KEEL_DATA_DIR", "XDG_DATA_HOME", "XDG_CONFIG_HOME",
            "NO_COLOR", "VISUAL, EDITOR", "Exit codes:", "2    the command line", "130  left with Ctrl-C", "man keel", "README.md", "doctor",
        ] {
            #expect(h.out.contains(word), "\(word) missing from keel --help")
        }
        #expect(!h.out.contains("keel home [--data-dir"), "\(h.out)")
        // The environment table keeps its columns: no line of it wraps back to the margin.
        let table = h.out.split(separator: "\n", omittingEmptySubsequences: false).drop { $0 != "Environment:" }.dropFirst()
            .prefix { $0 != "Exit codes:" }
        #expect(table.count >= 8 && table.allSatisfy { $0.isEmpty || $0.hasPrefix("  ") }, "\(table)")
    }

    @Test func exportOnAMissingFolderIsAnErrorAndCreatesNothing() throws {
        let s = Scratch()
        let missing = s.path + "/not/there/yet"
        let r = try keel(["export", "--data-dir", missing])
        #expect(r.status == 1)
        #expect(r.err.contains("There's no keel data in \(missing): the folder isn't there."), "\(r.err)")
        #expect(!FileManager.default.fileExists(atPath: s.path + "/not"))
        for args in [["sync", "status"], ["encrypt", "--passphrase-file", "/dev/null"]] {
            let e = try keel(args + ["--data-dir", missing])
            #expect(e.status == 1 && e.err.contains("the folder isn't there"), "\(args): \(e.err)")
        }
        let doctor = try keel(["doctor", "--data-dir", missing])
        #expect(doctor.out.contains("isn't there yet"), "\(doctor.out)")
        #expect(!FileManager.default.fileExists(atPath: s.path + "/not"))
    }

    @Test func readingCommandsChangeNothingOnDisk() throws {
        let s = Scratch()
        let dir = try preparedDataDir(s)
        try FileManager.default.removeItem(atPath: dir + "/this-device")
        let before = Self.snapshot(dir)
        for args in [
            ["export"], ["export", "--format", "markdown"], ["today"], ["today", "--json"], ["doctor"],
            ["export", "--kind", "wins", "--since", "2020-01-01"],
        ] {
            let r = try keel(args + ["--data-dir", dir])
            #expect(r.status == 0 || args == ["doctor"], "\(args): \(r.err)")
            #expect(Self.snapshot(dir) == before, "\(args) changed the data folder")
        }
        #expect(!FileManager.default.fileExists(atPath: dir + "/this-device"))
    }

    @Test func errorsSayWhatAndWhereWithoutRepeatingThemselves() throws {
        let s = Scratch()
        let file = s.path + "/a-file"
        try "not a folder".write(toFile: file, atomically: true, encoding: .utf8)
        for args in [["export"], ["win", "a small thing"], ["journal"], ["sync", "status"]] {
            let r = try keel(args + ["--data-dir", file])
            #expect(r.status == 1, "\(args)")
            #expect(
                r.err == "keel: \(file) is not a folder; keel keeps its data in a folder. Give it one with --data-dir or KEEL_DATA_DIR.\n", "\(args): \(r.err)")
        }
        // A folder keel can't write (root writes anywhere, so a full one-file limit stands in):
        // the win isn't kept, said once.
        let dir = try preparedDataDir(s)
        let win = try Spawn.run(
            ["sh", "-c", "ulimit -f 0; exec \"$0\" win --data-dir \"$1\" 'asked a question' 2>&1", Binary.path, dir],
            environment: ["PATH": "/usr/bin:/bin"], capture: true)
        #expect(win.status == 1, "\(win.out)")
        #expect(win.out.components(separatedBy: "Nothing was saved").count == 2, "\(win.out)")
        #expect(!win.out.contains("couldn't be kept"), "\(win.out)")
        // Locked data, no passphrase, no terminal: no "keel: keel".
        let locked = s.path + "/locked"
        let pass = s.path + "/pass"
        try "correct horse battery\n".write(toFile: pass, atomically: true, encoding: .utf8)
        _ = try keel(
            ["sample", "--into", locked, "--years", "0.05", "--passphrase-file", pass], env: ["KEEL_SCRYPT_N": "1024", "KEEL_TEST_CHEAP_SCRYPT": "1"])
        let r = try keel(["export", "--data-dir", locked])
        #expect(r.status == 1)
        #expect(!r.err.contains("keel: keel"), "\(r.err)")
        for args in [["content", "check"], ["export"]] {
            let e = try keel(args + ["--data-dir", s.path + "/none"], env: ["KEEL_RESOURCES": "/nonexistent"])
            #expect(!e.err.contains("keel: keel"), "\(e.err)")
        }
    }

    @Test func todayJSONHasItsDocumentedFields() throws {
        let s = Scratch()
        let dir = try preparedDataDir(s)
        let r = try keel(["today", "--json", "--data-dir", dir])
        #expect(r.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(r.out.utf8)) as? [String: Any])
        let fields = [
            "date", "locked", "morning_done", "morning_streak", "habits_due", "habits_ticked",
            "letter_due", "letter_due_today", "ladder_steps_due", "line",
        ]
        #expect(Set(object.keys) == Set(fields))
        #expect(object["locked"] as? Bool == false)
        #expect((object["line"] as? String) == (try keel(["today", "--data-dir", dir])).out.trimmingCharacters(in: .newlines))
        #expect((object["date"] as? String)?.count == 10)
        // Documented in its help, every field by name.
        let help = try keel(["today", "--help"])
        for f in fields { #expect(help.out.contains(f), "\(f) isn't in keel today --help") }
        // Locked data: the same fields, locked true.
        let locked = s.path + "/locked"
        let pass = s.path + "/pass"
        try "correct horse battery\n".write(toFile: pass, atomically: true, encoding: .utf8)
        _ = try keel(
            ["sample", "--into", locked, "--years", "0.05", "--passphrase-file", pass], env: ["KEEL_SCRYPT_N": "1024", "KEEL_TEST_CHEAP_SCRYPT": "1"])
        let l = try keel(["today", "--json", "--data-dir", locked])
        let lockedObject = try #require(try JSONSerialization.jsonObject(with: Data(l.out.utf8)) as? [String: Any])
        #expect(Set(lockedObject.keys) == Set(fields) && lockedObject["locked"] as? Bool == true, "\(l.out)")
    }

    @Test func exportTakesPartOfTheHistory() throws {
        let s = Scratch()
        let dir = s.path + "/data"
        #expect(try keel(["sample", "--into", dir, "--years", "0.5"]).status == 0)
        func collections(_ args: [String]) throws -> [String: [[String: Any]]] {
            let r = try keel(["export", "--data-dir", dir] + args)
            #expect(r.status == 0, "\(r.err)")
            let doc = try #require(try JSONSerialization.jsonObject(with: Data(r.out.utf8)) as? [String: Any])
            return try #require(doc["collections"] as? [String: [[String: Any]]])
        }
        let all = try collections([])
        let wins = try collections(["--kind", "wins", "--kind", "journal"])
        #expect(Set(wins.keys) == ["wins", "journal"])
        #expect(wins["wins"]?.count == all["wins"]?.count)
        let days = (all["journal"] ?? []).compactMap { ($0["created"] as? String).map { String($0.prefix(10)) } }.sorted()
        let middle = try #require(days.dropFirst(days.count / 2).first)
        let later = try collections(["--since", middle, "--kind", "journal"])
        let earlier = try collections(["--until", middle, "--kind", "journal"])
        let laterCount = try #require(later["journal"]?.count), earlierCount = try #require(earlier["journal"]?.count)
        #expect(laterCount > 0 && earlierCount > 0 && laterCount < days.count && earlierCount < days.count)
        #expect(laterCount + earlierCount >= days.count)
        let md = try keel(["export", "--data-dir", dir, "--format", "markdown", "--kind", "wins"])
        #expect(md.out.contains("## Small wins") && !md.out.contains("## Journal"))
        let badDay = try keel(["export", "--data-dir", dir, "--since", "last week"])
        #expect(badDay.status == 2 && badDay.err.contains("--since takes a day as YYYY-MM-DD"), "\(badDay.err)")
        let badKind = try keel(["export", "--data-dir", dir, "--kind", "win"])
        #expect(badKind.status == 2 && badKind.err.contains("Did you mean wins?"), "\(badKind.err)")
        let backwards = try keel(["export", "--data-dir", dir, "--since", "2026-02-01", "--until", "2026-01-01"])
        #expect(backwards.status == 2)
    }
}
