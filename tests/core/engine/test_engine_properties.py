"""Property tests: over random policies and random supplier behaviour, the engine never
breaches a walk-away, never grants an unpermitted concession, never steps backwards,
never gives on a lever more than the supplier asks, never concedes faster than its
pacing curve before offers aim at the supplier's limits (``plausible_after``), and
always decides the same way: under every strategy setting (plain pacing, the opponent
model, MESO, seeded variation, both answers to an out-of-policy counter), for every
package an offer lets the supplier pick, and when the supplier picks one."""

from typing import Any

from hypothesis import HealthCheck, assume, event, given, settings
from hypothesis import strategies as st

from mailbot.core.engine import (
    Action,
    DealContext,
    Decision,
    Exchange,
    History,
    SupplierMove,
    breaches,
    decide,
    open_negotiation,
)
from mailbot.core.engine.compliance import permitting_trade_off
from mailbot.core.engine.pacing import time_allowance
from mailbot.core.engine.packages import paced_concession
from mailbot.core.engine.situation import supplier_package
from mailbot.core.engine.strategy import MESO_TOLERANCE
from mailbot.core.engine.utility import concession_of, utility, worse_of
from mailbot.core.policy import Policy
from mailbot.core.policy.checks import check_policy
from mailbot.core.terms import INTEGER_LEVERS, Intent, Lever, Terms

EXAMPLES = 2000


def lever_value(lever: Lever) -> st.SearchStrategy[float]:
    if lever in INTEGER_LEVERS:
        return st.integers(0, 120).map(float)
    return st.integers(-150, 150).map(lambda tenths: tenths / 10)


@st.composite
def lever_specs(draw: st.DrawFn, lever: Lever) -> dict[str, Any]:
    a, b = draw(lever_value(lever)), draw(lever_value(lever))
    assume(a != b)
    better = draw(st.sampled_from(["lower", "higher"]))
    target, walk_away = (min(a, b), max(a, b)) if better == "lower" else (max(a, b), min(a, b))
    return {"current": draw(lever_value(lever)), "target": target, "walk_away": walk_away,
            "weight": draw(st.integers(1, 10)), "better": better}


def between(spec: dict[str, Any], share: float, lever: Lever) -> float:
    value = spec["target"] + (spec["walk_away"] - spec["target"]) * share
    return float(round(value)) if lever in INTEGER_LEVERS else round(value, 1)


@st.composite
def policies(draw: st.DrawFn) -> Policy:
    levers = draw(st.lists(st.sampled_from(list(Lever)), min_size=1, max_size=5, unique=True))
    specs = {lever: draw(lever_specs(lever)) for lever in levers}
    trade_offs = []
    if len(levers) >= 2 and draw(st.booleans()):
        give, require = levers[0], levers[1]
        trade_offs.append({
            "give": {"lever": give.value,
                     "value": between(specs[give], draw(st.floats(0.2, 1.0)), give)},
            "require": {"lever": require.value,
                        "value": between(specs[require], draw(st.floats(0.0, 1.0)), require)},
        })
    strategy = draw(st.sampled_from(["boulware", "linear", "conceder"]))
    exponent = {"boulware": draw(st.floats(1.2, 4.0)), "linear": 1.0,
                "conceder": draw(st.floats(0.2, 0.9))}[strategy]
    policy = Policy.model_validate({
        "name": "random",
        "levers": {lever.value: spec for lever, spec in specs.items()},
        "trade_offs": trade_offs,
        "pacing": {"strategy": strategy, "exponent": exponent,
                   "max_rounds": draw(st.integers(2, 8)),
                   "reciprocity": draw(st.floats(0.5, 3.0)),
                   "meso": draw(st.integers(1, 3)),
                   "opponent_model": draw(st.booleans()),
                   "variation": draw(st.sampled_from([0.0, 0.05, 0.3])),
                   "plausible_after": draw(st.integers(1, 4)),
                   "supplier_patience": draw(st.integers(2, 8))},
        "escalation": {"on_outside_policy": draw(st.sampled_from(["counter", "escalate"])),
                       "on_price_increase": draw(st.booleans()),
                       "stalled_rounds": draw(st.integers(1, 4))},
    })
    assume(not check_policy(policy))
    return policy


