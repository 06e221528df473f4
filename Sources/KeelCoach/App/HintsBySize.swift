import KeelTerminal

/// A screen whose keys depend on what fits: the home screen numbers only
/// the habits it can draw. The footer asks it with the area it will draw in.
protocol HintsBySize: Screen {
    func hints(in area: Rect, _ ctx: Context) -> [KeyHint]
}

extension HomeScreen: HintsBySize {}
