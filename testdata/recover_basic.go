package main

import (
	"errors"
	"fmt"
)

// recover() stops a panic only when called directly by a deferred function while
// the panic runs; the function that deferred it then returns normally.

type MyErr struct{ Code int }

func (e MyErr) Error() string { return fmt.Sprintf("my error %d", e.Code) }

func safeDivide(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	return a / b, nil
}

func catch(f func()) (value interface{}) {
	defer func() { value = recover() }()
	f()
	return "no panic"
}

func helper() interface{} { return recover() }

func indirect() (result interface{}) {
	defer func() {
		outer := recover()
		result = fmt.Sprint(result, " / outer: ", outer)
	}()
	defer func() {
		defer func() { fmt.Println("inner recovered:", recover()) }()
		result = helper() // not called directly by the deferred function: nil
		if result == nil {
			result = "helper saw nil"
		}
		panic("replaced")
	}()
	panic("original")
}

func recoverOutsidePanic() interface{} {
	defer func() {}()
	return recover()
}

func deferredRecoverNoPanic() (r interface{}) {
	defer func() { r = recover() }()
	return "untouched"
}

func twice() (first, second interface{}) {
	defer func() {
		first = recover()
		second = recover()
	}()
	panic("once")
}

func deferRecoverDirectly() (survived bool) {
	defer func() {
		if recover() != nil {
			survived = true
		}
	}()
	func() {
		defer recover() // recover is itself the deferred call: it does not stop the panic
		panic("through")
	}()
	return false
}

func continueAfter() []string {
	var steps []string
	for i := 0; i < 3; i++ {
		func() {
			defer func() {
				if r := recover(); r != nil {
					steps = append(steps, fmt.Sprint("recovered ", r))
				}
			}()
			if i == 1 {
				panic(i * 10)
			}
			steps = append(steps, fmt.Sprint("ok ", i))
		}()
	}
	return steps
}

func remainingDefersRun() (log []string) {
	defer func() { log = append(log, "first deferred") }()
	defer func() {
		recover()
		log = append(log, "recovering")
	}()
	defer func() { log = append(log, "last deferred") }()
	panic("x")
}

func main() {
	fmt.Println(safeDivide(10, 2))
	fmt.Println(safeDivide(1, 0))

	fmt.Println(catch(func() { panic("a string") }))
	fmt.Println(catch(func() { panic(42) }))
	fmt.Println(catch(func() { panic(MyErr{7}) }))
	fmt.Println(catch(func() { panic(errors.New("an error")) }))
	fmt.Println(catch(func() {}))
	fmt.Println(catch(func() { panic(fmt.Sprintf("%d-%d", 1, 2)) }))

	r := catch(func() { panic(MyErr{3}) })
	if e, ok := r.(error); ok {
		fmt.Println("is error:", e.Error())
	}
	if m, ok := r.(MyErr); ok {
		fmt.Println("code", m.Code)
	}

	fmt.Println(indirect())
	fmt.Println(recoverOutsidePanic())
	fmt.Println(deferredRecoverNoPanic())
	fmt.Println(twice())
	fmt.Println(deferRecoverDirectly())
	fmt.Println(continueAfter())
	fmt.Println(remainingDefersRun())
}
