package sub

import "fmt"

func F() {
	var unused int
	fmt.Println(undefinedName)
}
