package greet

func Hello(name string) string { return prefix + name }
