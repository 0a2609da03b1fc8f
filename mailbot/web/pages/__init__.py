"""One module per page of the console; each exposes ``routes(console)``."""
