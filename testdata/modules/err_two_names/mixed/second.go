package other

func G() {}
