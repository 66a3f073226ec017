// target: ./cmd/tool
// args: -v
module example.com/cmdtool

go 1.19
