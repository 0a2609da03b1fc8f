"""The reader's contract under hostile input: it never raises, and always answers.

The tests call ``parse_message`` and ``read_parsed`` directly, below the catch-all in
``read_reply``, so any internal exception is a failure here and not hidden."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from reading_mail import alternative, context, raw_email

from mailbot.core.reading import Reading, parse_message, read_parsed
from mailbot.core.terms import Intent

SEEDS = (
    raw_email("We can do 3% at Net 45.\n\n> old 5% offer\n"),
    raw_email("Wir können 4,5 % anbieten.".encode("latin-1"),
              content_type='text/plain; charset="iso-8859-1"', encoding="quoted-printable"),
    raw_email("Agreed.", encoding="base64"),
    alternative("3% / Net 45", "<p>3% / Net&nbsp;45</p><blockquote>5%</blockquote>"),
    raw_email("x", content_type='multipart/report; report-type=delivery-status; boundary="q"'),
)
SETTINGS = settings(max_examples=150, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow])


def read(raw: bytes) -> Reading:
    return read_parsed(parse_message(raw), context())


def assert_answered(reading: Reading) -> None:
    assert isinstance(reading.intent, Intent)
    assert 0.0 <= reading.confidence <= 1.0
    assert reading.to_json()["intent"] == reading.intent.value


@SETTINGS
@given(st.binary(max_size=2000))
def test_random_bytes(raw):
    assert_answered(read(raw))


@st.composite
def mutated(draw: st.DrawFn) -> bytes:
    """A real message with a few bytes overwritten, inserted or cut."""
    data = bytearray(draw(st.sampled_from(SEEDS)))
    for _ in range(draw(st.integers(1, 8))):
        position = draw(st.integers(0, len(data)))
        action = draw(st.sampled_from(("overwrite", "insert", "cut")))
        chunk = draw(st.binary(min_size=1, max_size=12) | st.sampled_from(
            [b"--q\r\n", b"=?", b"=\r\n", b"\r\n\r\n", b"Content-Type: text/html\r\n", b"<",
             b"charset=\"x\"", b"\xff\xfe", b">"]))
        if action == "overwrite":
            data[position : position + len(chunk)] = chunk
        elif action == "insert":
            data[position:position] = chunk
        else:
            del data[position : position + len(chunk)]
    return bytes(data)


@SETTINGS
@given(mutated())
def test_mutated_mime(raw):
    assert_answered(read(raw))


@SETTINGS
@given(st.text(max_size=600))
def test_random_text_bodies(body):
    assert_answered(read(raw_email(body)))


# Hostile text: template, script and expression syntax that probes the bot. None of it may
# ever become a term, whatever words surround it (issue 13: "<%= 7*7 %>" once read as 7 %).
PROBES = (
    "<%= 7*7 %>", "{{ 7*7 }}", "${7*7}", "#{7*7}", "{% for x in range(45) %}{{x}}{% endfor %}",
    "[[ 5 ]]", "{{ config.items() }}", "<script>alert(45)</script>", "<img src=x onerror=3>",
    "javascript:void(30)", "7*7=49", "3^2", "=cmd|' /C calc'!A0", "<%= 3 %>",
)
# A product written as "6 × 7" may be a size; it is blanked, never a term, but no probe.
EXPRESSIONS = ("6 × 7", "2 + 2 = 4", "12 / 4 = 3")
WRAPPERS = (
    "Could we discuss this by phone? {probe}",
    "{probe}% off",
    "Net {probe} days",
    "Agreed. {probe}",
    "{probe}",
    "We can offer {probe} percent",
)


@SETTINGS
@given(st.sampled_from(PROBES), st.sampled_from(WRAPPERS),
       st.sampled_from(["", "\n\n> We propose 5% and Net 60.\n"]))
def test_template_and_script_probes_never_become_terms(probe, wrapper, quote):
    reading = read(raw_email(wrapper.format(probe=probe) + quote))
    assert_answered(reading)
    assert reading.terms.is_empty()
    assert reading.intent is not Intent.ACCEPT


@SETTINGS
@given(st.sampled_from(EXPRESSIONS), st.sampled_from(WRAPPERS[1:3] + WRAPPERS[4:]))
def test_arithmetic_is_never_a_term(expression, wrapper):
    assert read(raw_email(wrapper.format(probe=expression))).terms.is_empty()


@SETTINGS
@given(st.sampled_from(PROBES + EXPRESSIONS), st.text(

    alphabet=st.characters(codec="utf-8", categories=("L", "N", "P", "Zs")), max_size=80))
def test_probes_inside_random_words_never_give_terms_from_the_probe(probe, words):
    reading = read(raw_email(f"{words} {probe}"))
    baseline = read(raw_email(words))
    assert reading.terms.is_empty() or reading.terms == baseline.terms
