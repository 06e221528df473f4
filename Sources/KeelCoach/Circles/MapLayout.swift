#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import KeelStore
import KeelTerminal

/// Where everything on the circle map goes for a given size, worked out
/// without a terminal: you at the centre; the inner, middle and outer rings
/// as dotted ovals; one sector per circle, wider for fuller circles, with
/// its label outside the outer ring; each person as their circle's shape in
/// their ring (hollow when the tie has gone quiet); a wavy line between
/// circles that pull against each other.
///
/// Pieces are placed in order of importance (labels, you, people, names,
/// strain lines, then the rings in the cells left over), so decoration
/// never hides a person.
public struct MapLayout {
    public enum Role: Hashable, Sendable {
        case you, ring, strain
        case label(circleID: String)
        case mark(personID: String, circleID: String, quiet: Bool, inner: Bool)
        case name(personID: String)
    }

    public struct Piece: Hashable, Sendable {
        public var x: Int
        public var y: Int
        public var text: String
        public var role: Role
    }

    /// A circle's share of the map, in radians clockwise from the top.
    public struct Sector: Hashable, Sendable {
        public var circleID: String
        public var start: Double
        public var end: Double
        public var middle: Double { (start + end) / 2 }
    }

    /// The smallest area the map is drawn in; below it the list shows instead.
    public static let minimum = Size(width: 56, height: 13)
    /// From this size on, every person's name is written beside their mark.
    public static let roomForNames = Size(width: 96, height: 24)

    /// Where each ring starts and ends, as a fraction of the outer ring.
    static let bands: [(ring: Person.Ring, from: Double, to: Double)] = [(.inner, 0.16, 0.40), (.middle, 0.40, 0.70), (.outer, 0.70, 1.0)]
    static let ringLines = [0.40, 0.70, 1.0]

    public let size: Size
    public private(set) var pieces: [Piece] = []
    public private(set) var sectors: [Sector] = []
    /// People who found no room in their circle's part of the map, by circle.
    public private(set) var hidden: [String: Int] = [:]
    public var hiddenCount: Int { hidden.values.reduce(0, +) }

    let cx: Double, cy: Double, rx: Double, ry: Double
    private var taken: [Bool]

    /// `named`: people whose name is written even when there is no room for all names (the selected one).
    public init(world: CircleWorld, size: Size, today: CivilDate, named: Set<String> = []) {
        self.size = size
        taken = Array(repeating: false, count: size.width * size.height)
        let radiusY = max(1, (size.height - 3) / 2)
        let labelWidths = world.circles.map { DisplayWidth.of($0.name) + 2 }
        let spare = size.width / 2 - 2 - 2 * radiusY
        let labelRoom = min(20, labelWidths.max() ?? 8, max(8, spare))
        cy = Double(1 + radiusY)
        cx = Double((size.width - 1) / 2)
        ry = Double(radiusY)
        rx = Double(max(2, min(size.width / 2 - labelRoom - 2, 3 * radiusY)))
        guard size.width >= 8, size.height >= 5 else { return }

        sectors = MapLayout.sectors(for: world)
        for (sector, circle) in zip(sectors, world.circles) {
            placeLabel(CircleGlyph.filled(circle.kind) + " " + circle.name, sector: sector, room: labelRoom)
        }
        put(Piece(x: Int(cx) - 1, y: Int(cy), text: "you", role: .you))
        for (sector, circle) in zip(sectors, world.circles) {
            placePeople(world.members(of: circle.id), of: circle, in: sector, world: world, today: today)
        }
        let everyName = size.width >= MapLayout.roomForNames.width && size.height >= MapLayout.roomForNames.height
        for piece in pieces {
            guard case .mark(let personID, _, _, _) = piece.role, everyName || named.contains(personID),
                let person = world.person(personID)
            else { continue }
            placeName(person, beside: piece, anywhere: named.contains(personID))
        }
        drawStrain(world)
        for r in MapLayout.ringLines { drawRing(r) }
    }

    // MARK: - Sectors

    /// Fuller circles get wider sectors; even an empty one gets room for a few people.
    static func sectors(for world: CircleWorld) -> [Sector] {
        let weights = world.circles.map { Double(world.members(of: $0.id).count) + 2 }
        let total = weights.reduce(0, +)
        var start = 0.0
        return zip(world.circles, weights).map { circle, w in
            let span = 2 * Double.pi * w / total
            defer { start += span }
            return Sector(circleID: circle.id, start: start, end: start + span)
        }
    }

