module example.com/insub

go 1.19
