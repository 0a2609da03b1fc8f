"""Authentication counts only our server's pass, aligned with the From domain."""

from __future__ import annotations

import pytest

from mailbot.core.authentication import aligned_pass, results_of

OURS = "mx.buyer.example"


def organisational(domain: str) -> str:  # enough for these cases; the shell uses the PSL
    return ".".join(domain.split(".")[-2:])


def passes(header: str, from_domain: str = "boxco.example") -> bool:
    return aligned_pass([header], authserv_id=OURS, from_domain=from_domain,
                        organisational_domain=organisational)


@pytest.mark.parametrize(
    "header",
    [
        f"{OURS}; dmarc=pass header.from=boxco.example",
        f"{OURS}; dkim=pass header.d=boxco.example header.s=s1",
        f"{OURS}; dkim=pass header.i=@mail.boxco.example",
        f"{OURS}; spf=pass smtp.mailfrom=bounces@mail.boxco.example",
        f"{OURS} 1; dkim=fail header.d=boxco.example; spf=pass (ok) smtp.mailfrom=boxco.example",
        f"{OURS.upper()}; DKIM=pass header.d=BOXCO.example",
    ],
)
def test_an_aligned_pass_from_our_server_counts(header: str) -> None:
    assert passes(header)


@pytest.mark.parametrize(
    "header",
    [
        f"{OURS}; dkim=pass header.d=gmail.example; dmarc=pass header.from=gmail.example",
        f"{OURS}; spf=pass smtp.mailfrom=someone@gmail.example",
        f"{OURS}; dkim=pass",  # no identity: alignment cannot be shown
        f"{OURS}; dkim=fail header.d=boxco.example; dmarc=none header.from=boxco.example",
        "mx.evil.example; dkim=pass header.d=boxco.example",
        f"{OURS}.evil.example; dkim=pass header.d=boxco.example",
        f"{OURS}; none",
        f"{OURS}; dkim=pass (header.d=boxco.example) header.d=gmail.example",
    ],
)
def test_anything_else_does_not(header: str) -> None:
    assert not passes(header)


def test_the_results_name_their_identity() -> None:
    found = results_of(f"{OURS}; dkim=pass header.d=a.example; spf=softfail", OURS)
    assert [(r.method, r.result, r.identity) for r in found] == [
        ("dkim", "pass", "a.example"), ("spf", "softfail", None)]
