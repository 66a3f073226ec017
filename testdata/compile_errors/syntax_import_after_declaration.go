// The go command reads only the imports before the first other declaration;
// a broken import after one is reported by gc itself, in gc's words.
package main

var x int

import ( 1 )

func main() {}
