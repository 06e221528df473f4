#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// ncurses reads and writes through the C library's character set, so a
/// locale that is not UTF-8 (LANG=C, a language that is not installed, the
/// bare LC_CTYPE=UTF-8 macOS sends over ssh) would make it drop every
/// character beyond ASCII, on screen and in what is typed. keel only needs
/// the character set: it keeps the person's other locale settings and looks
/// for any UTF-8 character set the system has.
enum TerminalLocale {
    /// Chooses the locale; false when no UTF-8 one can be had, and the
    /// screen must make do with ASCII.
    static func useUTF8() -> Bool {
        setlocale(LC_ALL, "")
        if isUTF8 { return true }
        var tried = Set<String>()
        for name in candidates(requested: requestedName()) where tried.insert(name).inserted {
            if setlocale(LC_CTYPE, name) != nil, isUTF8 { return true }
        }
        for name in installedUTF8Locales() where tried.insert(name).inserted {
            if setlocale(LC_CTYPE, name) != nil, isUTF8 { return true }
        }
        setlocale(LC_CTYPE, "C")
        return false
    }

    static var isUTF8: Bool {
        guard let codeset = nl_langinfo(nl_item(CODESET)) else { return false }
        return normalized(String(cString: codeset)) == "utf8"
    }

    /// The name the environment asks for, as setlocale reads it.
    static func requestedName() -> String? {
        for key in ["LC_ALL", "LC_CTYPE", "LANG"] {
            if let v = getenv(key), v.pointee != 0 { return String(cString: v) }
        }
        return nil
    }

    /// The person's own language in UTF-8 first ("de_DE.ISO-8859-1" and
    /// "de_DE" become "de_DE.UTF-8"), then the names most systems have.
    static func candidates(requested: String?) -> [String] {
        var names: [String] = []
        if let requested {
            let language = String(requested.prefix { $0 != "." && $0 != "@" })
            if !language.isEmpty, !["C", "POSIX", "UTF-8"].contains(language) {
                names += [language + ".UTF-8", language + ".utf8"]
            }
        }
        return names + ["C.UTF-8", "C.utf8", "en_US.UTF-8", "en_US.utf8", "UTF-8"]
    }

    /// Every UTF-8 locale `locale -a` lists (asked only when the usual
    /// names are missing).
    static func installedUTF8Locales() -> [String] {
        guard let pipe = popen("locale -a 2>/dev/null", "r") else { return [] }
        defer { pclose(pipe) }
        var names: [String] = []
        var line = [CChar](repeating: 0, count: 256)
        while fgets(&line, Int32(line.count), pipe) != nil {
            let bytes = line.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }
            let name = String(decoding: bytes, as: UTF8.self).trimmingSuffix("\n")
            if normalized(name).hasSuffix("utf8") { names.append(name) }
        }
        return names
    }

    /// "UTF-8", "utf8" and "UTF8" are one character set.
    static func normalized(_ name: String) -> String {
        String(name.lowercased().filter { $0 != "-" && $0 != "_" })
    }
}

private extension String {
    func trimmingSuffix(_ suffix: String) -> String {
        hasSuffix(suffix) ? String(dropLast(suffix.count)) : self
    }
}
