package hidden

var Visible = secret + 1

var secret = 41

func helper() {}

type counter int

type T struct{ count int }

func (t *T) bump() { t.count++ }
