"""A supplier program for ``mailbot simulate --supplier-cmd``: it meets the bot halfway.

    mailbot simulate --policy policies/packaging_renewal.yaml \
        --supplier-cmd "python3 examples/halfway_supplier.py"

The protocol is JSON Lines. For each buyer message the program reads one line,
``{"round", "action", "terms", "body", "alternatives"}``. After an ``offer`` or a
``remind`` it writes one line back: a move, ``{"intent", "price_increase", "terms"}``,
or an email reply, ``{"body": "..."}``, which the bot's reader reads as it reads real mail.
After ``accept``, ``escalate`` or ``end`` nothing is expected, and input closes.

This supplier opens at today's price at Net 45. Each round it moves halfway
towards the bot's price and payment days. Once the bot's offer is within half a point of
its own price, it accepts. Its first answer is a plain email, to show that form; the
others are moves.
Standard library only, so it runs with any Python 3.
"""

import json
import sys

ANSWERED = ("offer", "remind")
price, days = 0.0, 45


def halfway(ours: float, theirs: float | None) -> float:
    return ours if theirs is None else round((ours + theirs) / 2, 1)


for line in sys.stdin:
    message = json.loads(line)
    if message["action"] not in ANSWERED:
        continue  # the negotiation has ended; input closes next
    offered = message["terms"]
    if offered.get("price_change_pct") is not None and \
            abs(offered["price_change_pct"] - price) <= 0.5:
        answer = {"intent": "accept", "price_increase": False, "terms": {}}
    else:
        price = halfway(price, offered.get("price_change_pct"))
        days = int(halfway(days, offered.get("payment_days")))
        answer = {"intent": "counter", "price_increase": False,
                  "terms": {"price_change_pct": price, "payment_days": days}}
        if message["round"] == 1:
            answer = {"body": f"Thanks. We can do {abs(price):g}% off the unit price "
                              f"at Net {days}, but no further."}
    print(json.dumps(answer), flush=True)
