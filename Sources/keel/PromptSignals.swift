#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension Terminal {
    /// Signals that would end keel while the passphrase prompt has echo off:
    /// each puts the terminal back as it was first, so the shell that follows
    /// shows what is typed. Every signal whose default is to end the process,
    /// crashes included. Stop signals (Ctrl-Z is off while asking) are left
    /// alone: on resume the prompt must still hide what is typed.
    static let promptSignals: [Int32] = {
        var list = [
            SIGTERM, SIGHUP, SIGINT, SIGQUIT, SIGUSR1, SIGUSR2, SIGALRM, SIGVTALRM, SIGPROF,
            SIGXCPU, SIGXFSZ, SIGPIPE, SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT, SIGTRAP, SIGSYS,
        ]
        #if os(Linux)
        list += [SIGPWR, SIGSTKFLT]
        #endif
        return list
    }()
}
