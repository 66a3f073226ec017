package use

import "example.com/m/coll"

func Strings() *coll.List[string] {
	var l coll.List[string]
	l.Push("u")
	return &l
}

func Total(xs []int) int { return coll.Sum(xs...) }
