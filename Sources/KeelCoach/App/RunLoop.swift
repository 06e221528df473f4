import KeelTerminal

/// The interactive loop: draw, wait (blocking when idle, until the next
/// wake-up when animating), hand the event to the app, repeat.
public enum RunLoop {
    public static func run(app: App, backend: Backend, clock: MonotonicClock) {
        while !app.isFinished {
            backend.draw(app.render())
            let wake = app.nextWake()
            let timeout = wake.map { max(0, $0.seconds(since: clock.now())) }
            if let event = backend.nextEvent(timeout: timeout) {
                app.handle(event)
            } else if let wake, clock.now() >= wake {
                app.tick()
            }
        }
    }
}
