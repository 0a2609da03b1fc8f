"""``mailbot demo``: the real bot over embedded mail servers, with simulated suppliers."""
