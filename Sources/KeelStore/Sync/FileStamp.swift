#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What a file looks like from outside: enough to notice that a sync tool
/// replaced it (a new inode on rename, a new size or change time) without
/// reading it.
struct FileStamp: Hashable, Sendable {
    let inode: UInt64
    let size: Int64
    let changedSeconds: Int64
    let changedNanoseconds: Int64
}

extension Posix {
    static func stamp(_ path: String) -> FileStamp? {
        var st = stat()
        guard stat(path, &st) == 0 else { return nil }
        #if canImport(Darwin)
        let changed = st.st_ctimespec
        #else
        let changed = st.st_ctim
        #endif
        return FileStamp(
            inode: UInt64(st.st_ino), size: Int64(st.st_size),
            changedSeconds: Int64(changed.tv_sec), changedNanoseconds: Int64(changed.tv_nsec))
    }
}
