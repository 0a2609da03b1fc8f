from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest

from mailbot.shell.templates import (
    Limits,
    TemplateContextError,
    TemplateNameError,
    TemplateNotFoundError,
    TemplateSizeError,
    TemplateStore,
)
from mailbot.shell.templates.catalogue import CATALOGUE

Write = Callable[[str, str], Path]
RENDERABLE = sorted(name for name, spec in CATALOGUE.items() if not spec.partial)
OFFERS = ("opening_offer", "counter_offer", "reminder")


@pytest.mark.parametrize("name", RENDERABLE)
def test_every_template_renders_its_sample(store: TemplateStore, name: str) -> None:
    email = store.render(name, store.sample_context(name))
    assert "[ref N-42]" in email.subject
    assert "\n" not in email.subject
    assert "Acme Fasteners Ltd" in email.text
    assert (email.html is not None) == CATALOGUE[name].html
    if email.html is not None:
        assert "Acme Fasteners Ltd" in email.html


@pytest.mark.parametrize("name", OFFERS)
def test_offer_templates_carry_terms_and_the_reply_form(store: TemplateStore, name: str) -> None:
    text = store.render(name, store.sample_context(name)).text
    assert "Unit price: 4% below the current price (USD 5.76 instead of USD 6.00)" in text
    assert "Payment terms: Net 60" in text
    form = (store.root / "en" / "reply_form.txt").read_text(encoding="utf-8")
    first_line = form.splitlines()[0]
    assert first_line in text


def test_counter_offer_states_the_trade_off(store: TemplateStore) -> None:
    text = store.render("counter_offer", store.sample_context("counter_offer")).text
    assert "If you can agree to a 24-month contract, we can accept a unit price 3% below" in text


def test_escalation_puts_the_reason_first(store: TemplateStore) -> None:
    text = store.render("escalation", store.sample_context("escalation")).text
    reason = text.index("Reason: The supplier asks for a 5% price increase")
    assert reason < text.index("> Due to raw material costs") < text.index("Price change: now -4%")


def test_missing_variable_names_the_file_line_and_what_is_provided(store: TemplateStore) -> None:
    context = store.sample_context("confirmation")
    del context["agreed"]
    with pytest.raises(TemplateContextError) as caught:
        store.render("confirmation", context)
    assert caught.value.path == store.root / "en" / "confirmation.txt"
    assert caught.value.line == 5
    assert "'agreed' is undefined" in str(caught.value)
    assert "buyer, negotiation, supplier" in str(caught.value)


def test_an_edit_is_picked_up_without_a_restart(store: TemplateStore, write: Write) -> None:
    context = store.sample_context("confirmation")
    assert store.render("confirmation", context).text.startswith("Dear Acme")
    path = write("en/confirmation.txt", "Agreed, {{ supplier.name }}.")
    stat = path.stat()
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))
    assert store.render("confirmation", context).text == "Agreed, Acme Fasteners Ltd."


def test_a_set_overrides_file_by_file(store: TemplateStore, write: Write) -> None:
    write("sets/acme/en/counter_offer.subject", "Special terms [ref {{ negotiation.reference }}]")
    email = store.render(
        "counter_offer", store.sample_context("counter_offer"), template_set="acme"
    )
    assert email.subject == "Special terms [ref N-42]"
    assert email.text.startswith("Dear Acme Fasteners Ltd,")  # from the default set
    assert email.html is not None


def test_html_older_than_an_overridden_text_is_left_out(store: TemplateStore, write: Write) -> None:
    write("sets/acme/en/counter_offer.txt", "Set text for {{ supplier.name }}")
    email = store.render(
        "counter_offer", store.sample_context("counter_offer"), template_set="acme"
    )
    assert email.text == "Set text for Acme Fasteners Ltd"
    assert email.html is None


def test_a_language_without_the_template_falls_back_to_english(
    store: TemplateStore, write: Write
) -> None:
    write("it/confirmation.txt", "Grazie, {{ supplier.name }}.")
    context = store.sample_context("confirmation")
    assert store.render("confirmation", context, language="it").text.startswith("Grazie")
    assert store.render(
        "reminder", store.sample_context("reminder"), language="it"
    ).text.startswith("Dear")
    assert store.render("confirmation", context, language="pt").text.startswith("Dear")


@pytest.mark.parametrize(
    ("name", "options"),
    [
        ("../en/confirmation", {}),
        ("reply_form", {}),
        ("confirmation", {"language": "../en"}),
        ("confirmation", {"template_set": "../../etc"}),
    ],
)
def test_names_are_never_paths(store: TemplateStore, name: str, options: dict[str, str]) -> None:
    with pytest.raises(TemplateNameError):
        store.render(name, {}, **options)


def test_an_unknown_set_is_a_clear_error(store: TemplateStore) -> None:
    with pytest.raises(TemplateNotFoundError, match="template set 'nope' not found"):
        store.render("confirmation", store.sample_context("confirmation"), template_set="nope")


def test_rendered_output_is_capped(root: Path, write: Write) -> None:
    store = TemplateStore(root, limits=Limits(output_chars=5_000))
    write("en/confirmation.txt", "{% for i in range(100) %}{{ 'x' * 4000 }}{% endfor %}")
    with pytest.raises(TemplateSizeError, match="exceeds 5000 characters"):
        store.render("confirmation", store.sample_context("confirmation"))


def test_template_size_is_capped(root: Path, write: Write) -> None:
    store = TemplateStore(root, limits=Limits(template_chars=1_000))
    path = write("en/confirmation.txt", "x" * 1_001)
    with pytest.raises(TemplateSizeError) as caught:
        store.render("confirmation", store.sample_context("confirmation"))
    assert caught.value.path == path


def test_supplier_text_is_escaped_in_html_and_plain_in_text(store: TemplateStore) -> None:
    context = store.sample_context("escalation")
    context["latest_reply"] = "<script>alert('x')</script> & more"
    context["supplier"]["name"] = "Evil <b>Corp</b>"
    email = store.render("escalation", context)
    assert email.html is not None
    assert "<script>" not in email.html
    assert "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; more" in email.html
    assert "Evil &lt;b&gt;Corp&lt;/b&gt;" in email.html
    assert "> <script>alert('x')</script> & more" in email.text


def test_the_reply_form_is_escaped_inside_html(store: TemplateStore, write: Write) -> None:
    write("en/reply_form.txt", "Price <change>: {{ form.price_change_pct }}")
    html = store.render("opening_offer", store.sample_context("opening_offer")).html
    assert html is not None
    assert "Price &lt;change&gt;: -4" in html


def test_subject_is_one_line_whatever_the_data(store: TemplateStore) -> None:
    context = store.sample_context("opening_offer")
    context["supplier"]["item"] = "Bolts\r\nBcc: victim@example.com\x00"
    subject = store.render("opening_offer", context).subject
    assert subject == "Bolts Bcc: victim@example.com : pricing proposal [ref N-42]"