    // MARK: - Geometry

    /// The cell at a fraction `r` of the outer ring, `t` radians clockwise from the top.
    func cell(r: Double, t: Double) -> (x: Int, y: Int) {
        let a = t - Double.pi / 2
        return (Int((cx + r * rx * cos(a)).rounded()), Int((cy + r * ry * sin(a)).rounded()))
    }

    /// The same in reverse: how far out a cell is, and at what angle.
    func polar(_ x: Int, _ y: Int) -> (r: Double, t: Double) {
        let nx = (Double(x) - cx) / rx, ny = (Double(y) - cy) / ry
        var t = atan2(ny, nx) + Double.pi / 2
        if t < 0 { t += 2 * Double.pi }
        return ((nx * nx + ny * ny).squareRoot(), t)
    }

    func inBounds(_ x: Int, _ y: Int) -> Bool { x >= 0 && y >= 0 && x < size.width && y < size.height }
    func isFree(_ x: Int, _ y: Int) -> Bool { inBounds(x, y) && !taken[y * size.width + x] }

    func isFree(_ text: String, x: Int, y: Int) -> Bool {
        let w = DisplayWidth.of(text)
        return w > 0 && (x..<(x + w)).allSatisfy { isFree($0, y) }
    }

    private mutating func put(_ piece: Piece) {
        let w = DisplayWidth.of(piece.text)
        for x in piece.x..<(piece.x + w) where inBounds(x, piece.y) { taken[piece.y * size.width + x] = true }
        pieces.append(piece)
    }

    // MARK: - Labels

    /// Just outside the outer ring at the sector's middle, reading away from
    /// the centre; nudged along when another label is in the way.
    private mutating func placeLabel(_ full: String, sector: Sector, room: Int) {
        let text = DisplayWidth.truncate(full, to: min(room, size.width))
        let width = DisplayWidth.of(text)
        let a = sector.middle - Double.pi / 2
        let ax = Int((cx + (rx + 2) * cos(a)).rounded()), ay = Int((cy + (ry + 1) * sin(a)).rounded())
        let side = cos(a) > 0.25 ? 1 : cos(a) < -0.25 ? -1 : 0
        let startX = side > 0 ? ax : side < 0 ? ax - width + 1 : ax - width / 2
        let away = sin(a) > 0 ? 1 : -1
        var best: (Int, Int)?
        search: for shift in 0..<8 {
            for dy in [0, away, -away, 2 * away, -2 * away] {
                for dx in side == 0 ? [-shift, shift] : [side * shift] {
                    let x = min(max(0, startX + dx), size.width - width), y = min(max(0, ay + dy), size.height - 1)
                    guard isFree(text, x: x, y: y) else { continue }
                    if best == nil { best = (x, y) }
                    if (x..<(x + width)).allSatisfy({ polar($0, y).r > 1.05 }) {
                        best = (x, y)
                        break search
                    }
                }
            }
        }
        guard let (x, y) = best else { return }
        put(Piece(x: x, y: y, text: text, role: .label(circleID: sector.circleID)))
        reserveEdges(x: x, y: y, width: width)
    }

    /// Keeps the cells either side of a label or name clear, so a ring's dots don't run into the words.
    private mutating func reserveEdges(x: Int, y: Int, width: Int) {
        for edge in [x - 1, x + width] where isFree(edge, y) { taken[y * size.width + edge] = true }
    }

    // MARK: - People

