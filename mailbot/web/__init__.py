"""The web console: a face on the store, like the CLI (``mailbot web``)."""
