import KeelStore

/// The ladders, their steps and the times steps were faced, as the screens
/// see them: live records only, steps of deleted ladders dropped. A plain
/// value, so the ladder logic can be worked out and tested without a store.
public struct ExposureWorld: Equatable, Sendable {
    /// In the order they were started.
    public private(set) var ladders: [ExposureLadder]
    /// Steps of live ladders, each ladder's easiest first.
    public private(set) var steps: [ExposureStep]
    /// Oldest first.
    public private(set) var attempts: [ExposureAttempt]

    public init(ladders: [ExposureLadder], steps: [ExposureStep], attempts: [ExposureAttempt]) {
        self.ladders = ladders.filter { !$0.isDeleted }.sorted { ($0.created, $0.id) < ($1.created, $1.id) }
        let live = Set(self.ladders.map(\.id))
        self.steps = steps.filter { !$0.isDeleted && live.contains($0.ladderID) }
            .sorted { ($0.ladderID, $0.rank, $0.created, $0.id) < ($1.ladderID, $1.rank, $1.created, $1.id) }
        let liveSteps = Set(self.steps.map(\.id))
        self.attempts = attempts.filter { !$0.isDeleted && liveSteps.contains($0.stepID) }
            .sorted { ($0.day, $0.created, $0.id) < ($1.day, $1.created, $1.id) }
    }

    public static func load(_ store: Store) -> ExposureWorld {
        ExposureWorld(
            ladders: store.all(ExposureLadder.self), steps: store.all(ExposureStep.self),
            attempts: store.all(ExposureAttempt.self))
    }

    public var isEmpty: Bool { ladders.isEmpty }

    public func ladder(_ id: String) -> ExposureLadder? { ladders.first { $0.id == id } }
    public func step(_ id: String) -> ExposureStep? { steps.first { $0.id == id } }

    /// A ladder's steps, easiest first.
    public func rungs(of ladderID: String) -> [ExposureStep] { steps.filter { $0.ladderID == ladderID } }

    /// Where a step stands on its ladder, counting from 1 at the bottom.
    public func rung(of step: ExposureStep) -> Int {
        (rungs(of: step.ladderID).firstIndex { $0.id == step.id } ?? 0) + 1
    }

    public func attempts(of stepID: String) -> [ExposureAttempt] { attempts.filter { $0.stepID == stepID } }

    /// The next step to face on a ladder: the easiest one neither done nor skipped.
    public func next(on ladderID: String) -> ExposureStep? {
        rungs(of: ladderID).first { $0.status == .planned }
    }

    /// Planned steps whose day has come (today or earlier), earliest first.
    public func due(today: CivilDate) -> [ExposureStep] {
        steps.filter { $0.status == .planned && ($0.due.map { $0 <= today } ?? false) }
            .sorted { ($0.due!, rung(of: $0), $0.id) < ($1.due!, rung(of: $1), $1.id) }
    }

    public struct Progress: Equatable, Sendable {
        public var done: Int
        public var skipped: Int
        public var total: Int
    }

    public func progress(of ladderID: String) -> Progress {
        let r = rungs(of: ladderID)
        return Progress(done: r.filter { $0.status == .done }.count, skipped: r.filter { $0.status == .skipped }.count, total: r.count)
    }

    /// The rank a new step takes at the top of a ladder.
    public func topRank(of ladderID: String) -> Int { (rungs(of: ladderID).map(\.rank).max() ?? 0) + 1 }
}