@st.composite
def supplier_moves(draw: st.DrawFn, policy: Policy) -> SupplierMove:
    """Mostly values near the policy's ranges (so negotiations run on), some anywhere."""
    stated = draw(st.lists(st.sampled_from(list(Lever)), max_size=5, unique=True))
    terms = Terms()
    for lever in stated:
        spec = policy.levers.get(lever)
        if spec is not None and draw(st.integers(0, 4)):
            share = draw(st.floats(-0.2, 1.3))
            value = spec.target + (spec.walk_away - spec.target) * share
        else:
            value = draw(lever_value(lever))
        terms = terms.with_lever(lever, round(value, 2))
    intent = draw(st.sampled_from([Intent.COUNTER] * 12 + [Intent.ACCEPT] * 4 + list(Intent)))
    increase = draw(st.integers(0, 15)) == 0
    return SupplierMove(intent, increase, terms, draw(st.sampled_from([1.0] * 8 + [0.9, 0.5])))


def check_package(policy: Policy, terms: Terms) -> None:
    """Inside every walk-away; a chip moves only when a trade-off permits it."""
    assert breaches(policy, terms) == ()
    for lever in policy.in_play:
        value = terms.get(lever)
        assert value is not None
        conceded = policy.levers[lever].prefers(policy.levers[lever].target, value)
        if lever in policy.give_levers and conceded:
            assert permitting_trade_off(policy, terms, lever) is not None


def plain(policy: Policy) -> bool:
    return policy.pacing.meso == 1 and not policy.pacing.opponent_model


def check_offer(policy: Policy, offers: list[Terms], decision: Decision,
                asked: Terms) -> None:
    """Every package of the offer (MESO alternatives too) is inside the policy, no step
    back from the previous offer and no more than the supplier asked on any paced lever,
    and, before offers aim at the supplier's limits, paced within the clock (per lever
    under plain pacing, in aggregate under the other settings)."""
    terms = decision.terms
    assert terms is not None
    alternatives = decision.alternatives
    assert not alternatives or alternatives[0] == terms
    assert len(alternatives) <= policy.pacing.meso and len(set(alternatives)) == len(alternatives)
    allowance = time_allowance(policy, len(offers))
    clocked = len(offers) < policy.pacing.plausible_after and decision.reason == "counter"
    for package in alternatives or (terms,):
        check_package(policy, package)
        if clocked and plain(policy):
            for lever in policy.paced_levers:
                assert concession_of(policy.levers[lever], package.get(lever) or 0) \
                    <= allowance + 1e-9, "conceded faster than pacing"
        elif clocked:
            assert paced_concession(policy, package) <= allowance + 1e-9, "faster than pacing"
        assert abs(utility(policy, package) - utility(policy, terms)) <= MESO_TOLERANCE + 1e-9
        for lever in policy.paced_levers:
            spec, value, before = policy.levers[lever], package.get(lever), offers[-1].get(lever)
            theirs = asked.get(lever)
            assert value is not None and before is not None and theirs is not None
            assert not spec.prefers(value, before), f"asked for more on {lever} than before"
            cap = worse_of(spec, before, theirs)
            assert not spec.prefers(cap, value), f"gave more on {lever} than the supplier asked"


@st.composite
def moves_or_picks(draw: st.DrawFn, policy: Policy, offered: tuple[Terms, ...]) -> SupplierMove:
    """Sometimes the supplier picks one of the offered packages, as the reader reports it."""
    if offered and draw(st.integers(0, 3)) == 0:
        return SupplierMove(Intent.ACCEPT, False, draw(st.sampled_from(offered)))
    return draw(supplier_moves(policy))


@settings(max_examples=EXAMPLES, deadline=None,
          suppress_health_check=[HealthCheck.filter_too_much, HealthCheck.too_slow])
@given(policy=policies(), data=st.data())
def test_engine_stays_inside_policy_and_never_steps_back(policy, data):
    context = DealContext(seed=data.draw(st.integers(0, 2**32)))
    opening = open_negotiation(policy, context)
    assert opening.terms is not None
    check_package(policy, opening.terms)
    history = History((Exchange("buyer", opening.terms),))
    offers = [opening.terms]
    for _ in range(data.draw(st.integers(1, 8))):
        move = data.draw(moves_or_picks(policy, history.last_alternatives))
        decision = decide(policy, history, move, context)
        event(decision.reason)
        assert decide(policy, history, move, context) == decision, "not deterministic"
        assert Decision.from_json(decision.to_json()) == decision
        if decision.action is Action.ACCEPT:
            assert decision.terms is not None
            check_package(policy, decision.terms)
        if decision.action is Action.OFFER:
            asked = supplier_package(policy, move.terms, offers[-1], context)
            check_offer(policy, offers, decision, asked)
        if decision.action is not Action.WAIT:
            history = history.with_exchange(Exchange("supplier", move.terms, move.intent))
        if decision.action is not Action.OFFER:
            return
        assert decision.terms is not None
        offers.append(decision.terms)
        history = history.with_exchange(
            Exchange("buyer", decision.terms, alternatives=decision.alternatives))
