import Testing

@testable import KeelBase

/// A day as keel writes it ("2026-11-26") is read from its bytes; the
/// answers are the same as the general reading's.
@Suite struct CivilDateTextTests {
    @Test func readsTheDaysKeelWrites() {
        #expect(CivilDate("2026-11-26") == CivilDate(year: 2026, month: 11, day: 26))
        #expect(CivilDate("0001-01-01") == CivilDate(year: 1, month: 1, day: 1))
        #expect(CivilDate("2024-02-29") == CivilDate(year: 2024, month: 2, day: 29))
        #expect(CivilDate("9999-12-31")?.description == "9999-12-31")
    }

    @Test func refusesWhatIsNotADay() {
        for text in [
            "2026-02-30", "2025-02-29", "2026-13-01", "2026-00-10", "2026-11-00", "2026-11-32", "0000-01-01", "2026-1-26", "2026-11-2a",
            "2026/11/26", "", "2026-11-26 ", " 2026-11-26", "２０２６-11-26", "2026-11-26T09:30", "+026-11-26",
        ] {
            #expect(CivilDate(text) == nil, "\(text)")
        }
    }
}
