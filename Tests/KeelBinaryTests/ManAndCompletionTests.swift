import Foundation
import Testing

/// Man pages in man/ match the commands, completions know paths and names,
/// `make install` puts both where man and the shells look, and long work
/// shows a progress line only on a terminal.
@Suite struct ManAndCompletionTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path

    /// Every command path ("breathe", "sync status") from keel's own description of itself.
    static func commandPaths() throws -> [String] {
        let dump = try keel(["--experimental-dump-help"])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(dump.out.utf8)) as? [String: Any])
        func walk(_ command: [String: Any], _ prefix: [String]) -> [String] {
            let subs = command["subcommands"] as? [[String: Any]] ?? []
            return subs.flatMap { sub -> [String] in
                let name = sub["commandName"] as? String ?? ""
                if name == "help" { return [] }
                let path = prefix + [name]
                return [path.joined(separator: " ")] + walk(sub, path)
            }
        }
        return walk(try #require(json["command"] as? [String: Any]), [])
    }

    @Test func aManPagePerCommandWithItsOptions() throws {
        let paths = try Self.commandPaths()
        #expect(paths.contains("doctor") && paths.contains("sync status"))
        let keel1 = try String(contentsOfFile: Self.root + "/man/keel.1", encoding: .utf8)
        #expect(keel1.contains("data-dir") && keel1.contains("KEEL_DATA_DIR"), "keel.1 lacks the global options or the environment")
        for path in paths {
            let file = Self.root + "/man/keel-" + path.replacing(" ", with: "-") + ".1"
            let page = try String(contentsOfFile: file, encoding: .utf8)
            let help = try keel(path.split(separator: " ").map(String.init) + ["--help"]).out
            // Every long option the command takes is on its page (generated from the same definitions).
            let options = help.matches(of: /--([a-z][a-z0-9-]+)/).map { String($0.output.1) }.filter { $0 != "help" && $0 != "version" }
            for option in Set(options) {
                #expect(page.contains(option.replacing("-", with: "\\-")) || page.contains(option), "\(file) lacks --\(option); run make man")
            }
        }
    }

    @Test func completionsCompletePathsAndPatternNames() throws {
        let bash = try keel(["--generate-completion-script", "bash"]).out
        let zsh = try keel(["--generate-completion-script", "zsh"]).out
        let fish = try keel(["--generate-completion-script", "fish"]).out
        // --data-dir completes folders at the top level, before any subcommand.
        #expect(fish.contains("\"keel\" data-dir' -l 'data-dir'") && fish.contains("__keel_complete_directories"), "fish")
        #expect(zsh.contains("--data-dir[") && zsh.contains(":DIR:_files -/"), "zsh")
        #expect(bash.contains("'--data-dir')\n        __keel_add_completions -d"), "bash")
        for shell in [bash, zsh, fish] {
            #expect(shell.contains("resonance") && shell.contains("4-7-8"), "--pattern names")
            #expect(shell.contains("check-ins"), "--kind names")
        }
    }

    @Test func bashCompletesAFolderForDataDirAndAFileForImport() throws {
        let s = Scratch()
        try FileManager.default.createDirectory(atPath: s.path + "/sample-folder", withIntermediateDirectories: true)
        try "{}".write(toFile: s.path + "/sample-export.json", atomically: true, encoding: .utf8)
        let script = s.path + "/keel.bash"
        try keel(["--generate-completion-script", "bash"]).out.write(toFile: script, atomically: true, encoding: .utf8)
        func complete(_ words: [String]) throws -> [String] {
            let line = words.map { "'\($0)'" }.joined(separator: " ")
            let cmd =
                "cd '\(s.path)' && source '\(script)' && COMP_WORDS=(\(line)) && COMP_CWORD=\(words.count - 1) && COMP_LINE=\"\(words.joined(separator: " "))\" && COMP_POINT=${#COMP_LINE} && _keel keel \"${COMP_WORDS[COMP_CWORD]}\" \"${COMP_WORDS[COMP_CWORD-1]}\" && printf '%s\\n' \"${COMPREPLY[@]}\""
            let r = try Spawn.run(["bash", "--norc", "--noprofile", "-c", cmd], environment: ["PATH": "/usr/bin:/bin", "HOME": s.path], capture: true)
            return r.out.split(separator: "\n").map(String.init)
        }
        let dataDir = try complete(["keel", "--data-dir", "sam"])
        #expect(dataDir.contains { $0.hasPrefix("sample-folder") } && !dataDir.contains("sample"), "\(dataDir)")
        let file = try complete(["keel", "import", "sample-e"])
        #expect(file.contains("sample-export.json"), "\(file)")
    }

    /// The real `make install` into a temporary root, with the debug binary
    /// standing in for the release one (`-o release`: not rebuilt), then
    /// `make uninstall`, which must leave no file behind.
    @Test func makeInstallPutsManPagesAndCompletionsWhereTheyAreLookedFor() throws {
        let s = Scratch()
        let make = ["make", "-C", Self.root, "-o", "release", "RELEASE_BIN=\(Binary.path)", "DESTDIR=\(s.path)", "PREFIX=/usr"]
        let env = ["PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin", "HOME": s.path]
        let installed = try Spawn.run(make + ["install"], environment: env, capture: true)
        #expect(installed.status == 0, "\(installed.out)")
        let usr = s.path + "/usr"
        for file in [
            "bin/keel", "share/man/man1/keel.1", "share/man/man1/keel-breathe.1", "share/man/man1/keel-sync-status.1",
            "share/bash-completion/completions/keel", "share/zsh/site-functions/_keel", "share/fish/vendor_completions.d/keel.fish",
        ] {
            #expect(FileManager.default.fileExists(atPath: usr + "/" + file), "make install left out \(file)")
        }
        for path in try Self.commandPaths() {
            let page = usr + "/share/man/man1/keel-" + path.replacing(" ", with: "-") + ".1"
            #expect(FileManager.default.fileExists(atPath: page), "no man page for keel \(path)")
        }
        let rendered = try Spawn.run(
            ["man", "-l", usr + "/share/man/man1/keel-export.1"], environment: env.merging(["MANPAGER": "cat", "MANWIDTH": "80"]) { a, _ in a }, capture: true)
        #expect(rendered.out.contains("--since"), "\(rendered.out)")
        let removed = try Spawn.run(make + ["uninstall"], environment: env, capture: true)
        #expect(removed.status == 0)
        let left =
            FileManager.default.enumerator(atPath: usr)?.allObjects.compactMap { $0 as? String }.filter {
                var dir: ObjCBool = false
                return FileManager.default.fileExists(atPath: usr + "/" + $0, isDirectory: &dir) && !dir.boolValue
            } ?? []
        #expect(left.isEmpty, "make uninstall left \(left)")
    }

    @Test func longWorkShowsAProgressLineOnATerminalOnly() throws {
        let s = Scratch()
        // Not a terminal: nothing but the result.
        // Twenty years take several seconds even on an idle machine (three took 0.6 s).
        let quiet = try keel(["sample", "--into", s.path + "/quiet", "--years", "20"])
        #expect(quiet.status == 0 && quiet.err.isEmpty, "\(quiet.err)")
        let session = try TerminalSession(["sample", "--into", s.path + "/watched", "--years", "20"])
        #expect(session.waitFor("Writing sample history... 1 s", timeout: 30), "\(session.text)")
        #expect(session.exitStatus(timeout: 120) == 0)
        #expect(session.waitFor("Wrote 20 year"))
        // The line is cleared before the result.
        #expect(!session.text.contains("history... 1 sWrote"), "\(session.text)")
    }
}
