#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A file operation that failed, in words a person can act on.
public struct FileError: Error, CustomStringConvertible, Equatable, Sendable {
    public let path: String
    public let operation: String
    public let code: Int32

    public init(path: String, operation: String, code: Int32) {
        self.path = path
        self.operation = operation
        self.code = code
    }

    public var description: String {
        "\(operation) \(path): \(FileError.explain(code))"
    }

    public static func explain(_ code: Int32) -> String {
        switch code {
        case ENOSPC, EDQUOT: return "the disk is full; free some space and try again"
        case EFBIG: return "the file would be larger than this system allows"
        case EACCES, EPERM: return "permission denied"
        case EROFS: return "the file system is read-only"
        case ENOENT: return "no such file or folder"
        case ENOTDIR: return "a part of the path is not a folder"
        case EISDIR: return "it is a folder, not a file"
        case FileError.namedPipe: return "it is a named pipe, not a file"
        case FileError.device: return "it is a device, not a file"
        case FileError.socket: return "it is a socket, not a file"
        case FileError.tooLarge: return "it is larger than keel reads"
        default: return String(cString: strerror(code))
        }
    }

    // keel's own reasons beside errno's, negative so they never clash with one.
    public static let namedPipe: Int32 = -1001
    public static let device: Int32 = -1002
    public static let socket: Int32 = -1003
    public static let tooLarge: Int32 = -1004

    /// Why a file of this type is not one keel reads as data, or nil for a regular file.
    package static func notRegular(_ mode: mode_t) -> Int32? {
        switch mode & S_IFMT {
        case S_IFREG: return nil
        case S_IFIFO: return namedPipe
        case S_IFCHR, S_IFBLK: return device
        case S_IFSOCK: return socket
        case S_IFDIR: return EISDIR
        default: return EINVAL
        }
    }
}

/// The handful of POSIX calls the store needs, done carefully: every write
/// is atomic (temp file, fsync, rename, fsync of the folder).
public enum Posix {
    public static func exists(_ path: String) -> Bool {
        var st = stat()
        return stat(path, &st) == 0
    }

    public static func isDirectory(_ path: String) -> Bool {
        var st = stat()
        return stat(path, &st) == 0 && (st.st_mode & S_IFMT) == S_IFDIR
    }

    /// The largest data file keel reads (its own are far smaller); a bigger
    /// one is refused from its size alone, without reading it.
    public static let maxFileBytes = 256 << 20

    /// The whole file. Only a regular file is read unless `anyKind` (a file
    /// the person named: `<(…)`, `/dev/stdin`): a FIFO left in place of a
    /// data file would otherwise block keel forever (it is opened without
    /// blocking, then refused), a device would be read without end.
    public static func read(_ path: String, limit: Int = maxFileBytes, anyKind: Bool = false) throws(FileError) -> [UInt8] {
        let fd = open(path, O_RDONLY | O_CLOEXEC | (anyKind ? 0 : O_NONBLOCK))
        guard fd >= 0 else { throw FileError(path: path, operation: "reading", code: errno) }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0 else { throw FileError(path: path, operation: "reading", code: errno) }
        let regular = FileError.notRegular(st.st_mode) == nil
        if !anyKind, let why = FileError.notRegular(st.st_mode) { throw FileError(path: path, operation: "reading", code: why) }
        if regular, Int(st.st_size) > limit { throw FileError(path: path, operation: "reading", code: FileError.tooLarge) }
        var result: [UInt8] = []
        if regular { result.reserveCapacity(Int(st.st_size)) }
        // Uninitialised, and no bigger than the file (and a byte to see its
        // end): zeroing 64 KB for each small file cost more than reading it.
        let chunk = UnsafeMutableRawBufferPointer.allocate(byteCount: regular ? min(64 * 1024, Int(st.st_size) + 1) : 64 * 1024, alignment: 1)
        defer { chunk.deallocate() }
        while true {
            let n = Glibc.read(fd, chunk.baseAddress, chunk.count)
            if n < 0 {
                if errno == EINTR { continue }
                throw FileError(path: path, operation: "reading", code: errno)
            }
            if n == 0 { break }
            result.append(contentsOf: UnsafeRawBufferPointer(rebasing: chunk[0..<n]))
            if result.count > limit { throw FileError(path: path, operation: "reading", code: FileError.tooLarge) }
        }
        return result
    }

