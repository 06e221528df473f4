import KeelBase

extension Flow {
    /// Reads and checks a flow. `catalogs` are the catalog ids a checklist may
    /// name. Every problem names the file, the JSON path and the reason; the
    /// flow comes back only when there are none.
    public static func load(_ bytes: [UInt8], file: String, catalogs: Set<String>) -> (Flow?, [ContentError]) {
        let flow: Flow
        switch ContentPaths.decode(Flow.self, bytes, file: file) {
        case .success(let f): flow = f
        case .failure(let e): return (nil, [e])
        }
        var check = FlowCheck(flow: flow, file: file, catalogs: catalogs)
        if let raw = try? KeelJSON.decode(JSONValue.self, from: bytes) { check.unknownFields(raw) }
        check.run()
        return check.errors.isEmpty ? (flow, []) : (nil, check.errors)
    }
}

/// The rules a flow must follow beyond its JSON shape.
struct FlowCheck {
    let flow: Flow
    let file: String
    let catalogs: Set<String>
    var errors: [ContentError] = []
    /// Step ids and where they are, once known.
    var indexOf: [String: Int] = [:]

    static let flowFields: Set<String> = ["format", "id", "title", "summary", "order", "daily", "steps"]
    static let stepFields: Set<String> = [
        "id", "kind", "title", "text", "prompt", "hint", "required", "low", "high", "pattern",
        "minutes", "options", "optionsFrom", "catalog", "circleFrom", "role", "showIf", "next",
        "promptFrom", "recall",
    ]
    static let optionFields: Set<String> = ["id", "label", "detail", "next"]
    static let conditionFields: Set<String> = ["step", "equals", "oneOf", "includes", "atLeast", "atMost", "answered"]

    mutating func error(_ path: String, _ reason: String) {
        errors.append(ContentError(file: file, path: path, reason: reason))
    }

    /// A misspelt field would be silently ignored; name it instead.
    mutating func unknownFields(_ raw: JSONValue) {
        func check(_ value: JSONValue?, _ allowed: Set<String>, _ path: String) {
            guard let object = value?.object else { return }
            for key in object.keys.sorted() where !allowed.contains(key) {
                error(path.isEmpty ? key : "\(path).\(key)", "not a field keel knows here (it knows \(allowed.sorted().joined(separator: ", ")))")
            }
        }
        check(raw, FlowCheck.flowFields, "")
        for (i, step) in (raw["steps"]?.array ?? []).enumerated() {
            check(step, FlowCheck.stepFields, "steps[\(i)]")
            for (j, option) in (step["options"]?.array ?? []).enumerated() {
                check(option, FlowCheck.optionFields, "steps[\(i)].options[\(j)]")
            }
            check(step["showIf"], FlowCheck.conditionFields, "steps[\(i)].showIf")
        }
    }

