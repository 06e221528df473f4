import KeelBase
import Synchronization

/// Everything keel's practices say that lives in data: catalogs, flows and
/// the crisis lines, shipped ones first, then the person's own from
/// `~/.config/keel/flows/`. A broken file never stops keel: it is skipped and
/// listed in `notices`.
///
/// keel must open in a blink, so shipped content is not read at start: its
/// folders are listed, and each file is read and checked the first time it
/// is asked for (shipped files are named after their id, which
/// `keel content check` and the tests enforce). The person's own folder is
/// read whole at start, so a broken file of theirs is named on the home
/// screen at once; it is usually empty.
public final class ContentLibrary: Sendable {
    /// Where the shipped content was found, if it was.
    public let resources: String?
    /// Ids of the flows that came from the person's own folder.
    public let userFlows: Set<String>

    private let shippedCatalogIDs: Set<String>
    private let shippedFlowIDs: Set<String>
    private let state: Mutex<State>

    private struct State {
        var catalogs: [String: Catalog] = [:]
        var flows: [String: Flow] = [:]
        var crisis: CrisisDirectory?
        var crisisLoaded = false
        /// Ids already looked up, found or not, so a broken file is read once.
        var triedCatalogs: Set<String> = []
        var triedFlows: Set<String> = []
        var notices: [ContentError] = []
    }

    public init(resources: String?, userDirectory: String? = nil) {
        self.resources = resources
        func ids(_ dir: String?) -> Set<String> {
            guard let dir else { return [] }
            return Set(
                Posix.listDirectory(dir).compactMap { name in
                    name.hasSuffix(".json") && !name.hasPrefix(".") ? String(name.dropLast(5)) : nil
                })
        }
        shippedCatalogIDs = ids(resources.map { $0 + "/catalogs" }).subtracting(["crisis"])
        shippedFlowIDs = ids(resources.map { $0 + "/flows" })

        var state = State()
        var own: [ContentFile] = []
        if let userDirectory { own = ContentFile.read(directory: userDirectory + "/flows", notices: &state.notices) }
        for file in own where file.shape == .catalog {
            let (catalog, errors) = Catalog.load(file.bytes, file: file.path)
            state.notices += errors
            guard let catalog else { continue }
            if shippedCatalogIDs.contains(catalog.id) || state.catalogs[catalog.id] != nil {
                state.notices.append(ContentError(file: file.path, path: "id", reason: "\"\(catalog.id)\" is already a shipped catalog; give yours another id"))
            } else {
                state.catalogs[catalog.id] = catalog
            }
        }
        let known = shippedCatalogIDs.union(state.catalogs.keys)
        var userFlows: Set<String> = []
        for file in own where file.shape == .flow {
            let (flow, errors) = Flow.load(file.bytes, file: file.path, catalogs: known)
            state.notices += errors
            guard let flow else { continue }
            if shippedFlowIDs.contains(flow.id) || state.flows[flow.id] != nil {
                state.notices.append(
                    ContentError(file: file.path, path: "id", reason: "\"\(flow.id)\" is already used by another flow; give this one another id"))
            } else {
                state.flows[flow.id] = flow
                userFlows.insert(flow.id)
            }
        }
        for file in own where file.shape == .unknown || file.shape == .crisis {
            state.notices.append(ContentError(file: file.path, path: "", reason: "not a flow (with \"steps\") or a catalog (with \"items\")"))
        }
        self.userFlows = userFlows
        self.state = Mutex(state)
    }

    /// An empty library, for screens that need none.
    public static var empty: ContentLibrary { ContentLibrary(resources: nil) }

    // MARK: - Asking for content

    public func catalog(_ id: String) -> Catalog? {
        state.withLock { state in loadCatalog(id, &state) }
    }

    public func flow(_ id: String) -> Flow? {
        state.withLock { state in loadFlow(id, &state) }
    }

    /// Is there a flow with this id? Answered without reading it.
    public func hasFlow(_ id: String) -> Bool { shippedFlowIDs.contains(id) || userFlows.contains(id) }

    /// Is there a catalog with this id? Answered without reading it.
    public func hasCatalog(_ id: String) -> Bool {
        shippedCatalogIDs.contains(id) || state.withLock { $0.catalogs[id] != nil }
    }

