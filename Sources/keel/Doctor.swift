import ArgumentParser
import KeelStore

/// `keel doctor`: everything that commonly goes wrong, checked in one go,
/// each with what to do about it. It only looks, so it is safe at any time,
/// even with keel open elsewhere.
struct Doctor: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check what can go wrong and say how to fix it: the data folder, the locale and terminal, the content, sync copies, the lock.",
        discussion: "Only looks: nothing is created or changed. Exits with 1 when something needs doing, else 0."
    )
    @OptionGroup var options: GlobalOptions

    func run() throws {
        let findings = DoctorChecks.all(dataDir: DataDirectory.resolve(flag: options.dataDir))
        for line in Doctor.lines(findings) { print(line) }
        let needed = findings.filter { $0.fix != nil }.count
        if needed > 0 { throw ExitCode(1) }
    }

    /// "ok   Locale: C.UTF-8 (UTF-8)." or "fix  Terminal: ..." with the fix indented below.
    static func lines(_ findings: [Finding]) -> [String] {
        var out: [String] = []
        for f in findings {
            out.append("\(f.fix == nil ? "ok " : "fix") \(f.topic): \(f.found)")
            if let fix = f.fix { out.append("    \(fix)") }
        }
        let needed = findings.filter { $0.fix != nil }.count
        out.append(needed == 0 ? "All is well." : needed == 1 ? "One thing to see to, above." : "\(needed) things to see to, above.")
        return out
    }
}
