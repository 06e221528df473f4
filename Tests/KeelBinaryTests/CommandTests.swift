import Foundation
import Testing

/// Commands that print: exit codes, export and import, sample data.
@Suite struct CommandTests {
    @Test func noTerminalTalksLineByLineInsteadOfFailing() throws {
        let s = Scratch()
        let r = try keel(["--data-dir", s.data])
        #expect(r.status == 0, "\(r.err)")
        #expect(r.out.contains("Press Enter to go on to the practices."), "the first run's welcome, as lines: \(r.out)")
        #expect(!r.out.contains("\u{1B}"))
    }

    @Test func badUsageExitsTwo() throws {
        let r = try keel(["--no-such-flag"])
        #expect(r.status == 2)
        let p = try keel(["breathe", "--pattern", "slowly"])
        #expect(p.status == 2)
        #expect(p.err.contains("\"slowly\" isn't a pattern keel knows"), "\(p.err)")
    }

    @Test func versionAndHelp() throws {
        let v = try keel(["--version"])
        #expect(v.status == 0 && v.out.hasPrefix("0."))
        let h = try keel(["--help"])
        #expect(h.status == 0)
        for word in ["breathe", "export", "import", "sample"] { #expect(h.out.contains(word)) }
        let completion = try keel(["--generate-completion-script", "bash"])
        #expect(completion.status == 0 && completion.out.contains("keel"))
    }

    @Test func sampleExportImportRoundTrip() throws {
        let s = Scratch()
        let sample = try keel(["sample", "--into", s.path + "/a", "--years", "0.5"])
        #expect(sample.status == 0, "\(sample.err)")
        #expect(sample.out.contains("Wrote half a year of sample history"), "\(sample.out)")
        #expect(sample.out.contains("breathing sessions"))
        for kind in [
            "morning reflections", "small wins", "micro-habits", "habit days", "weekly letters", "of your mission and values",
            "1 list of your strengths", "1 unfinished draft\n", "ladder steps", "steps taken",
        ] {
            #expect(sample.out.contains(kind), "\(sample.out)")
        }
        // Every count reads as a person says it: no "(s)", no "1 drafts" or "1 my strengths".
        #expect(!sample.out.contains("(s)") && !sample.out.contains("1 drafts") && !sample.out.contains("my strengths"), "\(sample.out)")
        let exported = try keel(["export", "--data-dir", s.path + "/a", "--output", s.path + "/all.json"])
        #expect(exported.status == 0, "\(exported.err)")
        let imported = try keel(["import", "--data-dir", s.path + "/b", s.path + "/all.json"])
        #expect(imported.status == 0, "\(imported.err)")
        #expect(imported.out.contains("new, 0 updated, 0 already here"))
        let again = try keel(["import", "--data-dir", s.path + "/b", s.path + "/all.json"])
        #expect(again.out.contains(" 0 new, 0 updated"), "\(again.out)")
        func body(_ dir: String) throws -> String {
            try keel(["export", "--data-dir", dir]).out.split(separator: "\n").filter { !$0.contains("\"exported\"") }.joined(separator: "\n")
        }
        #expect(try body(s.path + "/a") == body(s.path + "/b"))
        let md = try keel(["export", "--data-dir", s.path + "/a", "--format", "markdown"])
        #expect(md.out.hasPrefix("# keel"))
        #expect(md.out.contains("## Breathing sessions"))
        for section in ["## My strengths", "## Mission and values", "## Small wins", "## Weekly letters", "## Micro-habits", "## Habit days"] {
            #expect(md.out.contains(section), "\(section)")
        }
    }

    @Test func aBadImportNamesTheProblemAndWritesNothing() throws {
        let s = Scratch()
        let file = s.path + "/bad.json"
        try #"{"format": 1, "collections": {"breathing": [{"id": "x"}]}}"#.write(toFile: file, atomically: true, encoding: .utf8)
        let r = try keel(["import", "--data-dir", s.data, file])
        #expect(r.status == 1)
        #expect(r.err.contains("collections.breathing[0].created: missing (id x)"), "\(r.err)")
        #expect(!FileManager.default.fileExists(atPath: s.data + "/breathing"))
    }

    @Test func aCorruptFileIsNamedOnStderrAndKept() throws {
        let s = Scratch()
        try keel(["sample", "--into", s.data, "--years", "0.2"])
        let month = try FileManager.default.contentsOfDirectory(atPath: s.data + "/breathing").sorted().first!
        try "{ not json".write(toFile: s.data + "/breathing/" + month, atomically: true, encoding: .utf8)
        let r = try keel(["export", "--data-dir", s.data])
        #expect(r.status == 0)
        #expect(r.err.contains("couldn't read breathing/\(month)"), "\(r.err)")
        // Exporting only reads: the file stays where it is, untouched.
        #expect(try String(contentsOfFile: s.data + "/breathing/" + month, encoding: .utf8) == "{ not json")
        #expect(!FileManager.default.fileExists(atPath: s.data + "/damaged"))
        // The next keel that writes moves it aside whole.
        #expect(try keel(["sync", "status", "--data-dir", s.data]).status == 0)
        let damaged = try FileManager.default.contentsOfDirectory(atPath: s.data + "/damaged")
        #expect(damaged.count == 1)
        #expect(try String(contentsOfFile: s.data + "/damaged/" + damaged[0], encoding: .utf8) == "{ not json")
    }

    @Test func sampleRefusesAFolderThatHoldsData() throws {
        let s = Scratch()
        try keel(["sample", "--into", s.data, "--years", "0.1"])
        let r = try keel(["sample", "--into", s.data])
        #expect(r.status == 1)
        #expect(r.err.contains("already holds files"))
    }
}