    mutating func run() {
        if flow.format > Flow.formatVersion {
            error("format", "format \(flow.format) is newer than this keel reads (\(Flow.formatVersion))")
        }
        if flow.id.isEmpty || !flow.id.allSatisfy({ $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "-") }) {
            error("id", "use lowercase letters, digits and hyphens, such as \"my-flow\"")
        }
        if flow.title.isEmpty { error("title", "must not be empty") }
        if flow.summary.isEmpty { error("summary", "must not be empty") }
        if flow.steps.isEmpty { error("steps", "a flow needs at least one step") }
        for (i, step) in flow.steps.enumerated() {
            if step.id.isEmpty {
                error("steps[\(i)].id", "must not be empty")
            } else if indexOf[step.id] != nil {
                error("steps[\(i)].id", "\"\(step.id)\" is used twice")
            } else {
                indexOf[step.id] = i
            }
        }
        for (i, step) in flow.steps.enumerated() { checkStep(step, at: i) }
    }

    /// Jumps go forward only, so every flow ends.
    mutating func forward(_ target: String, from i: Int, _ path: String) {
        guard let t = indexOf[target] else { error(path, "no step has the id \"\(target)\""); return }
        if t <= i { error(path, "\"\(target)\" comes before this step; flows only jump forward") }
    }

    mutating func checkStep(_ step: FlowStep, at i: Int) {
        let here = "steps[\(i)]"
        guard let kind = FlowStep.Kind(rawValue: step.kind) else {
            error("\(here).kind", "\"\(step.kind)\" is not a step kind (\(FlowStep.Kind.allCases.map(\.rawValue).joined(separator: ", ")))")
            return
        }
        func needs(_ value: String?, _ field: String) {
            if (value ?? "").isEmpty { error("\(here).\(field)", "a \(kind.rawValue) step needs this") }
        }
        switch kind {
        case .say:
            needs(step.text, "text")
        case .breathe:
            needs(step.pattern, "pattern")
            if let p = step.pattern, !p.isEmpty, !FlowStep.breathPatterns.contains(p) {
                error("\(here).pattern", "\"\(p)\" is not a pattern keel knows (\(FlowStep.breathPatterns.joined(separator: ", ")))")
            }
            if let m = step.minutes, !(m > 0 && m <= 20) { error("\(here).minutes", "must be more than 0 and at most 20") }
        case .text:
            if let c = step.promptFrom {
                if !catalogs.contains(c) { error("\(here).promptFrom", "no catalog has the id \"\(c)\"") }
            } else {
                needs(step.prompt, "prompt")
            }
        case .rate, .person:
            needs(step.prompt, "prompt")
        case .choose:
            needs(step.prompt, "prompt")
            checkOptions(step, at: i, sourceAllowed: true)
        case .checklist:
            needs(step.prompt, "prompt")
            if let c = step.catalog {
                if !catalogs.contains(c) { error("\(here).catalog", "no catalog has the id \"\(c)\"") }
                if step.options != nil { error("\(here).options", "give options or a catalog, not both") }
            } else {
                checkOptions(step, at: i, sourceAllowed: false)
            }
        case .summary:
            break
        }
        if kind != .choose, step.options?.contains(where: { $0.next != nil }) == true {
            error("\(here).options", "only a choose step can send the person elsewhere with \"next\"")
        }
        if kind != .text, step.promptFrom != nil { error("\(here).promptFrom", "only a text step takes its prompt from a catalog") }
        if let recall = step.recall {
            if kind != .choose { error("\(here).recall", "only a choose step recalls an earlier answer") }
            if let t = indexOf[recall] {
                if flow.steps[t].stepKind != .text { error("\(here).recall", "must name a text step") }
            } else {
                error("\(here).recall", "no step has the id \"\(recall)\"")
            }
        }
        if kind != .person, step.circleFrom != nil { error("\(here).circleFrom", "only a person step uses this") }
        if let from = step.circleFrom {
            if let t = indexOf[from], t < i, flow.steps[t].stepKind == .choose, flow.steps[t].optionsFrom == "circles" {
            } else {
                error("\(here).circleFrom", "must name an earlier choose step whose options come from the circles")
            }
        }
        if let role = step.role {
            if let r = FlowStep.Role(rawValue: role) {
                if r.kind != kind { error("\(here).role", "\"\(role)\" belongs on a \(r.kind.rawValue) step") }
            } else {
                error("\(here).role", "\"\(role)\" is not a role (\(FlowStep.Role.allCases.map(\.rawValue).joined(separator: ", ")))")
            }
        }
        if let c = step.showIf {
            if let t = indexOf[c.step] {
                if t >= i { error("\(here).showIf.step", "must name an earlier step") }
            } else {
                error("\(here).showIf.step", "no step has the id \"\(c.step)\"")
            }
            if c.testCount != 1 {
                error("\(here).showIf", "give exactly one of equals, oneOf, includes, atLeast, atMost, answered")
            }
        }
        if let next = step.next { forward(next, from: i, "\(here).next") }
    }

    mutating func checkOptions(_ step: FlowStep, at i: Int, sourceAllowed: Bool) {
        let here = "steps[\(i)]"
        if let source = step.optionsFrom {
            if !sourceAllowed || !FlowStep.optionSources.contains(source) {
                error(
                    "\(here).optionsFrom",
                    sourceAllowed
                        ? "\"\(source)\" is not a source keel knows (\(FlowStep.optionSources.joined(separator: ", ")))"
                        : "only a choose step takes options from elsewhere")
            }
            return
        }
        guard let options = step.options, !options.isEmpty else {
            error("\(here).options", sourceAllowed ? "a choose step needs options, or optionsFrom" : "a checklist needs options, or a catalog")
            return
        }
        var ids: Set<String> = []
        for (j, o) in options.enumerated() {
            let path = "\(here).options[\(j)]"
            if o.id.isEmpty { error("\(path).id", "must not be empty") } else if !ids.insert(o.id).inserted { error("\(path).id", "\"\(o.id)\" is used twice") }
            if o.label.isEmpty { error("\(path).label", "must not be empty") }
            if let next = o.next { forward(next, from: i, "\(path).next") }
        }
    }
}
