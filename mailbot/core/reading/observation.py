"""The facts the intent table asks about, each observed the first time a row asks.

Most replies are decided by one of the first rows (a bounce, a counter with terms), so
observing every signal for every message would spend most of the reader's time on
questions nobody asks: each signal is a ``cached_property`` here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property

from mailbot.core.reading import automatic, cues, hazards, increase, sign_off, signals
from mailbot.core.reading.choice import Pick
from mailbot.core.reading.clauses import Clause, unwrap
from mailbot.core.reading.form import FilledForm
from mailbot.core.reading.mime import ParsedMessage
from mailbot.core.reading.model import ReadingContext, Unclear, UnclearKind
from mailbot.core.reading.quotes import Segment
from mailbot.core.reading.roles import CONDITION, Role, demands_outside_levers
from mailbot.core.reading.terms_extract import Extraction
from mailbot.core.terms import Terms

_NO_TERMS = Terms()


@dataclass(frozen=True)
class ClauseSplit:
    top: list[Clause]  # written as the message's own answer
    inline: list[Clause]  # written between quoted lines, answering one of them
    inline_segments: tuple[Segment, ...] = ()

    @property
    def every(self) -> list[Clause]:
        return self.top + self.inline


@dataclass(frozen=True)
class ReplyParts:
    """What the reader made of one message before deciding what it means."""

    message: ParsedMessage
    split: ClauseSplit
    new_text: str
    form: FilledForm | None
    extraction: Extraction
    stated: Terms
    context: ReadingContext
    unclear: tuple[Unclear, ...] = ()
    pick: Pick | None = None
    chosen: Terms | None = None


class Observation:
    """``intent.Signals`` for one reply, observed lazily; see ``intent.Signals`` for what
    each fact means."""

    def __init__(self, parts: ReplyParts, *, headers_checked: bool = False) -> None:
        self.parts = parts
        self._roles = {m.role for m in parts.extraction.mentions}
        self._headers_checked = headers_checked  # bounce and automatic already ruled out

    # mail system and automatic messages ------------------------------------------------
    @cached_property
    def bounce(self) -> bool:
        return not self._headers_checked and (
            automatic.delivery_report(self.parts.message) is not None)

    @cached_property
    def automatic(self) -> bool:
        return not self._headers_checked and (
            automatic.automatic_by_headers(self.parts.message) is not None)


    @cached_property
    def bulk(self) -> bool:
        return automatic.is_bulk(self.parts.message)

    @cached_property
    def notice_text(self) -> bool:
        return automatic.automatic_by_text(self.parts.new_text) is not None

    @cached_property
    def weakly_automatic(self) -> bool:
        return automatic.weakly_marked(self.parts.message)

    # what only a human may handle ---------------------------------------------------------
    @cached_property
    def bank_change(self) -> bool:
        return hazards.asks_to_change_bank_details(self.parts.new_text)

    @cached_property
    def code(self) -> bool:
        return hazards.holds_code(self.parts.new_text)

    @cached_property
    def _flowed(self) -> str:
        """The new text with hard-wrapped prose joined again: "mit unserer\n
        Geschäftsleitung abstimmen" is one phrase to the cues that read whole phrases."""
        return "\n".join(unwrap(self.parts.new_text))

    @cached_property
    def internal_note(self) -> bool:
        return bool(cues.INTERNAL_NOTE.search(self._flowed))

    @cached_property
    def different_item(self) -> bool:
        message = self.parts.message
        return (self.accepts or self.has_terms) and hazards.names_another_item(
            self.parts.new_text, message.subject, message.text)

    @cached_property
    def pending(self) -> bool:
        return bool(cues.PENDING.search(self._flowed)) or sign_off.awaits_superior(
            self._flowed)

    @cached_property
    def partial(self) -> bool:
        return hazards.accepts_only_part(self._flowed)

    # the form -----------------------------------------------------------------------------
    @cached_property
    def form_found(self) -> bool:
        return self.parts.form is not None and self.parts.form.terms != _NO_TERMS

    @cached_property
    def form_unchanged(self) -> bool:
        return self.form_found and self.same_as_offer

    @cached_property
    def form_conflicts(self) -> bool:
        return any(u.kind is UnclearKind.FORM_CONFLICTS_TEXT for u in self.parts.unclear)

    # what is no firm answer ---------------------------------------------------------------
    @cached_property
    def empty(self) -> bool:
        return not re.search(r"[\w✓✔☑]", self.parts.new_text)  # a tick is an answer

    @cached_property
    def forwarded(self) -> bool:
        return bool(cues.FORWARD_SUBJECT.match(self.parts.message.subject))

    @cached_property
    def alternatives(self) -> bool:
        text = self.parts.new_text
        if self.parts.pick is not None and (self.parts.pick.spans or self.parts.pick.ambiguous):
            text = self.parts.pick.blank(text)  # "option B" names the bot's package
        return bool(self.parts.extraction.conflicts) or (
            self.has_terms and bool(cues.ALTERNATIVES.search(text)))

    @cached_property
    def picks(self) -> bool:
        return self.parts.chosen is not None

    @cached_property
    def pick_changed(self) -> bool:
        chosen = self.parts.chosen
        return chosen is not None and self.has_terms and not signals.same_as_offer(
            self.parts.stated, chosen)

    @cached_property
    def pick_ambiguous(self) -> bool:
        return self.parts.pick is not None and self.parts.pick.ambiguous

    @cached_property
    def ranged(self) -> bool:
        return Role.RANGE in self._roles

    @cached_property
    def outside_condition(self) -> bool:
        """Terms offered on a condition outside the levers, in their own clause or in
        another one ("3% is possible, but we need a 30% deposit before production")."""
        return Role.CONDITIONAL in self._roles or (self.has_terms and any(
            demands_outside_levers(c.text) for c in self.parts.split.every))

    @cached_property
    def tentative(self) -> bool:
        return Role.TENTATIVE in self._roles or signals.tentative(
            self.parts.split.every, self.parts.extraction)

    # terms and answers --------------------------------------------------------------------
    @cached_property
    def has_terms(self) -> bool:
        return self.parts.stated != _NO_TERMS

    @cached_property
    def same_as_offer(self) -> bool:
        return signals.same_as_offer(self.parts.stated, self.parts.context.last_offer)

    @cached_property
    def all_agreed(self) -> bool:
        terms = [m for m in self.parts.extraction.findings if m.field != "currency"]
        return bool(terms) and all(m.role is Role.AGREED for m in terms)

    @cached_property
    def names_other_term(self) -> bool:
        return signals.names_unstated_term(self.parts.split.every, self.parts.stated,
                                           self.parts.context.last_offer)

    @cached_property
    def accepts(self) -> bool:
        return signals.accepts(self.parts.split.top)

    @cached_property
    def inline_ack_only(self) -> bool:
        return signals.accepts(self.parts.split.inline) and not self.accepts

    @cached_property
    def inline_all_acked(self) -> bool:
        return signals.acknowledges_every_line(self.parts.split.inline_segments)

    @cached_property
    def rejects(self) -> bool:
        return signals.rejects(self.parts.split.every)

    @cached_property
    def refused_only(self) -> bool:
        return not self.has_terms and bool(self._roles & {Role.REFUSED, Role.REFERRED})

    @cached_property
    def conditioned(self) -> bool:
        clauses = {id(m.clause) for m in self.parts.extraction.findings}
        every = self.parts.split.every
        return any(CONDITION.search(c.text) for c in every
                   if id(c) in clauses or cues.ACCEPT.search(c.text)
                   ) or any(cues.DEAL_ON_A_NUMBER.search(c.text) for c in every)

    @cached_property
    def refuses_some(self) -> bool:

        return Role.REFUSED in self._roles

    @cached_property
    def keeps_price(self) -> bool:
        return bool(cues.KEEPS_PRICE.search(self._flowed))

    @cached_property
    def asks(self) -> bool:
        return signals.asks(self.parts.split.every)

    @cached_property
    def calls(self) -> bool:
        return signals.requests_call(self.parts.split.every)

    @cached_property
    def holding(self) -> bool:
        return signals.holds_for_later(self.parts.split.every)

    @cached_property
    def attachment(self) -> bool:
        return bool(cues.ATTACHMENT.search(self.parts.new_text))

    @cached_property
    def unread_number(self) -> bool:
        values: dict[int, set[float]] = {}
        for mention in self.parts.extraction.mentions:
            if isinstance(mention.value, (int, float)):
                values.setdefault(id(mention.clause), set()).add(abs(float(mention.value)))
        return signals.unread_number(self.parts.split.every, values)

    @cached_property
    def announces_increase(self) -> bool:
        stated = self.parts.stated
        cut = stated.price_change_pct is not None and stated.price_change_pct < 0
        return increase.announces_increase(self.parts.split.every, reduction_offered=cut)
