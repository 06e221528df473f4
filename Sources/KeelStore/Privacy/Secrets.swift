#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Keeping a passphrase and the data it opens out of places they don't
/// belong: a core file written by a crash, and memory keel no longer needs.
public enum Secrets {
    /// From the moment a passphrase is asked for, a crash writes no core
    /// file (RLIMIT_CORE 0) and the process can't be dumped or attached to
    /// by another process of the same user (PR_SET_DUMPABLE 0), so neither
    /// the passphrase, nor the keys, nor the letters they open reach a disk.
    /// It lasts until keel exits.
    public static func forbidCoreDumps() {
        var none = rlimit(rlim_cur: 0, rlim_max: 0)
        #if canImport(Glibc)
        _ = setrlimit(__rlimit_resource_t(RLIMIT_CORE.rawValue), &none)
        // prctl is variadic in C, so Swift can't call it by name; its four
        // arguments after the option are integers, passed as plain ones.
        typealias Prctl = @convention(c) (Int32, UInt, UInt, UInt, UInt) -> Int32
        if let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "prctl") {
            let setDumpable: Int32 = 4  // PR_SET_DUMPABLE, a macro Swift doesn't import
            _ = unsafeBitCast(symbol, to: Prctl.self)(setDumpable, 0, 0, 0, 0)
        }
        #else
        _ = setrlimit(RLIMIT_CORE, &none)
        #endif
    }

    /// Overwrites bytes keel owns (a passphrase once its key is derived);
    /// explicit_bzero, so the compiler can't drop the writes as unused.
    /// Bytes shared with another array are copied first and only the copy
    /// is cleared, as Swift arrays do; callers wipe the copies they own.
    public static func wipe(_ bytes: inout [UInt8]) {
        bytes.withUnsafeMutableBytes { buffer in
            guard let base = buffer.baseAddress else { return }
            #if canImport(Glibc)
            explicit_bzero(base, buffer.count)
            #else
            memset_s(base, buffer.count, 0, buffer.count)
            #endif
        }
        bytes.removeAll()
    }
}
