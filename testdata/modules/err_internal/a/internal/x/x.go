package x

var X = 1
