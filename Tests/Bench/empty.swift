// A reference for `make bench`: the least a Swift program built like keel
// (static Swift runtime) does. It starts, says one word and waits for
// Ctrl-C. Its first byte shows what the Swift runtime's start-up costs on
// this machine before keel does anything of its own.
print("ready")
_ = readLine()
