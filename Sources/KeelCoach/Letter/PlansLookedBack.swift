import KeelStore

/// The week's morning plans looked back on, said for the letter as one
/// person would tell another ("You looked back on 3 plans: 2 happened and 1
/// partly"), never as a score: a plan that didn't happen is named gently and
/// the encouragement follows only what went well.
struct PlansLookedBack: Equatable {
    var kept = 0
    var partly = 0
    var not = 0

    /// From each reviewed morning's answer: "yes", "partly" or "no".
    init(_ answers: [String?]) {
        for a in answers {
            switch a {
            case "yes": kept += 1
            case "partly": partly += 1
            case "no": not += 1
            default: break
            }
        }
    }

    var total: Int { kept + partly + not }

    var sentence: String {
        if total == 1 {
            if kept == 1 { return "You looked back on one plan, and it happened. Small plans kept are how trust in yourself grows." }
            if partly == 1 { return "You looked back on one plan, and part of it happened: a start counts." }
            return "You looked back on one plan. It didn't happen this time, and that shows you something about the day too."
        }
        var parts: [String] = []
        if kept > 0 { parts.append("\(kept) happened") }
        if partly > 0 { parts.append(kept > 0 ? "\(partly) partly" : "\(partly) partly happened") }
        if not > 0 { parts.append("\(not) didn't this time") }
        let said =
            total == kept
            ? "You looked back on \(total) plans, and \(total == 2 ? "both" : "every one") happened."
            : "You looked back on \(total) plans: \(ListWords.and(parts))."
        if kept > 0 { return said + " Small plans kept are how trust in yourself grows." }
        return said + (partly > 0 ? " A start counts." : " Those days still show you what gets in the way.")
    }
}
