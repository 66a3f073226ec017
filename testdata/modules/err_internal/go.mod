module example.com/internals

go 1.19
