module example.com/m5

go 1.19
