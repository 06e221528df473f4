import Foundation
import Testing

/// Every character arrives whole in a real terminal: under locales that are
/// not UTF-8, and for graphemes of several scalars.
@Suite(.serialized) struct UnicodeTerminalTests {
    /// Keeps ~/.config out; each test sets the locale it is about (an empty
    /// LC_ALL or LC_CTYPE counts as unset).
    func env(_ s: Scratch, _ locale: [String: String]) -> [String: String] {
        ["XDG_CONFIG_HOME": s.path + "/config", "LC_ALL": "", "LC_CTYPE": "", "LANG": "C.UTF-8"].merging(locale) { $1 }
    }

    static let typed = "Zoë said hi 日本 😀"

    /// Types a win and finds it whole in the export.
    func winIsKeptWhole(locale: [String: String], program: [String] = [], expectShown: String) throws {
        let s = Scratch()
        let dir = try preparedDataDir(s)
        let t = try TerminalSession(["win", "--data-dir", dir], env: env(s, locale), wrapper: program)
        #expect(t.waitFor("What did you do that took a little courage or care?", timeout: 20), "\(t.text)")
        try t.type(Self.typed)
        #expect(t.waitFor(expectShown), "\(locale): \(t.text)")
        try t.press("Enter")
        #expect(t.waitFor("Kept: "), "\(t.text)")
        try t.press("q")
        #expect(t.exitStatus() == 0)
        let export = try keel(["export", "--data-dir", dir])
        #expect(export.out.contains("\"text\" : \"\(Self.typed)\""), "\(locale): \(export.out.suffix(600))")
    }

    @Test(arguments: [["LANG": "C"], ["LC_ALL": "C"], ["LANG": "en_GB.UTF-8"], ["LC_CTYPE": "UTF-8"]])
    func aLocaleThatIsNotUTF8StillShowsAndKeepsEveryCharacter(locale: [String: String]) throws {
        try winIsKeptWhole(locale: locale, expectShown: "› " + Self.typed)
    }

    /// A system with no UTF-8 locale at all: the locale folder is hidden in a
    /// mount namespace of keel's own. The screen shows ASCII stand-ins; the
    /// text is kept whole.
    @Test(.enabled(if: Namespace.available, "needs unshare -rm (a user and mount namespace)"))
    func withNoUTF8LocaleAtAllTheScreenIsASCIIAndTheTextWhole() throws {
        let hide = "mount --bind \"$1\" /usr/lib/locale && shift && exec \"$@\""
        let empty = Scratch()
        try winIsKeptWhole(
            locale: ["LANG": "C"], program: ["unshare", "-rm", "sh", "-c", hide, "sh", empty.path],
            expectShown: "> Zo? said hi ???? ??")
    }

    @Test(.enabled(if: Namespace.available, "needs unshare -rm (a user and mount namespace)"))
    func withNoUTF8LocaleAtAllTheHabitCalendarDrawsInASCII() throws {
        let s = Scratch()
        let dir = try preparedDataDir(s)
        let hide = "mount --bind \"$1\" /usr/lib/locale && shift && exec \"$@\""
        let empty = Scratch()
        let t = try TerminalSession(
            ["habits", "--data-dir", dir], env: env(s, ["LANG": "C"]),
            wrapper: ["unshare", "-rm", "sh", "-c", hide, "sh", empty.path])
        #expect(t.waitFor("Today, ", timeout: 20), "\(t.text)")
        try t.press("Enter")
        #expect(t.waitFor("# done  + two-minute  o rest  . missed"), "\(t.text)")
        #expect(t.text.unicodeScalars.allSatisfy { $0.isASCII }, "\(t.text)")
        try t.press("Escape", "q")
        #expect(t.exitStatus() == 0)
    }

