import KeelStore
import KeelTerminal

/// The insights in plain words, for the insights screen and, shorter, for
/// the panel beside the map in a wide window.
enum InsightsText {
    enum Line: Equatable {
        case text(String, Style)
        /// A circle's share of support, drawn as a bar.
        case bar(label: String, share: Double, percent: Int)
        case blank
    }

    static func concentration(_ world: CircleWorld) -> [Line] {
        let shares = Concentration.shares(world)
        guard let top = shares.first else { return [] }
        var out: [Line] = [.text("Where your support comes from", .strong)]
        if shares.count == 1 {
            out.append(
                .text(
                    "All of your support comes from \(top.name) for now. It's a good place to have; a second circle would mean one hard week there doesn't tilt everything.",
                    .warm))
        } else if let heavy = Concentration.ridesOnOne(world) {
            out.append(
                .text(
                    "A lot rides on one circle: about \(heavy.percent)% of your support comes from \(heavy.name). That is a good place to have. Growing one or two other circles a little means a bad week there won't tilt everything.",
                    .warm))
        } else {
            out.append(
                .text(
                    "Your support is spread out: the largest circle, \(top.name), carries about \(top.percent)%. A setback in one place is less likely to tilt everything.",
                    .plain))
        }
        out += shares.prefix(6).map { .bar(label: $0.name, share: $0.share, percent: $0.percent) }
        if shares.count > 6 { out.append(.text("and \(shares.count - 6) more", .muted)) }
        return out
    }

    static func rhythm(_ world: CircleWorld, today: CivilDate) -> [Line] {
        guard !world.circles.isEmpty else { return [] }
        let active = CircleRhythm.activeCircles(world, today: today)
        var out: [Line] = [.text("Circles in touch", .strong)]
        out.append(.text(inTouch(active.count, of: world.circles.count), .plain))
        let idle = world.circles.filter { c in !active.contains { $0.id == c.id } }
        if !idle.isEmpty, !active.isEmpty { out.append(.text("Not lately: \(idle.map(\.name).joined(separator: ", ")).", .muted)) }
        let rings = CircleRhythm.ringCounts(world)
        out.append(.text("Rings: \(rings[.inner] ?? 0) inner, \(rings[.middle] ?? 0) middle, \(rings[.outer] ?? 0) outer.", .plain))
        let deep = CircleRhythm.deepTies(world)
        let withDeep = deep.filter { $0.count > 0 }.map { "\($0.circle.name) \($0.count)" }
        if !withDeep.isEmpty { out.append(.text("Deep ties (inner ring) by circle: \(withDeep.joined(separator: ", ")).", .plain)) }
        if withDeep.count < deep.count, !withDeep.isEmpty {
            out.append(.text("A few deep ties carry more than many light ones; a circle with none yet may have someone worth getting to know better.", .muted))
        }
        return out
    }

    /// "2 of 3 circles have been in touch within their usual rhythm", said
    /// for one circle, none or all as a person would.
    static func inTouch(_ active: Int, of total: Int) -> String {
        if total == 1 {
            return active == 1
                ? "Your one circle has been in touch within its usual rhythm."
                : "Your one circle hasn't been in touch within its usual rhythm lately."
        }
        if active == 0 { return "None of your \(total) circles has been in touch within its usual rhythm lately." }
        if active == total { return "\(total == 2 ? "Both" : "All \(total)") circles have been in touch within their usual rhythm." }
        return active == 1
            ? "1 of \(total) circles has been in touch within its usual rhythm."
            : "\(active) of \(total) circles have been in touch within their usual rhythm."
    }

    /// The short form beside the map: "2 of 3 circles in touch lately."
    static func inTouchLately(_ active: Int, of total: Int) -> String {
        if total == 1 { return active == 1 ? "Your one circle: in touch lately." : "Your one circle: not in touch lately." }
        if active == 0 { return "None of your \(total) circles in touch lately." }
        return active == total ? "All \(total) circles in touch lately." : "\(active) of \(total) circles in touch lately."
    }

