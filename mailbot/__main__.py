"""``python -m mailbot``: the same command line as the ``mailbot`` script."""

from mailbot.cli.app import main

main()
