import KeelStore
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import KeelTerminal

/// The pacer's picture: a round shape that grows with the in-breath and
/// shrinks with the out-breath, or, in still mode, a calm unmoving gauge.
enum BreathShape {
    /// Terminal cells are about twice as tall as wide, so columns count half.
    static func draw(fill: Double, into buffer: inout Buffer, in area: Rect) {
        guard area.height >= 3, area.width >= 6 else { return }
        let maxRadius = min(Double(area.height - 1) / 2, Double(area.width - 2) / 4)
        let minRadius = min(1.0, maxRadius)
        let r = minRadius + (maxRadius - minRadius) * max(0, min(1, fill))
        let cx = Double(area.x) + Double(area.width - 1) / 2
        let cy = Double(area.y) + Double(area.height - 1) / 2
        for y in area.y..<area.maxY {
            for x in area.x..<area.maxX {
                let dx = (Double(x) - cx) / 2
                let dy = Double(y) - cy
                let d = (dx * dx + dy * dy).squareRoot()
                if d <= r + 0.25 {
                    let rim = d > r - 0.75
                    buffer.write(rim ? "●" : "·", x: x, y: y, style: rim ? .calm : .muted)
                }
            }
        }
    }

    /// Still mode: nothing grows or shrinks. The steps of one breath sit in a
    /// row and the current one is marked; it changes only when the step does.
    static func drawStill(pattern: BreathPattern, phaseIndex: Int, into buffer: inout Buffer, in area: Rect) {
        guard area.height >= 1 else { return }
        let labels = pattern.phases.map { phase -> String in
            switch phase.kind {
            case .inhale: return "in \(plainNumber(phase.seconds))"
            case .topUp: return "in again \(plainNumber(phase.seconds))"
            case .holdFull, .holdEmpty: return "hold \(plainNumber(phase.seconds))"
            case .exhale: return "out \(plainNumber(phase.seconds))"
            }
        }
        let total = labels.reduce(0) { $0 + DisplayWidth.of($1) + 4 } - 2
        var x = area.x + max(0, (area.width - total) / 2)
        let y = area.y + area.height / 2
        for (i, label) in labels.enumerated() {
            let current = i == phaseIndex
            x += buffer.write(current ? "[\(label)]" : " \(label) ", x: x, y: y, style: current ? .selected : .muted, clip: area)
            x += 2
        }
    }
}
