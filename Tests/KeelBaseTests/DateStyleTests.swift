import Testing

@testable import KeelBase

/// Dates as this machine writes them, and weeks as it starts them.
@Suite struct DateStyleTests {
    let day = CivilDate(year: 2026, month: 12, day: 1)

    func written(_ order: DateStyle.Order, _ text: () -> String) -> String {
        DateStyle.$override.withValue(DateStyle(order: order), operation: text)
    }

    @Test func eachOrderWritesEveryForm() {
        #expect(
            written(.dayMonth) { [day.short, day.shortWithYear, day.dayAndMonth, day.long, day.longWithYear].joined(separator: "|") }
                == "Tue 1 Dec|Tue 1 Dec 2026|1 Dec|Tuesday 1 December|Tuesday 1 December 2026")
        #expect(
            written(.monthDay) { [day.short, day.shortWithYear, day.dayMonthYear, day.long, day.longWithYear].joined(separator: "|") }
                == "Tue Dec 1|Tue Dec 1, 2026|Dec 1, 2026|Tuesday, December 1|Tuesday, December 1, 2026")
        #expect(
            written(.iso) { [day.short, day.shortWithYear, day.dayAndMonth, day.long].joined(separator: "|") }
                == "Tue 2026-12-01|Tue 2026-12-01|2026-12-01|Tuesday 2026-12-01")
    }

    @Test func rangesNameTheMonthOnceWhereTheyCan() {
        let a = CivilDate(year: 2026, month: 11, day: 23), b = CivilDate(year: 2026, month: 11, day: 29)
        let c = CivilDate(year: 2026, month: 11, day: 30), d = CivilDate(year: 2026, month: 12, day: 6)
        let e = CivilDate(year: 2027, month: 1, day: 3)
        #expect(written(.dayMonth) { CivilDate.range(a, b) + "|" + CivilDate.range(c, d) } == "23-29 Nov 2026|30 Nov-6 Dec 2026")
        #expect(written(.monthDay) { CivilDate.range(a, b) + "|" + CivilDate.range(c, d) } == "Nov 23-29, 2026|Nov 30-Dec 6, 2026")
        #expect(written(.iso) { CivilDate.range(a, b) + "|" + CivilDate.range(d, e) } == "2026-11-23 to 11-29|2026-12-06 to 2027-01-03")
    }

    @Test func glibcsFirstWeekdayCountsFromItsReferenceDay() {
        // 30 Nov 1997 was a Sunday: 1 is Sunday (en_US), 2 Monday (de_DE), 7 Saturday.
        #expect(DateStyle.weekStart(firstWeekday: 1, referenceDay: 19971130) == 7)
        #expect(DateStyle.weekStart(firstWeekday: 2, referenceDay: 19971130) == 1)
        #expect(DateStyle.weekStart(firstWeekday: 7, referenceDay: 19971130) == 6)
        #expect(DateStyle.weekStart(firstWeekday: 1, referenceDay: 19971201) == 1)
        #expect(DateStyle.weekStart(firstWeekday: 0, referenceDay: 19971130) == nil)
        #expect(DateStyle.weekStart(firstWeekday: 1, referenceDay: 0) == nil)
    }

    @Test func theLocalesDateFormatGivesTheOrder() {
        #expect(DateStyle.order(ofFormat: "%m/%d/%Y") == .monthDay)
        #expect(DateStyle.order(ofFormat: "%d/%m/%y") == .dayMonth)
        #expect(DateStyle.order(ofFormat: "%d.%m.%Y") == .dayMonth)
        #expect(DateStyle.order(ofFormat: "%Y-%m-%d") == .iso)
        #expect(DateStyle.order(ofFormat: "%Y年%m月%d日") == .iso)
        #expect(DateStyle.order(ofFormat: "%e %b %Y") == .dayMonth)
        #expect(DateStyle.order(ofFormat: "") == .dayMonth)
    }

    @Test func theCLocaleKeepsKeelsOwnChoices() {
        for name in ["C", "POSIX", "C.UTF-8", ""] {
            #expect(DateStyle.fromLocale { $0 == "LANG" ? name : nil } == DateStyle())
        }
        // A locale this machine doesn't have changes nothing either.
        #expect(DateStyle.fromLocale { $0 == "LC_ALL" ? "xx_YY.UTF-8" : nil } == DateStyle())
    }
}
