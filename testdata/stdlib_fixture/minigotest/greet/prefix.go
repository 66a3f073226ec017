package greet

var prefix = "hello, "
