"""The README works as written: every ``mailbot`` command it shows exists with the options
it shows, the ones that need no mailbox run from a fresh checkout, and its table of policy
keys is the one generated from the policy model."""

from __future__ import annotations

import re
import shlex
from pathlib import Path
from typing import Any

import pytest
import typer
from typer.testing import CliRunner

from mailbot.cli.app import app
from mailbot.core.model_keys import leaf_keys
from mailbot.core.policy import Policy
from mailbot.core.policy.reference import MEANINGS, keys_markdown

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")
_IN_BLOCK = re.compile(r"^\s+(?:\$ )?((?:\.venv/bin/)?mailbot(?: .*)?)$", re.MULTILINE)
_INLINE = re.compile(r"`((?:\.venv/bin/)?mailbot [^`]+)`")


def readme_commands(inline: bool = True) -> list[str]:
    """Commands in code blocks, and (``inline``) the ones quoted in the prose."""
    lines = [m[1] for m in _IN_BLOCK.finditer(README)]
    lines += [m[1] for m in _INLINE.finditer(README)] if inline else []
    return sorted({line.split("  #")[0].split(" # ")[0].strip() for line in lines})


def resolve(words: list[str]) -> tuple[Any, list[str]]:
    """The (sub)command the words name, and the words after it."""
    command = typer.main.get_command(app)
    rest = words[1:]
    while is_group(command) and rest and rest[0] in command.commands:
        command, rest = command.commands[rest[0]], rest[1:]
    return command, rest


def is_group(command: Any) -> bool:
    return hasattr(command, "commands")  # a click Group (typer may ship its own click)


def options_of(command: Any) -> set[str]:
    names = {"--help"}
    for param in command.params:
        names.update(param.opts)
        names.update(param.secondary_opts)
    return names


def test_the_readme_shows_mailbot_commands() -> None:
    assert len(readme_commands()) > 15  # the extraction below found what it should


@pytest.mark.parametrize("line", readme_commands())
def test_every_command_in_the_readme_exists_with_its_options(line: str) -> None:
    command, rest = resolve(shlex.split(line))
    assert not is_group(command) or rest[:1] in (["--help"], ["..."]), f"no command: {line}"
    unknown = sorted(set(re.findall(r"(?<![\w-])--[a-z][a-z-]*", " ".join(rest)))
                     - options_of(command))
    assert not unknown, f"{line}: no such option(s) {unknown}"


def runnable(line: str) -> bool:
    """Needs no mailbox, config, store or placeholder: runs as typed in a fresh checkout."""
    words = shlex.split(line)
    placeholders = ("[", "FILE", "NAME", "DIR", "...")
    return words[1:2] in (["policy"], ["simulate"], ["templates"]) and not any(
        p in line for p in placeholders)


@pytest.mark.parametrize("line", [line for line in readme_commands(inline=False)
                                  if runnable(line)])
def test_the_readme_commands_that_need_no_mailbox_run_as_written(
    line: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(ROOT)
    result = CliRunner().invoke(app, shlex.split(line)[1:])
    assert result.exit_code == 0, f"{line}\n{result.output}"


def test_the_policy_key_table_is_the_generated_one() -> None:
    begin, end = "<!-- policy-keys: begin -->\n", "<!-- policy-keys: end -->"
    table = README[README.index(begin) + len(begin):README.index(end)]
    assert table == keys_markdown(), (
        "the README's policy key table is stale: paste `mailbot policy keys --markdown` "
        "between the policy-keys markers")


def test_every_policy_key_has_a_meaning_and_every_meaning_a_key() -> None:
    keys = [key.path for key in leaf_keys(Policy)]
    missing = [key for key in keys if not MEANINGS.get(key)]
    assert not missing, f"add what these keys do to MEANINGS in core/policy/reference.py: {missing}"
    assert sorted(set(MEANINGS) - set(keys)) == [], "MEANINGS names keys the model does not have"


def test_policy_keys_prints_the_table() -> None:
    result = CliRunner().invoke(app, ["policy", "keys", "--markdown"])
    assert result.exit_code == 0
    assert result.output == keys_markdown()
    assert "| `shadow` | true \\| false | `false` |" in result.output
    assert "| `trade_offs[].text` | text or null | `null` |" in result.output
