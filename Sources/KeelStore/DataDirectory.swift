/// Where keel keeps its data and looks for the person's own content,
/// following the contract in DESIGN.md.
public enum DataDirectory {
    /// `--data-dir`, else `KEEL_DATA_DIR`, else `$XDG_DATA_HOME/keel`, else `~/.local/share/keel`.
    public static func resolve(flag: String?, environment: (String) -> String? = Posix.environment) -> String? {
        if let flag, !flag.isEmpty { return absolute(flag, environment: environment) }
        if let env = environment("KEEL_DATA_DIR") { return absolute(env, environment: environment) }
        if let xdg = environment("XDG_DATA_HOME"), xdg.hasPrefix("/") { return xdg + "/keel" }
        guard let home = environment("HOME") else { return nil }
        return home + "/.local/share/keel"
    }

    /// `$XDG_CONFIG_HOME/keel`, else `~/.config/keel`.
    public static func configDirectory(environment: (String) -> String? = Posix.environment) -> String? {
        if let xdg = environment("XDG_CONFIG_HOME"), xdg.hasPrefix("/") { return xdg + "/keel" }
        guard let home = environment("HOME") else { return nil }
        return home + "/.config/keel"
    }

    static func absolute(_ path: String, environment: (String) -> String?) -> String {
        var p = path
        if p.hasPrefix("~/"), let home = environment("HOME") { p = home + p.dropFirst(1) }
        if !p.hasPrefix("/") {
            p = currentDirectory() + "/" + p
        }
        while p.count > 1, p.hasSuffix("/") { p.removeLast() }
        return p
    }

    static func currentDirectory() -> String {
        var buf = [CChar](repeating: 0, count: 4096)
        guard getcwd(&buf, buf.count) != nil else { return "." }
        return String(cString: buf)
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
