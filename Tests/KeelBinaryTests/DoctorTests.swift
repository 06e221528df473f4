import Foundation
import Testing

/// `keel doctor`: what it finds, how it says to fix it, and that it only looks.
@Suite struct DoctorTests {
    @Test func aHealthyFolderIsAllWell() throws {
        let s = Scratch()
        let dir = try preparedDataDir(s)
        let r = try keel(["doctor", "--data-dir", dir], env: ["LANG": "C.UTF-8", "LC_ALL": "", "TERM": "xterm-256color"])
        #expect(r.status == 0, "\(r.out)")
        for topic in [
            "ok  Data folder: \(dir), private to you", "ok  Locale: C.UTF-8 (UTF-8).", "ok  Terminal: xterm-256color",
            "ok  Shipped content:", "all fine.", "ok  Your content:", "ok  Conflict copies: none left.",
            "ok  Temp files: none", "ok  Encryption: the data is plain files", "ok  Lock: no keel has this data open.", "All is well.",
        ] {
            #expect(r.out.contains(topic), "\(topic) missing from\n\(r.out)")
        }
    }

    @Test func eachProblemComesWithItsFixAndNothingIsChanged() throws {
        let s = Scratch()
        let dir = try preparedDataDir(s)
        let month = try #require(try FileManager.default.contentsOfDirectory(atPath: dir + "/breathing").first)
        let copy = "breathing/" + month.replacing(".json", with: ".sync-conflict-20261126-101500-ABCDEFG.json")
        try FileManager.default.copyItem(atPath: dir + "/breathing/" + month, toPath: dir + "/" + copy)
        try "half a save".write(toFile: dir + "/.settings.json.tmp-99999999-1", atomically: false, encoding: .utf8)
        let before = CommandLineTests.snapshot(dir)
        let env = ["LANG": "xx_YY.UTF-8", "LC_ALL": "", "LC_CTYPE": "", "TERM": "dumb", "XDG_CONFIG_HOME": s.path + "/config"]
        try FileManager.default.createDirectory(atPath: s.path + "/config/keel/flows", withIntermediateDirectories: true)
        try "{ not json".write(toFile: s.path + "/config/keel/flows/mine.json", atomically: true, encoding: .utf8)
        let d = try keel(["doctor", "--data-dir", dir], env: env)
        #expect(d.status == 1)
        #expect(d.out.contains("fix Locale: xx_YY.UTF-8 isn't installed"), "\(d.out)")
        #expect(d.out.contains("fix Terminal: TERM is dumb"), "\(d.out)")
        #expect(d.out.contains("fix Your content: 1 problem in 1 file."), "\(d.out)")
        #expect(d.out.contains("    keel content check names"), "\(d.out)")
        #expect(d.out.contains("fix Conflict copies: 1 copy a sync tool left: \(copy)."), "\(d.out)")
        #expect(d.out.contains("    keel merges them when it next opens"), "\(d.out)")
        #expect(d.out.contains("fix Temp files: 1 file left by a save that was cut short: .settings.json.tmp-99999999-1."), "\(d.out)")
        #expect(d.out.contains("things to see to, above."), "\(d.out)")
        #expect(CommandLineTests.snapshot(dir) == before, "keel doctor changed the data folder")
    }

    @Test func aSharedOrMisplacedFolderIsNamed() throws {
        let s = Scratch()
        let dir = try preparedDataDir(s)
        chmod(dir, 0o755)
        let open = try keel(["doctor", "--data-dir", dir])
        #expect(open.status == 1)
        #expect(open.out.contains("fix Data folder: keel won't use \(dir) as it is."), "\(open.out)")
        #expect(open.out.contains("chmod 700 \(dir)"), "\(open.out)")
        let file = s.path + "/a-file"
        try "x".write(toFile: file, atomically: true, encoding: .utf8)
        let notFolder = try keel(["doctor", "--data-dir", file])
        #expect(notFolder.out.contains("fix Data folder: \(file) is not a folder."), "\(notFolder.out)")
    }

    @Test func theLockSaysWhichKeelHoldsIt() throws {
        let s = Scratch()
        let dir = try preparedDataDir(s)
        let session = try TerminalSession(["--data-dir", dir])
        #expect(session.waitFor("keel"), "\(session.text)")
        let pid = try #require(try session.keelPID())
        var r = try keel(["doctor", "--data-dir", dir])
        for _ in 0..<40 where !r.out.contains("Lock: held") {
            Thread.sleep(forTimeInterval: 0.1)
            r = try keel(["doctor", "--data-dir", dir])
        }
        #expect(r.out.contains("ok  Lock: held by keel --data-dir \(dir) (process \(pid))"), "\(r.out)")
    }
}
