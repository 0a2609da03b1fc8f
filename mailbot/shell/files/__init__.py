"""Files an admin hands the bot: policies (YAML) and the suppliers list."""
