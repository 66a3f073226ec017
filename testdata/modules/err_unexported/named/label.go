package label

const Name = "label"
