import KeelStore

/// Everything keel's practices say that lives in data: catalogs, flows and
/// the crisis lines, shipped ones first, then the person's own from
/// `~/.config/keel/flows/`. A broken file never stops keel: it is skipped and
/// listed in `notices`.
public struct ContentLibrary: Sendable {
    public private(set) var catalogs: [String: Catalog] = [:]
    public private(set) var flows: [String: Flow] = [:]
    /// Ids of the flows that came from the person's own folder.
    public private(set) var userFlows: Set<String> = []
    public private(set) var crisis: CrisisDirectory?
    /// Files that were skipped, with why.
    public private(set) var notices: [ContentError] = []
    /// Where the shipped content was found, if it was.
    public let resources: String?

    public init(resources: String?, userDirectory: String? = nil) {
        self.resources = resources
        var shipped: [ContentFile] = []
        var own: [ContentFile] = []
        if let resources {
            shipped = ContentFile.read(directory: resources + "/catalogs", notices: &notices)
                + ContentFile.read(directory: resources + "/flows", notices: &notices)
        }
        if let userDirectory { own = ContentFile.read(directory: userDirectory + "/flows", notices: &notices) }
        // Catalogs first, so a flow's checklist can name any of them.
        for file in shipped + own where file.shape == .catalog { add(catalogFrom: file, isUser: own.contains(file)) }
        let known = Set(catalogs.keys)
        for file in shipped where file.shape == .flow { add(flowFrom: file, catalogs: known, isUser: false) }
        for file in own where file.shape == .flow { add(flowFrom: file, catalogs: known, isUser: true) }
        for file in shipped where file.shape == .crisis {
            let (directory, errors) = CrisisDirectory.load(file.bytes, file: file.path)
            if let directory { crisis = directory }
            notices += errors
        }
        for file in shipped.filter({ $0.shape == .unknown }) + own.filter({ $0.shape == .unknown || $0.shape == .crisis }) {
            notices.append(ContentError(file: file.path, path: "", reason: "not a flow (with \"steps\") or a catalog (with \"items\")"))
        }
    }

    /// An empty library, for screens that need none.
    public static let empty = ContentLibrary(resources: nil)

    public func catalog(_ id: String) -> Catalog? { catalogs[id] }
    public func flow(_ id: String) -> Flow? { flows[id] }

    /// Every flow, shipped ones first in their order, then the person's own by title.
    public var orderedFlows: [Flow] {
        flows.values.sorted {
            let a = (userFlows.contains($0.id) ? 1 : 0, $0.order ?? Int.max, $0.title)
            let b = (userFlows.contains($1.id) ? 1 : 0, $1.order ?? Int.max, $1.title)
            return a < b
        }
    }

    mutating func add(catalogFrom file: ContentFile, isUser: Bool) {
        let (catalog, errors) = Catalog.load(file.bytes, file: file.path)
        notices += errors
        guard let catalog else { return }
        if isUser, catalogs[catalog.id] != nil {
            notices.append(ContentError(file: file.path, path: "id", reason: "\"\(catalog.id)\" is already a shipped catalog; give yours another id"))
            return
        }
        catalogs[catalog.id] = catalog
    }

    mutating func add(flowFrom file: ContentFile, catalogs known: Set<String>, isUser: Bool) {
        let (flow, errors) = Flow.load(file.bytes, file: file.path, catalogs: known)
        notices += errors
        guard let flow else { return }
        if flows[flow.id] != nil {
            notices.append(ContentError(file: file.path, path: "id", reason: "\"\(flow.id)\" is already used by another flow; give this one another id"))
            return
        }
        flows[flow.id] = flow
        if isUser { userFlows.insert(flow.id) }
    }
}

/// A content file read from disk, sorted by the shape of its top level.
struct ContentFile: Equatable {
    enum Shape { case catalog, flow, crisis, unknown }

    let path: String
    let bytes: [UInt8]
    let shape: Shape

    static let sizeLimit = 4 << 20

    init(path: String, bytes: [UInt8]) {
        self.path = path
        self.bytes = bytes
        let top = try? KeelJSON.decode(JSONValue.self, from: bytes)
        if top?["steps"] != nil { shape = .flow }
        else if top?["items"] != nil { shape = .catalog }
        else if top?["regions"] != nil { shape = .crisis }
        else { shape = .unknown }
    }

    static func == (a: ContentFile, b: ContentFile) -> Bool { a.path == b.path }

    /// The JSON files in a folder, by name; unreadable ones become notices.
    static func read(directory: String, notices: inout [ContentError]) -> [ContentFile] {
        Posix.listDirectory(directory).sorted().compactMap { name -> ContentFile? in
            guard name.hasSuffix(".json"), !name.hasPrefix(".") else { return nil }
            return read(file: directory + "/" + name, notices: &notices)
        }
    }

    static func read(file: String, notices: inout [ContentError]) -> ContentFile? {
        do { return ContentFile(path: file, bytes: try Posix.read(file, limit: sizeLimit)) } catch {
            notices.append(ContentError(file: file, path: "", reason: FileError.explain(error.code)))
            return nil
        }
    }
}
