#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension DateStyle {
    /// What the locale (LC_ALL, LC_TIME or LANG) says, where it says
    /// anything: the C and POSIX locales describe no country, so they keep
    /// keel's own choices (Monday, day before month).
    public static func fromLocale(environment: (String) -> String? = Posix.environment) -> DateStyle {
        let name = ["LC_ALL", "LC_TIME", "LANG"].compactMap { environment($0) }.first { !$0.isEmpty } ?? ""
        let language = name.prefix { $0 != "." && $0 != "@" }
        guard !["", "C", "POSIX"].contains(language) else { return DateStyle() }
        let before = setlocale(LC_TIME, nil).map { String(cString: $0) } ?? "C"
        guard setlocale(LC_TIME, name) != nil else { return DateStyle() }
        defer { setlocale(LC_TIME, before) }
        return DateStyle(weekStart: localeWeekStart() ?? 1, order: order(ofFormat: String(cString: nl_langinfo(nl_item(D_FMT)))))
    }

    /// glibc counts the first weekday from a reference day (`week-1stday`,
    /// usually Sunday 30 Nov 1997): 1 is that day, 2 the next.
    static func weekStart(firstWeekday: Int, referenceDay: Int) -> Int? {
        let reference = CivilDate(year: referenceDay / 10_000, month: referenceDay / 100 % 100, day: referenceDay % 100)
        guard (1...7).contains(firstWeekday), (1...12).contains(reference.month), (1...31).contains(reference.day)
        else { return nil }
        return (reference.weekday - 1 + firstWeekday - 1) % 7 + 1
    }

    /// "%d.%m.%Y" is day first, "%m/%d/%y" month first, "%Y-%m-%d" ISO.
    static func order(ofFormat format: String) -> Order {
        guard let d = format.firstRange(of: "%d")?.lowerBound ?? format.firstRange(of: "%e")?.lowerBound,
            let m = format.firstRange(of: "%m")?.lowerBound ?? format.firstRange(of: "%b")?.lowerBound
        else { return .dayMonth }
        if format.hasPrefix("%Y") || format.hasPrefix("%F") { return .iso }
        return m < d ? .monthDay : .dayMonth
    }

    private static func localeWeekStart() -> Int? {
        #if canImport(Glibc)
        guard let first = nl_langinfo(nl_item(_NL_TIME_FIRST_WEEKDAY)) else { return nil }
        // glibc hands back the reference day as a number in the pointer itself.
        let reference = Int(bitPattern: UInt(bitPattern: nl_langinfo(nl_item(_NL_TIME_WEEK_1STDAY))))
        return weekStart(firstWeekday: Int(first.pointee), referenceDay: reference)
        #else
        return nil
        #endif
    }
}
