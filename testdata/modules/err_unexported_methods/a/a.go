package a

type I interface{ m() }

func Use(i I) {}

type S struct{}

func (S) m() {}
