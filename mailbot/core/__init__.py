"""The pure core: policy, concession engine and reply reading. No I/O, no clock, no database.

Everything here is a function of its arguments, so it can be tested exhaustively and
reasoned about; the shell (``mailbot.shell``) moves data in and decisions out.
"""
