"""Mail out: render and queue an email in the deciding transaction, then send and mark it."""
