// A bank simulation with structs, pointers to accounts, a transaction log and error results.
package main

import "fmt"

type Account struct {
	ID      int
	Owner   string
	Balance int64
	History []Txn
}

type Txn struct {
	Kind   string
	Amount int64
	OK     bool
}

type Bank struct {
	Accounts []*Account
	NextID   int
	Failed   int
}

func openAccount(b *Bank, owner string, initial int64) *Account {
	b.NextID++
	acc := &Account{ID: b.NextID, Owner: owner}
	b.Accounts = append(b.Accounts, acc)
	deposit(acc, initial)
	return acc
}

func deposit(a *Account, amount int64) bool {
	ok := amount > 0
	if ok {
		a.Balance += amount
	}
	a.History = append(a.History, Txn{"deposit", amount, ok})
	return ok
}

func withdraw(a *Account, amount int64) (bool, string) {
	if amount <= 0 {
		a.History = append(a.History, Txn{"withdraw", amount, false})
		return false, "invalid amount"
	}
	if a.Balance < amount {
		a.History = append(a.History, Txn{"withdraw", amount, false})
		return false, fmt.Sprintf("insufficient funds: have %d, need %d", a.Balance, amount)
	}
	a.Balance -= amount
	a.History = append(a.History, Txn{"withdraw", amount, true})
	return true, ""
}

func transfer(b *Bank, from, to *Account, amount int64) {
	ok, reason := withdraw(from, amount)
	if !ok {
		b.Failed++
		fmt.Printf("transfer %d from %s to %s failed: %s\n", amount, from.Owner, to.Owner, reason)
		return
	}
	deposit(to, amount)
	fmt.Printf("transferred %d from %s to %s\n", amount, from.Owner, to.Owner)
}

func find(b *Bank, owner string) *Account {
	for _, a := range b.Accounts {
		if a.Owner == owner {
			return a
		}
	}
	return nil
}

func applyInterest(b *Bank, percent int64) {
	for _, a := range b.Accounts {
		interest := a.Balance * percent / 100
		a.Balance += interest
	}
}

func main() {
	var bank Bank
	alice := openAccount(&bank, "alice", 1000)
	bob := openAccount(&bank, "bob", 250)
	carol := openAccount(&bank, "carol", 0)
	transfer(&bank, alice, bob, 300)
	transfer(&bank, bob, carol, 600)
	transfer(&bank, bob, carol, 550)
	transfer(&bank, carol, alice, -5)
	ok, msg := withdraw(alice, 10000)
	fmt.Println(ok, msg)
	applyInterest(&bank, 5)
	if find(&bank, "dave") == nil {
		fmt.Println("no account for dave")
	}
	find(&bank, "carol").Owner = "carol2"
	var total int64
	for _, a := range bank.Accounts {
		fmt.Printf("#%d %-7s %8d  (%d txns)\n", a.ID, a.Owner, a.Balance, len(a.History))
		for _, t := range a.History {
			status := "ok"
			if !t.OK {
				status = "FAILED"
			}
			fmt.Printf("    %-8s %6d %s\n", t.Kind, t.Amount, status)
		}
		total += a.Balance
	}
	fmt.Println("total", total, "failed", bank.Failed, "next id", bank.NextID)
	snapshot := *alice
	alice.Balance = 0
	fmt.Println(snapshot.Balance, alice.Balance, len(snapshot.History) == len(alice.History))
}
