module example.com/panicinit

go 1.19
