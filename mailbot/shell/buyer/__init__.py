"""The buyer's side: commands by reply or ``mailbot resolve`` on what waits for the buyer."""
