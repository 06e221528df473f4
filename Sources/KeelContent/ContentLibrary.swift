import KeelStore

/// Everything keel's practices say that lives in data: the catalogs (and,
/// with the content engine, the flows), shipped ones first, then the
/// person's own from `~/.config/keel/`. A broken file never stops keel: it
/// is skipped and listed in `notices`.
public struct ContentLibrary: Sendable {
    public private(set) var catalogs: [String: Catalog] = [:]
    /// Files that were skipped, with why.
    public private(set) var notices: [ContentError] = []
    /// Where the shipped content was found, if it was.
    public let resources: String?

    public init(resources: String?, userDirectory: String? = nil) {
        self.resources = resources
        if let resources { loadCatalogs(in: resources + "/catalogs") }
        if let userDirectory { loadCatalogs(in: userDirectory + "/flows") }
    }

    /// An empty library, for screens that need none.
    public static let empty = ContentLibrary(resources: nil)

    public func catalog(_ id: String) -> Catalog? { catalogs[id] }

    mutating func loadCatalogs(in dir: String) {
        for name in Posix.listDirectory(dir) where name.hasSuffix(".json") && !name.hasPrefix(".") {
            let file = dir + "/" + name
            let bytes: [UInt8]
            do { bytes = try Posix.read(file, limit: 4 << 20) } catch {
                notices.append(ContentError(file: file, path: "", reason: FileError.explain(error.code)))
                continue
            }
            guard ContentLibrary.looksLikeCatalog(bytes) else { continue }
            let (catalog, errors) = Catalog.load(bytes, file: file)
            if let catalog { catalogs[catalog.id] = catalog }
            notices += errors
        }
    }

    /// Catalogs and flows share folders in the person's config; a catalog has "items".
    static func looksLikeCatalog(_ bytes: [UInt8]) -> Bool {
        (try? KeelJSON.decode(JSONValue.self, from: bytes))?["items"] != nil
    }
}
