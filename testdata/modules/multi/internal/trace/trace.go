package trace

import (
	"fmt"

	"example.com/multi/registry"
)

func init() {
	registry.Register("trace")
	fmt.Println("trace init (imported for its side effect)")
}
