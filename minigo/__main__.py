"""`python -m minigo ...` is the minigo command."""
from minigo.cli import main

raise SystemExit(main())