    /// Replaces `path` with `bytes` so that a crash at any moment leaves
    /// either the old file or the new one, never a mix (and at worst a temp
    /// file beside it, which `removeStaleTempFiles` sweeps up).
    public static func writeAtomically(_ bytes: [UInt8], to path: String, mode: mode_t = 0o600) throws(FileError) {
        let dir = directory(of: path)
        let temp = "\(dir)/.\(basename(of: path)).tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        let fd = open(temp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode)
        guard fd >= 0 else { throw FileError(path: path, operation: "saving", code: errno) }
        var failure: FileError?
        do { try writeAll(fd, bytes, path: path, operation: "saving") } catch { failure = error }
        if failure == nil, fsync(fd) != 0 { failure = FileError(path: path, operation: "saving", code: errno) }
        if close(fd) != 0, failure == nil { failure = FileError(path: path, operation: "saving", code: errno) }
        if failure == nil, rename(temp, path) != 0 { failure = FileError(path: path, operation: "saving", code: errno) }
        if let failure {
            unlink(temp)
            throw failure
        }
        syncDirectory(dir)
    }

    /// The temp file `writeAtomically` uses for `path`, and the process that wrote it.
    public static func tempWriter(_ name: String) -> pid_t? {
        // Most hidden names ("." and "..", ".git") hold no ".tmp-": said
        // from the bytes, before the string search, which costs far more.
        let utf8 = Array(name.utf8)
        let tmp = Array(".tmp-".utf8)
        guard utf8.count > tmp.count, utf8[0] == UInt8(ascii: "."),
            (0...(utf8.count - tmp.count)).contains(where: { at in utf8[at..<(at + tmp.count)].elementsEqual(tmp) })
        else { return nil }
        guard name.hasPrefix("."), let mark = name.ranges(of: ".tmp-").last else { return nil }
        let parts = name[mark.upperBound...].split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isNumber) }), let pid = pid_t(parts[0]) else { return nil }
        return pid
    }

    /// Removes the temp files in `dir` left by a save that never finished
    /// (kill -9, a power cut, a file-size limit): their writer is gone, the
    /// file they were to replace is whole, and they may hold plaintext.
    /// A temp file whose writer still runs (another keel saving a side
    /// file) is left alone. Returns the names removed, and the folders in
    /// `dir` (not hidden, not links) to look in next.
    public static func removeStaleTempFiles(in dir: String) -> (removed: [String], folders: [String]) {
        var removed: [String] = []
        var folders: [String] = []
        guard let handle = opendir(dir) else { return ([], []) }
        // One pass, with the type readdir gives: a start-up pays no stat per
        // file, and builds a name only for hidden files and folders.
        while let entry = readdir(handle) {
            let type = entry.pointee.d_type
            let hidden = withUnsafePointer(to: entry.pointee.d_name) { $0.withMemoryRebound(to: CChar.self, capacity: 1) { $0[0] == 46 } }
            guard hidden || type == UInt8(DT_DIR) || type == UInt8(DT_UNKNOWN) else { continue }
            let name = withUnsafePointer(to: entry.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
            }
            if hidden {
                if removeIfStaleTemp(dir, name) { removed.append(name) }
            } else if isFolder(dir, name, type: type) {
                folders.append(name)
            }
        }
        closedir(handle)
        if !removed.isEmpty { syncDirectory(dir) }
        return (removed, folders)
    }

    /// Removes `dir/name` if it is a temp file whose writer is gone (see above).
    public static func removeIfStaleTemp(_ dir: String, _ name: String) -> Bool {
        guard let pid = tempWriter(name), pid != getpid(), kill(pid, 0) != 0, errno == ESRCH else { return false }
        return unlink(dir + "/" + name) == 0
    }

    /// A folder to look into, by the type readdir gave: not a link to one.
    public static func isFolder(_ dir: String, _ name: String, type: UInt8) -> Bool {
        type == UInt8(DT_DIR) || (type == UInt8(DT_UNKNOWN) && isDirectory(dir + "/" + name) && !isSymbolicLink(dir + "/" + name))
    }

    /// Writes an export where the person asked: a regular file (or a new
    /// one) is replaced atomically, through a link to where the file really
    /// is; anything else (a device such as /dev/null, a FIFO, a terminal) is
    /// written into as it is, never replaced by a file.
    public static func writeOutput(_ bytes: [UInt8], to path: String) throws(FileError) {
        var st = stat()
        guard stat(path, &st) == 0 else { return try writeAtomically(bytes, to: path) }
        if let why = FileError.notRegular(st.st_mode) {
            if why == EISDIR { throw FileError(path: path, operation: "writing", code: EISDIR) }
            let fd = open(path, O_WRONLY | O_CLOEXEC)
            guard fd >= 0 else { throw FileError(path: path, operation: "writing", code: errno) }
            defer { close(fd) }
            try writeAll(fd, bytes, path: path, operation: "writing")
            return
        }
        var resolved = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let target =
            realpath(path, &resolved) != nil
            ? String(decoding: resolved.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self) : path
        try writeAtomically(bytes, to: target)
    }

    package static func writeAll(_ fd: Int32, _ bytes: [UInt8], path: String, operation: String) throws(FileError) {
        var offset = 0
        while offset < bytes.count {
            let n = bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress! + offset, $0.count - offset) }
            if n < 0 {
                if errno == EINTR { continue }
                throw FileError(path: path, operation: operation, code: errno)
            }
            offset += n
        }
    }

    public static func syncDirectory(_ dir: String) {
        let fd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { return }
        fsync(fd)
        close(fd)
    }

    /// Creates the folder and its parents; keel's own folders are 0700.
    public static func makeDirectory(_ path: String, mode: mode_t = 0o700) throws(FileError) {
        if isDirectory(path) { return }
        let parent = directory(of: path)
        if parent != path, !parent.isEmpty, !isDirectory(parent) { try makeDirectory(parent, mode: mode) }
        if mkdir(path, mode) != 0, errno != EEXIST {
            throw FileError(path: path, operation: "creating the folder", code: errno)
        }
    }

    public static func listDirectory(_ path: String) -> [String] {
        guard let dir = opendir(path) else { return [] }
        defer { closedir(dir) }
        var names: [String] = []
        while let entry = readdir(dir) {
            let name = withUnsafePointer(to: entry.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names.sorted()
    }

    public static func move(_ from: String, to: String) throws(FileError) {
        if rename(from, to) != 0 { throw FileError(path: from, operation: "moving", code: errno) }
        syncDirectory(directory(of: to))
        if directory(of: from) != directory(of: to) { syncDirectory(directory(of: from)) }
    }

    public static func remove(_ path: String) {
        unlink(path)
    }

    /// Whether `path` itself is a symbolic link (not followed).
    public static func isSymbolicLink(_ path: String) -> Bool {
        var st = stat()
        return lstat(path, &st) == 0 && (st.st_mode & S_IFMT) == S_IFLNK
    }

    /// Where a symbolic link points, as written in the link.
    public static func linkTarget(_ path: String) -> String? {
        var buf = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let n = readlink(path, &buf, buf.count - 1)
        guard n >= 0 else { return nil }
        return String(decoding: buf[0..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    public static func permissions(_ path: String) -> mode_t? {
        var st = stat()
        guard stat(path, &st) == 0 else { return nil }
        return st.st_mode & 0o7777
    }

    public static func owner(_ path: String) -> uid_t? {
        var st = stat()
        guard stat(path, &st) == 0 else { return nil }
        return st.st_uid
    }

    public static func setPermissions(_ path: String, _ mode: mode_t) {
        chmod(path, mode)
    }

    public static func isWritable(_ path: String) -> Bool { access(path, W_OK) == 0 }
    /// A folder whose names can be listed and whose files can be opened.
    public static func isReadable(_ path: String) -> Bool { access(path, R_OK | X_OK) == 0 }

    public static func directory(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        if slash == path.startIndex { return "/" }
        return String(path[..<slash])
    }

    public static func basename(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return path }
        return String(path[path.index(after: slash)...])
    }

    public static func environment(_ name: String) -> String? {
        guard let v = getenv(name) else { return nil }
        let s = String(cString: v)
        return s.isEmpty ? nil : s
    }
}
