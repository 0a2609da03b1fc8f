"""mailbot: a buyer's negotiating policy, carried out with suppliers over ordinary email."""

__version__ = "0.1.0"
