"""Why a reply was read as it was: a code the engine and the shell can act on.

An intent says what a message means for the negotiation; the reason says which kind of
that intent it is, where the kinds call for different handling: a delivery delay is not
a failure, a ticket acknowledgement is not an out-of-office, and among ``other`` a
bank-detail change is for a human only while a range can be clarified with the supplier.
"""

from __future__ import annotations

from enum import StrEnum


class Reason(StrEnum):
    # bounce
    DELIVERY_FAILED = "delivery_failed"
    DELIVERY_DELAYED = "delivery_delayed"
    GATEWAY_REJECTED = "gateway_rejected"
    # auto_reply
    OUT_OF_OFFICE = "out_of_office"  # absence, leave, travel
    CLOSURE = "closure"  # the office or plant is closed for a period
    MAILBOX_UNMONITORED = "mailbox_unmonitored"  # the person left, the box is not read
    TICKET_ACKNOWLEDGEMENT = "ticket_acknowledgement"
    READ_RECEIPT = "read_receipt"
    AUTOMATIC = "automatic"  # marked automatic by its headers, of no known kind
