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
    # other: only a human may handle these
    BANK_DETAILS_CHANGE = "bank_details_change"  # pay into another account: fraud pattern
    SUSPICIOUS_CONTENT = "suspicious_content"  # template or script code in the reply

    DIFFERENT_ITEM = "different_item"  # answers for another article than the one negotiated
    PENDING_SIGN_OFF = "pending_sign_off"  # agrees, but someone else must approve
    PARTIAL = "partial"  # accepts one part (an item, a term) and not the rest
    INTERNAL_NOTE = "internal_note"  # a forward or a note meant for a colleague
    CONDITIONAL_OUTSIDE_LEVERS = "conditional_outside_levers"  # an index clause, a spec change
    QUESTION = "question"  # the supplier asks something
    CALL_REQUEST = "call_request"
    HOLDING = "holding"  # "we will come back to you"
    ATTACHMENT_ONLY = "attachment_only"  # the answer is in an attached file
    BULK = "bulk"  # a newsletter or list mail
    EMPTY = "empty"  # nothing written above the quote
    # other: partial or ambiguous, but the supplier could settle it in one answer
    RANGE = "range"  # "between 2 and 3%"
    ALTERNATIVES = "alternatives"  # several packages the supplier named
    TENTATIVE = "tentative"  # hedged numbers: "maybe around 3%"
    FORM_CONFLICTS_TEXT = "form_conflicts_text"  # the form and the free text disagree
    UNCLEAR = "unclear"  # nothing settled the reading either way


# Readings the bot may clarify with the supplier (issue 12): the supplier's own answer
# could settle them, and none carries a danger only a human can judge.
CLARIFIABLE = frozenset({Reason.RANGE, Reason.ALTERNATIVES, Reason.TENTATIVE,
                         Reason.FORM_CONFLICTS_TEXT, Reason.UNCLEAR})
