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

/// What keel asks of a data folder before it reads a file in it, as ssh
/// asks of ~/.ssh: that it is private, and that keel's own folders inside
/// it are really there. keel never changes a folder it did not make to fit
/// (a `--data-dir /tmp` chmod'ed to 0700 would lock every other user out).
extension DataDirectory {
    /// Why keel won't use `root` (a sentence to print), or nil. `folders`
    /// are the names keel itself writes into inside it.
    public static func refusal(_ root: String, folders: [String]) -> String? {
        if let mode = Posix.permissions(root) {
            if mode & mode_t(S_ISVTX) != 0 {
                return
                    "\(root) is a shared folder: anyone may add files to it (its sticky bit is set, as on /tmp), and keel keeps your words only in a folder of your own. Give keel one with --data-dir or KEEL_DATA_DIR"
            }
            if mode & 0o077 != 0 {
                let octal = String(mode & 0o777, radix: 8)
                return
                    "Other people can open \(root) (its permissions are 0\(octal)), and keel keeps your words only in a private folder. If the folder is yours alone, chmod 700 \(root) makes it private; or give keel another folder with --data-dir"
            }
        }
        for name in folders where Posix.isSymbolicLink(root + "/" + name) {
            let target = Posix.linkTarget(root + "/" + name).map { " to \($0)" } ?? ""
            return
                "\(name) in \(root) is a link\(target), and keel reads and writes only inside its own data folder. Move that folder itself into \(root) in place of the link, or point --data-dir at the folder the data is really in"
        }
        return nil
    }
}
