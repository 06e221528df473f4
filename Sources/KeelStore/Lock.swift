#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One writer per data folder. The lock lives in the per-device folder,
/// which sync tools are told to ignore; the kernel drops it when the
/// process ends, however it ends.
final class WriterLock {
    private var fd: Int32 = -1

    /// Tries to take the lock; false when another keel holds it.
    func acquire(at path: String) throws(FileError) -> Bool {
        let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw FileError(path: path, operation: "opening the lock", code: errno) }
        if flock(fd, LOCK_EX | LOCK_NB) != 0 {
            close(fd)
            return false
        }
        self.fd = fd
        return true
    }

    func release() {
        guard fd >= 0 else { return }
        flock(fd, LOCK_UN)
        close(fd)
        fd = -1
    }

    deinit { release() }
}
