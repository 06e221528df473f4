import KeelStore

extension SampleHistory {
    /// A safety plan written in the first week.
    func safetyPlan() -> SafetyPlan {
        var plan = SafetyPlan.fresh(at: time(startDay.adding(days: 3), hour: 20, minute: 15))
        plan[.warningSigns] = "Not sleeping, replaying conversations, cancelling plans, telling myself nobody would notice."
        plan[.copingAlone] = "A long shower, a walk round the park, the breathing pacer, the playlist called 'slow'."
        plan[.distractions] = "The library, Dana's kitchen, the climbing gym on a quiet evening."
        plan[.helpers] = "Dana 07700 900123, my brother Luis, Priya from choir."
        plan[.professionals] = "My GP surgery, the counselling service at work."
        plan[.saferSurroundings] = "Give the spare pills to Luis to keep."
        return plan
    }
}
