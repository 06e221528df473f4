import Foundation
import KeelStore

// `make stress`: the reliability proof. Kills, full disks, permissions,
// damaged and hostile files, two keels at once and key storms, each with
// its figures; exits 1 if anything did not hold. `make test` runs a few
// quick cases of each; this runs hundreds.

let arguments = CommandLine.arguments
if arguments.count == 5, arguments[1] == "saver" {
    KillRounds.saver(dir: arguments[2], passfile: arguments[3], prefix: arguments[4])
}

let scale = arguments.firstIndex(of: "--scale").flatMap { Double(arguments[$0 + 1]) } ?? 1
func rounds(_ n: Int) -> Int { max(2, Int(Double(n) * scale)) }

signal(SIGPIPE, SIG_IGN)
let started = Date()
print("keel stress: \(keelPath)")
guard FileManager.default.isExecutableFile(atPath: keelPath) else {
    print("keel isn't built at \(keelPath); run make build first")
    exit(1)
}

var sections: [(String, Tally, Double)] = []
@MainActor func section(_ title: String, _ body: (Tally) -> Void) {
    print("\n\(title)")
    fflush(nil)
    let t = Tally()
    let start = Date()
    body(t)
    sections.append((title, t, Date().timeIntervalSince(start)))
}

let workspace = Scratch("samples")
@MainActor func sample(_ name: String, years: Double, seed: Int = 7) -> String {
    let dir = workspace.path + "/" + name
    _ = run([keelPath, "sample", "--into", dir, "--years", String(years), "--seed", String(seed)])
    return dir
}
@MainActor func export(_ dir: String, _ name: String) -> String {
    let file = workspace.path + "/" + name
    let r = run([keelPath, "export", "--data-dir", dir, "--output", file])
    precondition(r.status == 0, r.err)
    return file
}
let small = sample("small", years: 0.25)
let big = sample("big", years: 1, seed: 3)
let bigExport = export(big, "big.json")
let bigExportBytes = Array(FileManager.default.contents(atPath: bigExport)!)

section("Key derivation (scrypt, measured on this machine)") { t in
    for kdf in [KDFParameters(n: 1 << 15), KDFParameters(n: 1 << 16), .standard] {
        var times: [Double] = []
        for _ in 0..<3 {
            let start = Date()
            _ = try! Keyring.fresh(passphrase: KillRounds.passA, kdf: kdf)
            times.append(Date().timeIntervalSince(start))
        }
        let mark = kdf == .standard ? " (keel's setting: paid once per run)" : ""
        t.say("N=2^\(kdf.n.trailingZeroBitCount) r=\(kdf.r) p=\(kdf.p): \(ms(median(times))) and \(kdf.memory >> 20) MiB\(mark)")
    }
}
section("kill -9 during saves") { KillRounds.saves(rounds: rounds(200), tally: $0) }
section("kill -9 during imports") { KillRounds.imports(rounds: rounds(150), exportFile: bigExport, expected: bigExportBytes, tally: $0) }
section("kill -9 during encrypt, decrypt and passphrase changes") { KillRounds.privacy(rounds: rounds(150), sampleDir: small, tally: $0) }
section("Full disk") { EnvironmentRounds.fullDisk(sampleDir: small, bigExport: bigExport, tally: $0) }
section("Permissions and a missing home") { EnvironmentRounds.permissions(sampleDir: small, tally: $0) }
section("Two keels at once") { t in
    let exports = (1...4).map { export(sample("two\($0)", years: 0.1, seed: 100 + $0), "two\($0).json") }
    EnvironmentRounds.twoAtOnce(exports: exports, rounds: rounds(20), tally: t)
}
section("Damaged files") { DamageRounds.files(rounds: rounds(200), sampleDir: small, tally: $0) }
section("Hostile imports") { DamageRounds.imports(rounds: rounds(300), export: bigExportBytes, tally: $0) }
section("Key storms") { Storms.run(seeds: rounds(6), keysPerScreen: Int(3000 * scale), sampleDir: small, tally: $0) }

let failures = sections.reduce(0) { $0 + $1.1.failures.count }
print("\nSummary (\(String(format: "%.0f", Date().timeIntervalSince(started))) s)")
for (title, t, seconds) in sections {
    print("  \(t.failures.isEmpty ? "held  " : "FAILED") \(title) (\(String(format: "%.0f", seconds)) s)")
}
print(failures == 0 ? "Everything held." : "\(failures) checks failed.")
exit(failures == 0 ? 0 : 1)
