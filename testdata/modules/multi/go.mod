// args: alpha "beta gamma"
module example.com/multi

go 1.19
