import Foundation
import Testing

/// `make deb`'s script on the built binary: the package unpacked with
/// `dpkg -x` into a temporary root, and keel run from there finds its
/// content and works. Skipped, saying so, where dpkg-deb is missing.
@Suite struct DebPackageTests {
    static let hasDpkg = FileManager.default.isExecutableFile(atPath: "/usr/bin/dpkg-deb")

    @Test(.enabled(if: hasDpkg, "dpkg-deb is missing (apt-get install dpkg): the Debian package is not checked"))
    func theUnpackedPackageRuns() throws {
        let s = Scratch()
        // Uncompressed: the debug binary is large, and xz would take most of the test's time.
        let built = try keel(
            [Binary.root + "/packaging/make-deb.sh", Binary.path, s.path + "/out"],
            env: ["DEB_COMPRESSION": "none"], program: "/bin/sh")
        #expect(built.status == 0, "\(built.err)")
        let deb = built.out.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(deb.hasSuffix(".deb"), "\(built.out)")
        let listing = try keel(["-c", deb], program: "/usr/bin/dpkg-deb")
        for path in [
            "./usr/bin/keel", "./usr/share/keel/flows/reframe.json", "./usr/share/doc/keel/README.md",
            "./usr/share/doc/keel/copyright", "./usr/share/bash-completion/completions/keel",
            "./usr/share/zsh/vendor-completions/_keel", "./usr/share/fish/vendor_completions.d/keel.fish",
        ] {
            #expect(listing.out.contains(path), "\(path) is not in the package")
        }
        // Man pages go in once the source has them (`make man` keeps them in man/).
        let pages = (try? FileManager.default.contentsOfDirectory(atPath: Binary.root + "/man")) ?? []
        for page in pages where page.hasSuffix(".1") {
            #expect(listing.out.contains("./usr/share/man/man1/\(page).gz"), "\(page) is not in the package")
        }
        let root = s.path + "/root"
        let unpacked = try keel(["-x", deb, root], program: "/usr/bin/dpkg")
        #expect(unpacked.status == 0, "\(unpacked.err)")
        let installed = root + "/usr/bin/keel"
        let env = ["HOME": s.path + "/home", "XDG_CONFIG_HOME": s.path + "/config", "KEEL_RESOURCES": ""]
        let version = try keel(["--version"], env: env, program: installed)
        #expect(version.status == 0 && version.out.hasPrefix("0."), "\(version.err)")
        let check = try keel(["content", "check"], env: env, program: installed)
        #expect(check.status == 0, "\(check.out)\(check.err)")
        // The content it checked is the package's: a flow broken there is named there.
        let broken = root + "/usr/share/keel/flows/broken.json"
        try "{".write(toFile: broken, atomically: true, encoding: .utf8)
        let recheck = try keel(["content", "check"], env: env, program: installed)
        #expect(recheck.status == 1 && (recheck.out + recheck.err).contains(broken), "\(recheck.out)\(recheck.err)")
        try FileManager.default.removeItem(atPath: broken)
        let today = try keel(["today", "--data-dir", s.data], env: env, program: installed)
        #expect(today.status == 0 && !today.out.isEmpty, "\(today.err)")
    }
}
