"""`python -m caregraph.cli`: the console script."""

from . import main

main()
