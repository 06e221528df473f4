/// Choices that belong to this machine, not to the synced data: how keel
/// looks in this terminal, whether the breath moves, which editor Ctrl-O
/// opens, which country's crisis lines to show here. Read from
/// `$XDG_CONFIG_HOME/keel/config.json`; every key may be left out.
public struct Preferences: Equatable, Sendable {
    /// One of `Preferences.themes`; nil means "auto".
    public var theme: String?
    /// False: the breathing pacer starts with its still display.
    public var animateBreath: Bool?
    /// A command line, used before $VISUAL and $EDITOR.
    public var editor: String?
    /// An ISO 3166 code (GB, DE) for crisis lines, used instead of the locale's.
    public var region: String?
    /// The day weeks start on (`CivilDate.weekday`), used instead of the locale's.
    public var weekStart: Int?
    /// How dates are written, used instead of the locale's.
    public var dateOrder: DateStyle.Order?
    /// Talk line by line instead of drawing the screen (plain mode).
    public var plain: Bool?
    /// In plain mode, the breathing pacer rings the terminal bell at each phase change.
    public var plainBell: Bool?

    /// What the file got wrong, each with file and line: keel starts anyway.
    public var problems: [String] = []

    public init(theme: String? = nil, animateBreath: Bool? = nil, editor: String? = nil, region: String? = nil) {
        self.theme = theme
        self.animateBreath = animateBreath
        self.editor = editor
        self.region = region
    }

    public static let themes = ["auto", "dark", "light", "high-contrast"]
    public static let fileName = "config.json"
    static let keys = ["theme", "animate_breath", "editor", "region", "week_start", "date_format", "plain", "plain_bell"]

    /// This machine's file, read once, the first time anything asks.
    public static let thisMachine = load()

    /// The config's choices over the locale's, each on its own.
    public func dateStyle(overLocale locale: DateStyle) -> DateStyle {
        DateStyle(weekStart: weekStart ?? locale.weekStart, order: dateOrder ?? locale.order)
    }

    /// `config.json` in keel's config folder; none there is no problem.
    public static func load(environment: (String) -> String? = Posix.environment) -> Preferences {
        guard let dir = DataDirectory.configDirectory(environment: environment) else { return Preferences() }
        return load(path: dir + "/" + fileName)
    }

    public static func load(path: String) -> Preferences {
        guard Posix.exists(path) else { return Preferences() }
        do { return parse(try Posix.read(path, limit: 65_536), file: path) } catch {
            return Preferences(problems: ["\(path): \(FileError.explain(error.code)); keel starts with its usual choices"])
        }
    }

    init(problems: [String]) {
        self.init()
        self.problems = problems
    }

    public static func parse(_ bytes: [UInt8], file: String) -> Preferences {
        var p = Preferences()
        let entries: [FlatJSON.Entry]
        switch FlatJSON.read(bytes) {
        case .success(let e): entries = e
        case .failure(let error):
            p.problems.append("\(file) line \(error.line): \(error.message); none of it was used")
            return p
        }
        for entry in entries {
            let at = "\(file) line \(entry.line)"
            func bad(_ want: String) { p.problems.append("\(at): \"\(entry.key)\" should be \(want)") }
            switch (entry.key, entry.value) {
            case ("theme", .text(let name)) where themes.contains(name.lowercased()):
                p.theme = name.lowercased()
            case ("theme", _): bad(quotedChoices(themes))
            case ("animate_breath", .bool(let on)): p.animateBreath = on
            case ("animate_breath", _): bad("true or false")
            case ("plain", .bool(let on)): p.plain = on
            case ("plain_bell", .bool(let on)): p.plainBell = on
            case ("plain", _), ("plain_bell", _): bad("true or false")
            case ("editor", .text(let command)) where !command.allSatisfy(\.isWhitespace): p.editor = command
            case ("editor", _): bad("a command in quotes, such as \"nano\"")
            case ("region", .text(let code)) where code.count == 2 && code.allSatisfy({ $0.isASCII && $0.isLetter }):
                p.region = code.uppercased()
            case ("region", _): bad("a two-letter country code in quotes, such as \"GB\"")
            case ("week_start", .text(let name)) where DateStyle.weekStarts.contains(where: { $0.name == name.lowercased() }):
                p.weekStart = DateStyle.weekStarts.first { $0.name == name.lowercased() }?.weekday
            case ("week_start", _): bad(quotedChoices(DateStyle.weekStarts.map(\.name)))
            case ("date_format", .text(let name)) where DateStyle.Order(rawValue: name.lowercased()) != nil:
                p.dateOrder = DateStyle.Order(rawValue: name.lowercased())
            case ("date_format", _): bad(quotedChoices(DateStyle.Order.allCases.map(\.rawValue)))
            default:
                let near = keys.first { $0.replacingOccurrences("-", "_") == entry.key.lowercased().replacingOccurrences("-", "_") }
                p.problems.append(
                    "\(at): keel doesn't know \"\(entry.key)\"" + (near.map { " (did you mean \"\($0)\"?)" } ?? "")
                        + "; it knows " + keys.map { "\"\($0)\"" }.joined(separator: ", ").replacingLast(", ", with: " and "))
            }
        }
        return p
    }
}

/// "\"a\", \"b\" or \"c\"".
private func quotedChoices(_ names: [String]) -> String {
    names.map { "\"\($0)\"" }.joined(separator: ", ").replacingLast(", ", with: " or ")
}

extension String {
    /// "a, b, c" -> "a, b or c".
    func replacingLast(_ target: String, with replacement: String) -> String {
        var i = endIndex
        while i > startIndex {
            i = index(before: i)
            if self[i...].hasPrefix(target) { return String(self[..<i]) + replacement + self[i...].dropFirst(target.count) }
        }
        return self
    }

    func replacingOccurrences(_ target: Character, _ replacement: Character) -> String {
        String(map { $0 == target ? replacement : $0 })
    }
}