    /// Are there any flows at all? Answered without reading them.
    public var hasFlows: Bool { !shippedFlowIDs.isEmpty || !userFlows.isEmpty }

    public var catalogs: [String: Catalog] {
        state.withLock { state in
            for id in shippedCatalogIDs { _ = loadCatalog(id, &state) }
            return state.catalogs
        }
    }

    public var flows: [String: Flow] {
        state.withLock { state in
            for id in shippedFlowIDs { _ = loadFlow(id, &state) }
            return state.flows
        }
    }

    /// Every flow, shipped ones first in their order, then the person's own by title.
    public var orderedFlows: [Flow] {
        flows.values.sorted {
            let a = (userFlows.contains($0.id) ? 1 : 0, $0.order ?? Int.max, $0.title)
            let b = (userFlows.contains($1.id) ? 1 : 0, $1.order ?? Int.max, $1.title)
            return a < b
        }
    }

    public var crisis: CrisisDirectory? {
        state.withLock { state in
            if !state.crisisLoaded, let resources {
                state.crisisLoaded = true
                if let file = ContentFile.read(file: resources + "/catalogs/crisis.json", shape: .crisis, notices: &state.notices) {
                    let (directory, errors) = CrisisDirectory.load(file.bytes, file: file.path)
                    state.crisis = directory
                    state.notices += errors
                }
            }
            return state.crisis
        }
    }

    /// Files that were skipped, with why: the person's own at once, shipped
    /// ones once they have been asked for.
    public var notices: [ContentError] { state.withLock { $0.notices } }

    // MARK: - Loading

    private func loadCatalog(_ id: String, _ state: inout State) -> Catalog? {
        if let hit = state.catalogs[id] { return hit }
        guard let resources, shippedCatalogIDs.contains(id), state.triedCatalogs.insert(id).inserted,
            let file = ContentFile.read(file: "\(resources)/catalogs/\(id).json", shape: .catalog, notices: &state.notices)
        else { return nil }
        let (catalog, errors) = Catalog.load(file.bytes, file: file.path)
        state.notices += errors
        if let catalog { state.catalogs[id] = catalog }
        return catalog
    }

    private func loadFlow(_ id: String, _ state: inout State) -> Flow? {
        if let hit = state.flows[id] { return hit }
        guard let resources, shippedFlowIDs.contains(id), state.triedFlows.insert(id).inserted,
            let file = ContentFile.read(file: "\(resources)/flows/\(id).json", shape: .flow, notices: &state.notices)
        else { return nil }
        let known = shippedCatalogIDs.union(state.catalogs.keys)
        let (flow, errors) = Flow.load(file.bytes, file: file.path, catalogs: known)
        state.notices += errors
        if let flow { state.flows[id] = flow }
        return flow
    }
}

/// A content file read from disk, sorted by the shape of its top level.
struct ContentFile: Equatable {
    enum Shape { case catalog, flow, crisis, unknown }

    let path: String
    let bytes: [UInt8]
    let shape: Shape

    static let sizeLimit = 4 << 20

    init(path: String, bytes: [UInt8], shape known: Shape? = nil) {
        self.path = path
        self.bytes = bytes
        if let known {
            shape = known
            return
        }
        let top = try? KeelJSON.decode(JSONValue.self, from: bytes)
        if top?["steps"] != nil {
            shape = .flow
        } else if top?["items"] != nil {
            shape = .catalog
        } else if top?["regions"] != nil {
            shape = .crisis
        } else {
            shape = .unknown
        }
    }

    static func == (a: ContentFile, b: ContentFile) -> Bool { a.path == b.path }

    /// The JSON files in a folder, by name; unreadable ones become notices.
    static func read(directory: String, notices: inout [ContentError]) -> [ContentFile] {
        Posix.listDirectory(directory).sorted().compactMap { name -> ContentFile? in
            guard name.hasSuffix(".json"), !name.hasPrefix(".") else { return nil }
            return read(file: directory + "/" + name, notices: &notices)
        }
    }

    /// Reads one file; `shape` skips sniffing when the caller knows what it is.
    static func read(file: String, shape: Shape? = nil, notices: inout [ContentError]) -> ContentFile? {
        do { return ContentFile(path: file, bytes: try Posix.read(file, limit: sizeLimit), shape: shape) } catch {
            notices.append(ContentError(file: file, path: "", reason: FileError.explain(error.code)))
            return nil
        }
    }
}
