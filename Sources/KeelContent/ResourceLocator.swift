#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import KeelBase

/// Finds keel's shipped content (`Resources/flows`, `Resources/catalogs`).
/// In order: `KEEL_RESOURCES`; `PREFIX/share/keel` beside an installed
/// `PREFIX/bin/keel`; a `Resources` folder above the binary (a build in the
/// source tree).
public enum ResourceLocator {
    public static func find(
        environment: (String) -> String? = Posix.environment,
        executable: String? = executablePath()
    ) -> String? {
        if let explicit = environment("KEEL_RESOURCES"), Posix.isDirectory(explicit) { return explicit }
        guard let exe = executable else { return nil }
        let bin = Posix.directory(of: exe)
        let installed = Posix.directory(of: bin) + "/share/keel"
        if Posix.exists(installed + "/README.md") { return installed }
        var dir = bin
        for _ in 0..<6 {
            let candidate = dir + "/Resources"
            if Posix.exists(candidate + "/README.md") { return candidate }
            let up = Posix.directory(of: dir)
            if up == dir { break }
            dir = up
        }
        return nil
    }

    public static func executablePath() -> String? {
        var buf = [CChar](repeating: 0, count: 4096)
        let n = readlink("/proc/self/exe", &buf, buf.count - 1)
        guard n > 0 else { return nil }
        buf[n] = 0
        return String(cString: buf)
    }
}
