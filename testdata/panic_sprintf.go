// panic with a message built by fmt.Sprintf.
package main

import "fmt"

type Account struct {
	Owner   string
	Balance int
}

func withdraw(a *Account, amount int) {
	if amount > a.Balance {
		panic(fmt.Sprintf("insufficient funds: %s has %d, wants %d", a.Owner, a.Balance, amount))
	}
	a.Balance -= amount
	fmt.Printf("%s withdrew %d, balance %d\n", a.Owner, amount, a.Balance)
}

func main() {
	acc := &Account{"alice", 100}
	withdraw(acc, 30)
	withdraw(acc, 50)
	withdraw(acc, 25)
}
