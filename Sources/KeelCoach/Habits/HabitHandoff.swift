import KeelStore

/// The circle map's chosen step to widen belonging, carried into a habit:
/// the habit form opens with the step as its name, weekly to begin with.
public enum HabitHandoff {
    public static var widening: WideningHandoff {
        WideningHandoff(key: "h", label: "make it a habit") { ctx, step in
            let start = HabitEditor.Start(name: step.label, schedule: .perWeek(1), wideningStep: step)
            return FormScreen(HabitEditor(original: nil, start: start), ctx)
        }
    }
}
