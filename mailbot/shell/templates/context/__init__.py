"""Builders from plain facts to template contexts: the contract between code and templates.

Contexts hold only dicts, lists, strings, numbers and ``None``, never live objects: the
sandbox still lets a template call public methods of what it is given, so it is given
nothing with methods worth calling. Supplier text stays plain here; the HTML parts
escape it (autoescape), the text parts print it as is.

The context of each template (keys always present; "formatted" means ready to print):

- ``supplier``: {name, email, item, unit_price (baseline, formatted, "" if unknown),
  currency, annual_volume (formatted, "" if unknown), language}
- ``buyer``: {name, email, company}
- ``negotiation``: {id, reference, round}
- ``offer`` (opening_offer, counter_offer, reminder) and ``agreed`` (confirmation,
  deal_summary): {lines: [str], terms: {term key: value or None}, conditional: str or None}
- ``form`` (offer templates and the reply_form they include): {term key: formatted value},
  "" for a term not in play
- ``savings`` (deal_summary): {pct, per_unit, annual, currency} or None when unknown
- ``history`` (deal_summary, escalation): [{round, party ("buyer"/"supplier"), summary, date}]
- ``reason`` (escalation): {code, explanation}; ``latest_reply``: str (the supplier's new
  text); ``bounds``: [{lever, current, target, walk_away}] (formatted); ``sender``:
  {address, name} of the email behind the escalation, or None. ``name`` is the display
  name its sender chose (one line, control characters removed): show it apart from the
  address, never as the sender;
  ``clarified``: {asked, earlier_reply} when the latest reply answered a clarification,
  else None
- ``agreed.checked`` (confirmation): the terms were read from free text, not the form
- ``clarification`` (clarification): {understood: [str], questions: [{kind, quote, label,
  figures: [str]}], options: [{letter, lines, terms, inside_policy}], yes_settles: bool,
  reminder: bool (asked again after silence)}; question kinds: range, unclear_number,
  form_conflicts_text, price_percent_conflict

Modules: ``facts`` (the plain inputs), ``formatting`` (numbers per language), ``terms``
(terms in words), ``parts`` (pieces every context shares), ``supplier_mail`` and
``buyer_mail`` (one builder per template).
"""

from mailbot.shell.templates.context.buyer_mail import (
    buyer_notice_context,
    deal_summary_context,
    escalation_context,
)
from mailbot.shell.templates.context.facts import (
    BuyerInfo,
    ClarifiedReply,
    Context,
    HistoryItem,
    LeverBound,
    NegotiationInfo,
    SenderInfo,
    SupplierInfo,
    sender_info,
)
from mailbot.shell.templates.context.formatting import (
    LEVER_LABELS,
    count,
    lever_value,
    local_number,
    money,
    months,
    percent,
    plain_number,
)
from mailbot.shell.templates.context.parts import (
    bounds_context,
    savings_context,
    sender_context,
    shown_text,
)
from mailbot.shell.templates.context.supplier_mail import (
    clarification_context,
    confirmation_context,
    offer_context,
)
from mailbot.shell.templates.context.terms import (
    conditional_text,
    describe_terms,
    describe_trade_off,
    form_values,
)

__all__ = [
    "LEVER_LABELS",
    "BuyerInfo",
    "ClarifiedReply",
    "Context",
    "HistoryItem",
    "LeverBound",
    "NegotiationInfo",
    "SenderInfo",
    "SupplierInfo",
    "bounds_context",
    "buyer_notice_context",
    "clarification_context",
    "conditional_text",
    "confirmation_context",
    "count",
    "deal_summary_context",
    "describe_terms",
    "describe_trade_off",
    "escalation_context",
    "form_values",
    "lever_value",
    "local_number",
    "money",
    "months",
    "offer_context",
    "percent",
    "plain_number",
    "savings_context",
    "sender_context",
    "sender_info",
    "shown_text",
]
