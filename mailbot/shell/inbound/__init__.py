"""Mail in: commit each fetched email, tie it to its negotiation, read it and decide.

Silence (no reply by the policy's deadline) is handled here too: it is the mail that did not come.
"""
