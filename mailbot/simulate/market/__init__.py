"""A realistic supplier population, written from how real suppliers negotiate.

Nothing here knows the buyer's targets, walk-aways or weights, nor anything of the
engine's workings: a supplier sees only what a real one would, today's terms and which
way the buyer wants each lever to move (``view.py``), and the buyer's emails. An
import-linter contract keeps the engine's internals out of this package.

    module        what it holds
    view.py       the public facts of a policy: today's terms and the buyer's direction
    spec.py       the population's parameter ranges: STANDARD, and SHIFTED for checking
    profile.py    one supplier's private limits, ideals, weights, tactic and deadline
    behaviour.py  how it answers an offer: accept, counter (closest acceptable package)
                  or walk away once its own deadline has passed
"""

from mailbot.simulate.market.behaviour import MarketSupplier
from mailbot.simulate.market.profile import LeverRange, SupplierProfile, draw_profile
from mailbot.simulate.market.spec import POPULATIONS, SHIFTED, STANDARD, PopulationSpec
from mailbot.simulate.market.view import MarketView, view_of

__all__ = [
    "POPULATIONS",
    "SHIFTED",
    "STANDARD",
    "LeverRange",
    "MarketSupplier",
    "MarketView",
    "PopulationSpec",
    "SupplierProfile",
    "draw_profile",
    "view_of",
]
