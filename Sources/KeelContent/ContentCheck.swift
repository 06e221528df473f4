import KeelBase

/// `keel content check [PATH...]`: checks content files the way keel reads
/// them, and says what is wrong with each, by file, JSON path and reason.
public enum ContentCheck {
    public struct Report: Sendable {
        /// Every file looked at.
        public var files: [String] = []
        public var errors: [ContentError] = []
    }

    /// With no paths: every shipped file and every file in the person's own
    /// folder. Otherwise the files named, and the JSON files in folders named
    /// (with their `flows/` and `catalogs/` folders). A flow's checklist may
    /// name any catalog keel knows or any catalog among the files checked.
    public static func run(
        paths: [String], resources: String?, userDirectory: String?,
        today: String = CrisisDirectory.today()
    ) -> Report {
        var report = Report()
        var notices: [ContentError] = []
        var files: [ContentFile] = []
        if paths.isEmpty {
            for dir in [resources.map { $0 + "/catalogs" }, resources.map { $0 + "/flows" }, userDirectory.map { $0 + "/flows" }] {
                if let dir { files += ContentFile.read(directory: dir, notices: &notices) }
            }
        } else {
            for path in paths {
                if Posix.isDirectory(path) {
                    for dir in [path, path + "/catalogs", path + "/flows"] { files += ContentFile.read(directory: dir, notices: &notices) }
                } else if Posix.exists(path) {
                    if let f = ContentFile.read(file: path, notices: &notices) { files.append(f) }
                } else {
                    notices.append(ContentError(file: path, path: "", reason: "no such file or folder"))
                }
            }
        }
        var known = Set(ContentLibrary(resources: resources, userDirectory: userDirectory).catalogs.keys)
        for file in files where file.shape == .catalog {
            if let c = Catalog.load(file.bytes, file: file.path).0 { known.insert(c.id) }
        }
        var flowIDs: [String: String] = [:]
        for file in files {
            report.files.append(file.path)
            report.errors += namingErrors(file, resources: resources)
            switch file.shape {
            case .catalog:
                report.errors += Catalog.load(file.bytes, file: file.path, audit: true).1
            case .flow:
                let (flow, errors) = Flow.load(file.bytes, file: file.path, catalogs: known)
                report.errors += errors
                if let flow {
                    if let other = flowIDs[flow.id] {
                        report.errors.append(ContentError(file: file.path, path: "id", reason: "\"\(flow.id)\" is also the id of \(other)"))
                    }
                    flowIDs[flow.id] = file.path
                }
            case .crisis:
                report.errors += CrisisDirectory.load(file.bytes, file: file.path).1
                report.errors += CrisisDirectory.audit(file.bytes, file: file.path, today: today)
            case .unknown:
                let valid = (try? KeelJSON.decode(JSONValue.self, from: file.bytes)) != nil
                report.errors.append(
                    ContentError(
                        file: file.path, path: "",
                        reason: valid
                            ? "not a flow (with \"steps\"), a catalog (with \"items\") or crisis lines (with \"regions\")"
                            : "not valid JSON"))
            }
        }
        report.errors = notices + report.errors
        return report
    }

    /// keel reads shipped content lazily, by file name, so a shipped flow or
    /// catalog must be named after its id.
    static func namingErrors(_ file: ContentFile, resources: String?) -> [ContentError] {
        guard let resources, file.path.hasPrefix(resources + "/") else { return [] }
        let stem = String(Posix.basename(of: file.path).dropLast(5))
        let id: String?
        switch file.shape {
        case .catalog, .flow: id = (try? KeelJSON.decode(JSONValue.self, from: file.bytes))?["id"]?.string
        case .crisis: id = "crisis"
        case .unknown: id = nil
        }
        guard let id, id != stem else { return [] }
        return [ContentError(file: file.path, path: "id", reason: "a shipped file is named after its id: call it \(id).json, or change the id to \"\(stem)\"")]
    }
}