    static func quiet(_ world: CircleWorld, today: CivilDate, limit: Int = 6) -> [Line] {
        guard !world.people.isEmpty else { return [] }
        let quiet = CircleRhythm.quietTies(world, today: today)
        var out: [Line] = [.text("Gone quiet", .strong)]
        guard !quiet.isEmpty else {
            out.append(.text("Nobody has gone quiet. Your ties are keeping their rhythm.", .plain))
            return out
        }
        for q in quiet.prefix(limit) {
            let circles = world.circles(of: q.person).map(\.name).joined(separator: ", ")
            let (since, usual) = RhythmWords.spans(q.daysSince, within: q.usualGap)
            out.append(.text("\(q.person.name)\(circles.isEmpty ? "" : " (\(circles))"): \(since) since you were in touch; usually within \(usual).", .plain))
        }
        if quiet.count > limit { out.append(.text("and \(quiet.count - limit) more", .muted)) }
        out.append(.text("Reaching out can be small: a message, a photo, \"this made me think of you\". No need to explain the gap.", .calm))
        return out
    }

    static func step(_ step: WideningStep?, today: CivilDate, detail: String?, wentTo: String? = nil) -> [Line] {
        var out: [Line] = [.text("One small step to widen your circles", .strong)]
        if let step {
            out.append(.text("Your next step: \(step.label) (chosen \(RhythmWords.ago(today.days(since: step.chosenOn)))).", .plain))
            if let wentTo { out.append(.text(wentTo, .calm)) }
            if let detail { out.append(.text(detail, .muted)) }
        } else {
            out.append(.text("No step chosen yet. Press w to pick one small, doable step: a club night, a class, a shift of volunteering.", .plain))
        }
        return out
    }

    /// Everything, for the insights screen.
    static func full(
        _ world: CircleWorld, today: CivilDate, step chosen: WideningStep?, stepDetail: String?, offerStep: Bool, wentTo: String? = nil
    ) -> [Line] {
        var sections = [concentration(world), rhythm(world, today: today), quiet(world, today: today)]
        if offerStep || chosen != nil { sections.append(step(chosen, today: today, detail: stepDetail, wentTo: wentTo)) }
        let filled = sections.filter { !$0.isEmpty }
        guard !filled.isEmpty else { return [.text("Add a circle or two on the map first; the insights grow from there.", .plain)] }
        return Array(filled.joined(separator: [.blank]))
    }

    /// A few short lines for the panel beside the map.
    static func summary(_ world: CircleWorld, today: CivilDate, step: WideningStep?) -> [(String, Style)] {
        var out: [(String, Style)] = [("At a glance", .strong)]
        let shares = Concentration.shares(world)
        for s in shares.prefix(3) { out.append(("\(s.percent)% of support: \(s.name)", .plain)) }
        if Concentration.ridesOnOne(world) != nil { out.append(("A lot rides on one circle.", .warm)) }
        out.append(("", .plain))
        let active = CircleRhythm.activeCircles(world, today: today).count
        out.append((inTouchLately(active, of: world.circles.count), .plain))
        let rings = CircleRhythm.ringCounts(world)
        out.append(("\(rings[.inner] ?? 0) inner · \(rings[.middle] ?? 0) middle · \(rings[.outer] ?? 0) outer", .plain))
        let quiet = CircleRhythm.quietTies(world, today: today)
        if !quiet.isEmpty {
            out.append(("", .plain))
            out.append(("Gone quiet: " + quiet.prefix(5).map(\.person.name).joined(separator: ", ") + (quiet.count > 5 ? "…" : ""), .plain))
        }
        if let step {
            out.append(("", .plain))
            out.append(("Next step: \(step.label)", .calm))
        }
        out.append(("", .plain))
        out.append(("i for the full picture", .muted))
        return out
    }
}
