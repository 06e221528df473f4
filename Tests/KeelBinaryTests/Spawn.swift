import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// posix_spawn and waitpid, for commands that leave a daemon behind (the
/// tmux server). Foundation's Process waits for descriptors the daemon
/// inherits and can hang; this waits for the child alone.
enum Spawn {
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    /// glibc's posix_spawn_file_actions_addclosefrom_np (2.34 and later),
    /// which the Glibc module doesn't import; looked up once by name.
    typealias CloseFrom = @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, Int32) -> Int32
    static let closeFromFunction: CloseFrom? = {
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "posix_spawn_file_actions_addclosefrom_np") else { return nil }
        return unsafeBitCast(symbol, to: CloseFrom.self)
    }()

    static func closeFrom(_ actions: inout posix_spawn_file_actions_t, _ fd: Int32) {
        _ = closeFromFunction?(&actions, fd)
    }

    static func run(_ argv: [String], environment: [String: String], capture: Bool) throws -> (status: Int32, out: String) {
        var fds: [Int32] = [-1, -1]
        if capture, pipe(&fds) != 0 { throw Failure(description: "pipe failed") }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        if capture {
            posix_spawn_file_actions_adddup2(&actions, fds[1], 1)
            posix_spawn_file_actions_addclose(&actions, fds[0])
            posix_spawn_file_actions_addclose(&actions, fds[1])
        } else {
            posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        }
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        // Nothing else goes along: a tmux server that kept another test's
        // pipe open would leave that test waiting for the end of its output.
        closeFrom(&actions, 3)
        let args = argv.map { strdup($0) } + [nil]
        let env = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            args.forEach { free($0) }
            env.forEach { free($0) }
        }
        var pid: pid_t = 0
        let rc = posix_spawnp(&pid, argv[0], &actions, nil, args, env)
        if capture { close(fds[1]) }
        guard rc == 0 else {
            if capture { close(fds[0]) }
            throw Failure(description: "could not start \(argv[0]): \(String(cString: strerror(rc)))")
        }
        var data = [UInt8]()
        if capture {
            var chunk = [UInt8](repeating: 0, count: 65536)
            while true {
                let n = read(fds[0], &chunk, chunk.count)
                if n < 0, errno == EINTR { continue }
                if n <= 0 { break }
                data.append(contentsOf: chunk[0..<n])
            }
            close(fds[0])
        }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0, errno == EINTR {}
        let exitCode = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
        return (exitCode, String(decoding: data, as: UTF8.self))
    }
}
