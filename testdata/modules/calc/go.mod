// args: "1 + 2 * 3" "(1 + 2) * 3" "x = 4" "x * x - 1" "10 / (5 - 5)" "2 +" "y"
module example.com/calc

go 1.19
