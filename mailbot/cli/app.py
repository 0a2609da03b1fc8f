"""The ``mailbot`` command: one Typer app; each command group lives in its own module.

Command modules import their heavy dependencies inside the command function, so that
``mailbot extract`` over a folder starts in well under a second.
"""

from __future__ import annotations

import importlib

import typer

app = typer.Typer(
    name="mailbot",
    help="Negotiate with suppliers over ordinary email, inside a buyer's policy.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

# Each module defines ``register(app)``; the list is the CLI's table of contents.
COMMAND_MODULES = (
    "mailbot.cli.policy_cmd",
    "mailbot.cli.simulate_cmd",
    "mailbot.cli.extract_cmd",
    "mailbot.cli.mail_cmd",
    "mailbot.cli.demo_cmd",
    "mailbot.cli.templates_cmd",
    "mailbot.cli.report_cmd",
    "mailbot.cli.auth_cmd",
    "mailbot.cli.web_cmd",
)

for _name in COMMAND_MODULES:
    importlib.import_module(_name).register(app)


def main() -> None:
    app()
