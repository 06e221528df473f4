/// A number as a person writes it: "3" for 3.0, "2.5" for 2.5.
public func plainNumber(_ x: Double) -> String {
    x == x.rounded() && abs(x) < 1e15 ? String(Int(x)) : String(x)
}
