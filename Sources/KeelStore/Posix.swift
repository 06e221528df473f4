#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// A file operation that failed, in words a person can act on.
public struct FileError: Error, CustomStringConvertible, Equatable, Sendable {
    public let path: String
    public let operation: String
    public let code: Int32

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
        default: return String(cString: strerror(code))
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

    public static func read(_ path: String, limit: Int = 256 << 20) throws(FileError) -> [UInt8] {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw FileError(path: path, operation: "reading", code: errno) }
        defer { close(fd) }
        var result: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let n = chunk.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                throw FileError(path: path, operation: "reading", code: errno)
            }
            if n == 0 { break }
            result.append(contentsOf: chunk[0..<n])
            if result.count > limit { throw FileError(path: path, operation: "reading", code: EFBIG) }
        }
        return result
    }

    /// Replaces `path` with `bytes` so that a crash at any moment leaves
    /// either the old file or the new one, never a mix.
    public static func writeAtomically(_ bytes: [UInt8], to path: String, mode: mode_t = 0o600) throws(FileError) {
        let dir = directory(of: path)
        let temp = "\(dir)/.\(basename(of: path)).tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        let fd = open(temp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode)
        guard fd >= 0 else { throw FileError(path: path, operation: "saving", code: errno) }
        var failure: FileError?
        var offset = 0
        while offset < bytes.count {
            let n = bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress! + offset, $0.count - offset) }
            if n < 0 {
                if errno == EINTR { continue }
                failure = FileError(path: path, operation: "saving", code: errno)
                break
            }
            offset += n
        }
        if failure == nil, fsync(fd) != 0 { failure = FileError(path: path, operation: "saving", code: errno) }
        if close(fd) != 0, failure == nil { failure = FileError(path: path, operation: "saving", code: errno) }
        if failure == nil, rename(temp, path) != 0 { failure = FileError(path: path, operation: "saving", code: errno) }
        if let failure {
            unlink(temp)
            throw failure
        }
        syncDirectory(dir)
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
