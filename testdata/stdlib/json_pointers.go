package main

import (
	"encoding/json"
	"fmt"
)

type Inner struct{ N int }

type Outer struct {
	PP  **Inner
	PPI **int
	S   []**string
	M   map[string]**Inner
}

func main() {
	var o Outer
	err := json.Unmarshal([]byte(`{"PP":{"N":4},"PPI":7,"S":["a",null,"c"],"M":{"x":{"N":1}}}`), &o)
	fmt.Println(err, (**o.PP).N, **o.PPI, **o.S[0], o.S[1] == nil, **o.S[2], (**o.M["x"]).N)
	var ppp ***float64
	fmt.Println(json.Unmarshal([]byte(`2.5`), &ppp), ***ppp)
	b, err := json.Marshal(o)
	fmt.Println(string(b), err)
}
