import KeelContent
import KeelStore
import KeelTerminal

/// `keel coach`: how are you, and what is going on? The answers lead to the
/// practice that fits. A low rating offers help first; the lowest opens
/// crisis help at once. Every check-in is saved.
public struct CheckInScreen: Screen {
    enum Stage: Equatable { case rating, lowMood, topic, done }

    var stage = Stage.rating
    var rating = Rating(low: "really struggling", high: "really well")
    var record: CheckIn?
    var selected = 0
    var notice: String?
    let topics: [Catalog.Item]
    /// What the low-mood stage offers, and the week's average for the last
    /// stage: worked out on entering the stage, not per frame.
    var offerList: [Offer] = []
    var average: Double?

    /// At or below this, help is offered before anything else.
    static let low = 3

    public init(_ ctx: Context) {
        topics = ctx.content.catalog("check-in-topics")?.items ?? []
    }

    public var title: String { "Check in" }
    public var isMenu: Bool { stage != .rating }
    public var hints: [KeyHint] {
        switch stage {
        case .rating: return [Rating.rateHint, Hints.next, Hints.back, Hints.crisis]
        case .lowMood, .topic: return [Hints.move, Hints.choose, Hints.back, Hints.crisis]
        case .done: return [KeyHint("Enter", "done"), Hints.crisis]
        }
    }
    public var help: Help {
        Help(
            "Check in",
            [
                "Two questions: how you are, from 0 to 10, and what is going on. keel then opens the practice that fits.",
                "On a hard day keel offers help first. ! opens crisis lines and your safety plan from here at any time.",
                "Each check-in is saved, so you can see how you have been.",
            ])
    }

    /// Moves to a stage with what it shows.
    mutating func enter(_ next: Stage, _ ctx: Context) {
        stage = next
        switch next {
        case .lowMood: offerList = offers(ctx)
        case .done: average = CheckInScreen.weekAverage(ctx, excluding: record?.id)
        case .rating, .topic: break
        }
    }

    public mutating func resume(_ ctx: Context) { enter(stage, ctx) }

    struct Offer {
        var label: String
        var detail: String
        var name: String
        /// What it opens; nil goes on to the topics.
        var open: ((Context) -> (any Screen)?)?
    }

    func offers(_ ctx: Context) -> [Offer] {
        var out: [Offer] = []
        if let crisis = ctx.crisisScreen {
            out.append(Offer(label: "Help right now", detail: "Crisis lines and your safety plan", name: "crisis", open: { crisis($0) }))
        }
        out += LowMoodOffers.entries(ctx)
        out.append(Offer(label: "Go on", detail: "Say what is going on", name: "", open: nil))
        return out
    }

    mutating func save(_ ctx: Context, topic: String? = nil, opened: String? = nil) {
        var r = record ?? CheckIn(id: ctx.newID(), created: ctx.now(), mood: rating.value ?? 0)
        r.mood = rating.value ?? r.mood
        if let topic { r.topic = topic }
        if let opened { r.opened = opened }
        r.updated = ctx.now()
        if ctx.save(r) { record = r }
    }

    public mutating func handle(_ key: Key, _ ctx: Context) -> Transition {
        switch stage {
        case .rating:
            if rating.handle(key) { notice = nil; return .stay }
            guard key == .enter else { return .unhandled }
            guard let mood = rating.value else {
                notice = "Pick a number from 0 to 10 first."
                return .stay
            }
            selected = 0
            if mood == 0, let crisis = ctx.crisisScreen {
                save(ctx, opened: "crisis")
                enter(.lowMood, ctx)
                return .open(crisis(ctx))
            }
            save(ctx)
            enter(mood <= CheckInScreen.low ? .lowMood : .topic, ctx)
            return .stay
        case .lowMood:
            let list = offerList
            if moveSelection(&selected, count: list.count, key: key) { return .stay }
            if key == .escape { enter(.rating, ctx); return .stay }
            guard key == .enter else { return .unhandled }
            let offer = list[selected]
            guard let open = offer.open else {
                enter(.topic, ctx)
                selected = 0
                return .stay
            }
            guard let screen = open(ctx) else { return .stay }
            save(ctx, opened: offer.name)
            return .open(screen)
        case .topic:
            if moveSelection(&selected, count: topics.count, key: key) { return .stay }
            if key == .escape {
                enter((rating.value ?? 10) <= CheckInScreen.low ? .lowMood : .rating, ctx)
                selected = 0
                return .stay
            }
            guard key == .enter, topics.indices.contains(selected) else { return .unhandled }
            let topic = topics[selected].id
            if let (name, screen) = CheckInRoutes.screen(for: topic, ctx) {
                save(ctx, topic: topic, opened: name)
                return .replace(screen)
            }
            save(ctx, topic: topic)
            enter(.done, ctx)
            return .stay
        case .done:
            return key == .enter || key == .escape ? .back : .unhandled
        }
    }

    public func render(into buffer: inout Buffer, in area: Rect, _ ctx: Context) {
        switch stage {
        case .rating:
            var y = buffer.paragraph("How are you right now?", in: area, style: .title) + 1
            rating.render(into: &buffer, at: area.x, y: area.y + y)
            y += 3
            buffer.paragraph(notice ?? "A number, then Enter.", in: area.droppingTop(y), style: notice == nil ? .muted : .warm)
        case .lowMood:
            let y = buffer.paragraph("That sounds hard. Would one of these help first?", in: area, style: .title) + 1
            let items = offerList.map { MenuView.Item($0.label, detail: $0.detail) }
            MenuView(items: items, selected: selected, labelWidth: 18, wrapsSelected: true).render(into: &buffer, in: area.droppingTop(y))
        case .topic:
            let y = buffer.paragraph("What is going on?", in: area, style: .title) + 1
            let items = topics.map { MenuView.Item($0.label) }
            MenuView(items: items, selected: selected, wrapsSelected: true).render(into: &buffer, in: area.droppingTop(y))
        case .done:
            var lines: [(String, Style)] = [("Thanks for checking in.", .title), ("", .plain)]
            lines.append(("Feeling \(record?.mood ?? 0) of 10 today.", .plain))
            if let average {
                lines.append(("Over the past week you were \(oneDecimal(average)) on average.", .plain))
            }
            ScrollText(lines: ScrollText.wrap(lines, width: area.width), offset: 0).render(into: &buffer, in: area)
        }
    }

    /// The average mood of the other check-ins in the last seven days.
    static func weekAverage(_ ctx: Context, excluding id: String?) -> Double? {
        let since = ctx.today.adding(days: -7)
        let moods = ctx.store.recent(CheckIn.self, limit: 60)
            .filter { $0.id != id && ctx.calendar.day(of: $0.created) >= since }.map(\.mood)
        return moods.isEmpty ? nil : Double(moods.reduce(0, +)) / Double(moods.count)
    }
}
