// The go command reads the package clause first; its scanner ends an
// identifier at a character that is neither a letter nor a decimal digit.
packag²e main

func main() {}
