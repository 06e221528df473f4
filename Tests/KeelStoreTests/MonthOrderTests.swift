import Foundation
import Testing
@testable import KeelStore

/// The month numbers of a folder's files are put in order without the
/// library's sort (see `MonthFolder.ascending`): the same order, for any
/// months a folder can name.
@Suite struct MonthOrderTests {
    @Test func monthNumbersComeOutAsTheLibrarySortsThem() {
        var random = SystemRandomNumberGenerator()
        for count in [0, 1, 2, 20, 21, 63, 64, 65, 360, 1000] {
            let numbers = Array(Set((0..<count).map { _ in Int.random(in: 12...(9999 * 12 + 11), using: &random) }))
            #expect(MonthFolder.ascending(numbers) == numbers.sorted())
        }
        #expect(MonthFolder.ascending([12 * 2026 + 10, 12 * 2026, 12 * 1999 + 11]) == [12 * 1999 + 11, 12 * 2026, 12 * 2026 + 10])
    }

    /// Thirty years of month files in a folder, written in no order, come back oldest first.
    @Test func thirtyYearsOfMonthFilesListOldestFirst() throws {
        let tmp = TempDir()
        var months: [String] = []
        for year in 1997...2026 {
            for month in 1...12 { months.append("\(year)-\(month < 10 ? "0" : "")\(month)") }
        }
        for name in months.shuffled() { try tmp.write("habit-days/\(name).json", "{}") }
        #expect(MonthFolder.list(tmp.data + "/habit-days").months.map(\.description) == months)
    }
}