    /// ncurses scrolls rows and reprints cells to move its cursor, knowing
    /// only placeholders where clusters are: they must be written again.
    @Test func aPageOfDevanagariScrollsWithEveryClusterRedrawn() throws {
        let s = Scratch()
        // Export only reads, so the folder is made first.
        try FileManager.default.createDirectory(atPath: s.data, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        let empty = try keel(["export", "--data-dir", s.data])
        var json = try #require(try JSONSerialization.jsonObject(with: Data(empty.out.utf8)) as? [String: Any])
        var collections = try #require(json["collections"] as? [String: Any])
        let answer: [String: Any] = [
            "kind": "text", "prompt": "What happened?", "step": "what",
            "text": String(repeating: "किताब", count: 3_000),
        ]
        collections["journal"] = [
            [
                "answers": [answer], "created": "2026-11-30T09:00:00.000Z", "updated": "2026-11-30T09:00:00.000Z",
                "flow": "reframe", "id": "5e1f0000-0000-4000-8000-000000000001", "title": "A long word",
            ]
        ]
        json["collections"] = collections
        let file = s.path + "/entry.json"
        try JSONSerialization.data(withJSONObject: json).write(to: URL(fileURLWithPath: file))
        let imported = try keel(["import", "--data-dir", s.data, file])
        #expect(imported.status == 0, "\(imported.err)")
        let t = try TerminalSession(["journal", "--data-dir", s.data], env: env(s, [:]))
        #expect(t.waitFor("A long word"), "\(t.text)")
        try t.press("Enter")
        #expect(t.waitFor("What happened?"), "\(t.text)")
        for _ in 0..<8 {
            try t.press("j")
            Thread.sleep(forTimeInterval: 0.2)
        }
        Thread.sleep(forTimeInterval: 1)
        let rows = t.screen.filter { $0.contains("ब") }
        #expect(rows.count >= 15, "\(t.text)")
        #expect(rows.allSatisfy { $0.trimmingCharacters(in: .whitespaces) == String(repeating: "किताब", count: 15) }, "\(t.text)")
        try t.press("Escape", "q")
        #expect(t.exitStatus() == 0)
    }

    @Test func clustersReachTheTerminalWithEveryScalar() throws {
        let s = Scratch()
        let dir = try preparedDataDir(s)
        let t = try TerminalSession(["--data-dir", dir], env: env(s, [:]))
        let log = s.path + "/received"
        try t.tmux(["pipe-pane", "-o", "-t", "t", "cat >> " + TerminalSession.quote(log)])
        #expect(t.waitFor("w  Small win"), "\(t.text)")
        try t.press("w")
        #expect(t.waitFor("What did you do that took a little courage or care?"))
        let words = ["किताब", "🇯🇵", "👍🏽", "👨‍👩‍👧"]
        try t.type(words.joined(separator: " "))
        #expect(t.waitFor("किताब"), "\(t.text)")
        Thread.sleep(forTimeInterval: 1)
        // Every letter in its own column, none glued to the space before.
        #expect(t.screen.contains { $0.contains("› किताब 🇯🇵 👍") }, "\(t.text)")
        let received = (try? Data(contentsOf: URL(fileURLWithPath: log))) ?? Data()
        // Each grapheme goes out whole, its scalars together in one run of bytes.
        for grapheme in words.flatMap({ $0 }) {
            #expect(
                received.range(of: Data(String(grapheme).utf8)) != nil,
                "\(String(grapheme).unicodeScalars.map { String($0.value, radix: 16) }) never reached the terminal whole")
        }
        try t.press("Enter")
        #expect(t.waitFor("Kept: "), "\(t.text)")
        try t.press("q")
        #expect(t.exitStatus() == 0)
        let export = try keel(["export", "--data-dir", dir])
        #expect(export.out.contains(words.joined(separator: " ")))
    }

    /// A joiner typed last, its partner still to come, must not reach the
    /// terminal alone: tmux glues whatever it is sent next, after any
    /// cursor move, to the cell left of its cursor, when both arrive in one
    /// of its reads (a race, so the test gives it eight chances).
    @Test func aJoinerTypedLastLeavesTheNextFrameInPlace() throws {
        let s = Scratch()
        let dir = try preparedDataDir(s)
        let t = try TerminalSession(["--data-dir", dir], env: env(s, [:]))
        #expect(t.waitFor("w  Small win"), "\(t.text)")
        try t.press("w")
        #expect(t.waitFor("What did you do that took a little courage or care?"))
        try t.type("कि ")
        #expect(t.waitFor("› कि"), "\(t.text)")
        for _ in 0..<4 {
            for piece in ["👨\u{200D}", "👩\u{200D}", "👧 "] {
                try t.type(piece)
                Thread.sleep(forTimeInterval: 0.25)
            }
        }
        let family = "👨\u{200D}👩\u{200D}👧"
        let field = "› कि " + Array(repeating: family, count: 4).joined(separator: " ")
        #expect(t.waitFor(field), "\(t.text)")
        Thread.sleep(forTimeInterval: 0.5)
        #expect(t.screen.contains { $0.contains(field) }, "\(t.text)")
    }
}

enum Namespace {
    /// Can this machine give a process its own user and mount namespace, and
    /// does hiding /usr/lib/locale there leave no UTF-8 locale (glibc)?
    static let available: Bool = {
        let check = "d=$(mktemp -d) && unshare -rm sh -c \"mount --bind $d /usr/lib/locale && LC_ALL=C.UTF-8 locale charmap\"; rmdir \"$d\""
        guard let r = try? Spawn.run(["sh", "-c", check], environment: ProcessInfo.processInfo.environment, capture: true) else { return false }
        let charmap = r.out.trimmingCharacters(in: .whitespacesAndNewlines)
        return !charmap.isEmpty && !charmap.contains("UTF-8")
    }()
}