    private mutating func placePeople(
        _ members: [Person], of circle: BelongingCircle, in sector: Sector,
        world: CircleWorld, today: CivilDate
    ) {
        let cells = (0..<size.height).flatMap { y in (0..<size.width).map { (x: $0, y: y) } }
            .map { c -> (x: Int, y: Int, r: Double, t: Double) in
                let p = polar(c.x, c.y)
                return (c.x, c.y, p.r, p.t)
            }
            .filter { $0.t >= sector.start && $0.t < sector.end }
        for band in MapLayout.bands {
            let group = members.filter { $0.ring == band.ring }
            let inBand = cells.filter { $0.r >= band.from && $0.r < band.to }
            let margin = (sector.end - sector.start) * 0.06
            for (i, person) in group.enumerated() {
                let t = sector.start + margin + (Double(i) + 0.5) * (sector.end - sector.start - 2 * margin) / Double(group.count)
                let ideal = cell(r: (band.from + band.to) / 2, t: t)
                let spot =
                    inBand
                    .filter { isFree($0.x, $0.y) && isFree($0.x - 1, $0.y) && isFree($0.x + 1, $0.y) }
                    .min { a, b in
                        let da = (a.x - ideal.x) * (a.x - ideal.x) + 4 * (a.y - ideal.y) * (a.y - ideal.y)
                        let db = (b.x - ideal.x) * (b.x - ideal.x) + 4 * (b.y - ideal.y) * (b.y - ideal.y)
                        return (da, a.y, a.x) < (db, b.y, b.x)
                    }
                guard let spot else {
                    hidden[circle.id, default: 0] += 1
                    continue
                }
                let quiet = CircleRhythm.isQuiet(person, in: world, today: today)
                let glyph = quiet ? CircleGlyph.hollow(circle.kind) : CircleGlyph.filled(circle.kind)
                put(
                    Piece(
                        x: spot.x, y: spot.y, text: glyph,
                        role: .mark(personID: person.id, circleID: circle.id, quiet: quiet, inner: person.ring == .inner)))
            }
        }
    }

    /// The name beside the mark, on the side away from the centre. A
    /// selected person's name may also go on the other side, or just above
    /// or below, so it shows even in a crowded circle.
    private mutating func placeName(_ person: Person, beside mark: Piece, anywhere: Bool) {
        let text = DisplayWidth.truncate(person.name, to: 12)
        let w = DisplayWidth.of(text)
        let outward = Double(mark.x) >= cx
        let right = (x: mark.x + 2, y: mark.y), left = (x: mark.x - 1 - w, y: mark.y)
        var spots = [outward ? right : left]
        if anywhere { spots += [outward ? left : right, (mark.x - w / 2, mark.y - 1), (mark.x - w / 2, mark.y + 1)] }
        for (x, y) in spots {
            // One free cell on each side keeps a name from running into the next mark.
            let before = isFree(x - 1, y) || x - 1 == mark.x, after = isFree(x + w, y) || x + w == mark.x
            guard isFree(text, x: x, y: y), before, after || !inBounds(x + w, y) else { continue }
            put(Piece(x: x, y: y, text: text, role: .name(personID: person.id)))
            reserveEdges(x: x, y: y, width: w)
            return
        }
    }

    // MARK: - Lines

    private mutating func drawStrain(_ world: CircleWorld) {
        for i in world.circles.indices {
            for j in world.circles.indices where j > i {
                let a = world.circles[i], b = world.circles[j]
                guard a.pullsAgainst.contains(b.id) || b.pullsAgainst.contains(a.id) else { continue }
                let from = cell(r: 0.9, t: sectors[i].middle), to = cell(r: 0.9, t: sectors[j].middle)
                for (x, y) in MapLayout.line(from, to) where isFree(x, y) {
                    put(Piece(x: x, y: y, text: "~", role: .strain))
                }
            }
        }
    }

    private mutating func drawRing(_ r: Double) {
        let steps = max(16, Int(2 * Double.pi * r * max(rx, ry) * 3))
        for k in 0..<steps {
            let (x, y) = cell(r: r, t: 2 * Double.pi * Double(k) / Double(steps))
            if isFree(x, y) { put(Piece(x: x, y: y, text: "·", role: .ring)) }
        }
    }

    /// The cells of a straight line (Bresenham).
    static func line(_ from: (x: Int, y: Int), _ to: (x: Int, y: Int)) -> [(Int, Int)] {
        var (x, y) = from
        let dx = abs(to.x - x), dy = -abs(to.y - y)
        let sx = x < to.x ? 1 : -1, sy = y < to.y ? 1 : -1
        var err = dx + dy
        var out: [(Int, Int)] = []
        while true {
            out.append((x, y))
            if x == to.x && y == to.y { break }
            let e2 = 2 * err
            if e2 >= dy { err += dy; x += sx }
            if e2 <= dx { err += dx; y += sy }
        }
        return out
    }
}
