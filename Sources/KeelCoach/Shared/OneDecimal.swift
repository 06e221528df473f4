import KeelStore

/// A figure for a sentence or beside a chart: one decimal at most ("4.5",
/// "3"), the same in every practice that states an average.
func oneDecimal(_ v: Double) -> String {
    plainNumber((v * 10).rounded() / 10)
}
