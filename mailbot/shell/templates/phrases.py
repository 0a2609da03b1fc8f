"""The words and number formats of the terms in supplier emails, one table per language.

``templates.context`` builds each sentence from these pieces, so adding a language is
adding a table here (and its templates), not touching code. Pieces are ``str.format``
patterns over already formatted values; a pair is (singular, plural). German clauses
are accusative: they follow "zusagen" and "akzeptieren" in the trade-off sentence.
The reply form is not formatted here: it stays plain numbers the reader parses back.
"""

from __future__ import annotations

from dataclasses import dataclass

Pair = tuple[str, str]


@dataclass(frozen=True, slots=True)
class Numbers:
    decimal: str
    thousands: str
    percent: str  # "{n}%" or "{n} %"


@dataclass(frozen=True, slots=True)
class Phrases:
    numbers: Numbers
    line: str  # "{label}: {value}"
    unit_price: str
    payment_terms: str
    contract_length: str
    volume: str
    rebate: str
    below: str  # "{pct} below the current price"
    above: str
    unchanged: str
    compared: str  # "{change} ({offered} instead of {current})"
    per_unit: str  # "{price} per unit"
    net: str  # "Net {days}"
    months: Pair
    units: str  # "{n} units"
    current_price_clause: str
    price_change_clause: str  # "a unit price {change}"
    unit_price_clause: str  # "a unit price of {price}"
    payment_clause: str
    contract_clause: Pair
    volume_clause: str
    rebate_clause: str
    and_: str
    trade_off: str  # "If you can agree to {asked}, we can accept {given}."


NBSP = "\u00a0"

ENGLISH = Phrases(
    numbers=Numbers(decimal=".", thousands=",", percent="{n}%"),
    line="{label}: {value}",
    unit_price="Unit price",
    payment_terms="Payment terms",
    contract_length="Contract length",
    volume="Volume",
    rebate="Rebate",
    below="{pct} below the current price",
    above="{pct} above the current price",
    unchanged="unchanged",
    compared="{change} ({offered} instead of {current})",
    per_unit="{price} per unit",
    net="Net {days}",
    months=("1 month", "{n} months"),
    units="{n} units",
    current_price_clause="the current unit price",
    price_change_clause="a unit price {change}",
    unit_price_clause="a unit price of {price}",
    payment_clause="payment terms of Net {days}",
    contract_clause=("a 1-month contract", "a {n}-month contract"),
    volume_clause="a volume of {n} units",
    rebate_clause="a {pct} rebate",
    and_=" and ",
    trade_off="If you can agree to {asked}, we can accept {given}.",
)

GERMAN = Phrases(
    numbers=Numbers(decimal=",", thousands=".", percent="{n} %"),
    line="{label}: {value}",
    unit_price="Stückpreis",
    payment_terms="Zahlungsziel",
    contract_length="Vertragslaufzeit",
    volume="Abnahmemenge",
    rebate="Rückvergütung",
    below="{pct} unter dem aktuellen Preis",
    above="{pct} über dem aktuellen Preis",
    unchanged="unverändert",
    compared="{change} ({offered} statt {current})",
    per_unit="{price} pro Stück",
    net="{days} Tage netto",
    months=("1 Monat", "{n} Monate"),
    units="{n} Stück",
    current_price_clause="den aktuellen Stückpreis",
    price_change_clause="einen Stückpreis {change}",
    unit_price_clause="einen Stückpreis von {price}",
    payment_clause="ein Zahlungsziel von {days} Tagen netto",
    contract_clause=(
        "eine Vertragslaufzeit von einem Monat",
        "eine Vertragslaufzeit von {n} Monaten",
    ),
    volume_clause="eine Abnahmemenge von {n} Stück",
    rebate_clause="eine Rückvergütung von {pct}",
    and_=" und ",
    trade_off="Wenn Sie {asked} zusagen können, können wir {given} akzeptieren.",
)

FRENCH = Phrases(
    numbers=Numbers(decimal=",", thousands=NBSP, percent="{n}" + NBSP + "%"),
    line="{label} : {value}",
    unit_price="Prix unitaire",
    payment_terms="Délai de paiement",
    contract_length="Durée du contrat",
    volume="Volume",
    rebate="Remise de fin d'année",
    below="inférieur de {pct} au prix actuel",
    above="supérieur de {pct} au prix actuel",
    unchanged="inchangé",
    compared="{change} ({offered} au lieu de {current})",
    per_unit="{price} par unité",
    net="{days} jours net",
    months=("1 mois", "{n} mois"),
    units="{n} unités",
    current_price_clause="le prix unitaire actuel",
    price_change_clause="un prix unitaire {change}",
    unit_price_clause="un prix unitaire de {price}",
    payment_clause="un délai de paiement de {days} jours net",
    contract_clause=("un contrat d'un mois", "un contrat de {n} mois"),
    volume_clause="un volume de {n} unités",
    rebate_clause="une remise de fin d'année de {pct}",
    and_=" et ",
    trade_off="Si vous pouvez vous engager sur {asked}, nous pouvons accepter {given}.",
)

SPANISH = Phrases(
    numbers=Numbers(decimal=",", thousands=".", percent="{n} %"),
    line="{label}: {value}",
    unit_price="Precio unitario",
    payment_terms="Plazo de pago",
    contract_length="Duración del contrato",
    volume="Volumen",
    rebate="Bonificación anual",
    below="un {pct} inferior al actual",
    above="un {pct} superior al actual",
    unchanged="sin cambios",
    compared="{change} ({offered} en lugar de {current})",
    per_unit="{price} por unidad",
    net="{days} días",
    months=("1 mes", "{n} meses"),
    units="{n} unidades",
    current_price_clause="el precio unitario actual",
    price_change_clause="un precio unitario {change}",
    unit_price_clause="un precio unitario de {price}",
    payment_clause="un plazo de pago de {days} días",
    contract_clause=("un contrato de un mes", "un contrato de {n} meses"),
    volume_clause="un volumen de {n} unidades",
    rebate_clause="una bonificación anual del {pct}",
    and_=" y ",
    trade_off="Si pueden comprometerse con {asked}, podemos aceptar {given}.",
)

PHRASES = {"en": ENGLISH, "de": GERMAN, "fr": FRENCH, "es": SPANISH}


def phrases(language: str) -> Phrases:
    """The table for ``language`` ("de", "de-at"); English for a language without one,
    as its templates fall back to English too."""
    return PHRASES.get(language.partition("-")[0], ENGLISH)


def plural(pair: Pair, n: int) -> str:
    return pair[0] if n == 1 else pair[1].format(n=n)
