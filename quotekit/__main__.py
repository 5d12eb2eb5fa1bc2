from quotekit.cli import main

main()
