"""SASL XOAUTH2 for the local servers: they accept known bearer tokens and refuse others.

Real providers check a token's signature; here a test names the tokens each mailbox
accepts (``tokens[user]``), so a test can also revoke one and watch the bot fetch anew.
pymap parses AUTHENTICATE without the initial response (RFC 4959) that aioimaplib's
``xoauth2`` sends, so the command and the connection are extended to take it.
"""

from __future__ import annotations

import base64
import binascii
import json
import re
from collections.abc import Mapping
from contextlib import suppress

from aiosmtpd.smtp import MISSING, SMTP, AuthResult
from pymap.backend.dict import Identity, Login
from pymap.context import current_command
from pymap.exceptions import InvalidAuth
from pymap.imap import IMAPConnection
from pymap.imap.state import ConnectionState
from pymap.parsing import EndLine, Params, Space
from pymap.parsing.command.nonauth import AuthenticateCommand
from pymap.parsing.exceptions import NotParseable
from pymap.parsing.primitives import Atom
from pysasl import SASLAuth
from pysasl.creds.external import ExternalCredentials, ExternalVerificationRequired
from pysasl.creds.server import ServerCredentials
from pysasl.exception import AuthenticationError
from pysasl.mechanism import ChallengeResponse
from pysasl.mechanism.oauth import OAuth2Mechanism

Tokens = Mapping[str, set[str]]  # mailbox user -> the bearer tokens it accepts
_BLOB = re.compile(rb"^user=(.*?)\x01auth=[Bb]earer (.*?)\x01\x01$")


def accepted(tokens: Tokens, user: str, token: str) -> bool:
    return token in tokens.get(user, set())


# ---- IMAP (pymap) --------------------------------------------------------------------


def sasl_with_xoauth2() -> SASLAuth:
    return SASLAuth([*SASLAuth.defaults().server_mechanisms, OAuth2Mechanism()])


class AuthenticateWithInitialResponse(AuthenticateCommand):
    """``AUTHENTICATE mech [initial-response]``."""

    def __init__(self, tag: bytes, mech_name: bytes, initial: bytes | None) -> None:
        super().__init__(tag, mech_name)
        self.initial = initial

    @classmethod
    def parse(cls, buf: memoryview, params: Params,
              ) -> tuple[AuthenticateWithInitialResponse, memoryview]:
        _, buf = Space.parse(buf, params)
        atom, after = Atom.parse(buf, params)
        initial: bytes | None = None
        with suppress(NotParseable):
            _, rest = Space.parse(after, params)
            response, after = Atom.parse(rest, params)
            initial = response.value
        _, after = EndLine.parse(after, params)
        return cls(params.tag, atom.value.upper(), initial), after


class SaslIrConnection(IMAPConnection):
    """Takes the initial response as the first answer instead of sending a challenge."""

    async def authenticate(self, state: ConnectionState, mech_name: bytes,
                           ) -> ServerCredentials | None:
        command = current_command.get(None)
        initial = getattr(command, "initial", None)
        mechanism = state.auth.get_server(mech_name)
        if initial is None or mechanism is None:
            return await super().authenticate(state, mech_name)
        try:
            response = base64.b64decode(initial, validate=True)
        except binascii.Error as exc:
            raise AuthenticationError("initial response is not base64") from exc
        credentials, _ = mechanism.server_attempt([ChallengeResponse(b"", response)])
        return credentials


class BearerLogin(Login):
    """The dict backend's login, plus bearer tokens for XOAUTH2."""

    def __init__(self, config: object, tokens: Tokens) -> None:
        super().__init__(config)  # type: ignore[arg-type]
        self.bearer_tokens = tokens
        self.oauth_logins = 0  # accepted XOAUTH2 logins, so tests see which way was used

    async def authenticate(self, credentials: ServerCredentials) -> Identity:
        if not isinstance(credentials, ExternalCredentials):
            return await super().authenticate(credentials)
        try:
            credentials.verify(None)
        except ExternalVerificationRequired as required:
            token = required.token or ""
        if not accepted(self.bearer_tokens, credentials.authzid, token):
            raise InvalidAuth()
        self.oauth_logins += 1
        return Identity(credentials.authzid, self, None, frozenset())


# ---- SMTP (aiosmtpd) -----------------------------------------------------------------


async def smtp_xoauth2(server: SMTP, args: list[str], tokens: Tokens) -> AuthResult:
    """AUTH XOAUTH2 as Gmail answers it: a refusal is a 334 JSON challenge, then 535."""
    if len(args) == 2:
        blob: bytes | object = _decode(args[1])
    else:
        blob = await server.challenge_auth("")
    match = _BLOB.match(blob) if isinstance(blob, bytes) else None
    if match is None:
        return AuthResult(success=False, handled=False,
                          message="501 5.5.2 malformed XOAUTH2 response")
    user, token = (part.decode("utf-8", "replace") for part in match.groups())
    if accepted(tokens, user, token) or accepted(tokens, user.partition("@")[0], token):
        return AuthResult(success=True, auth_data=user)
    error = json.dumps({"status": "401", "schemes": "bearer", "scope": "mail"}).encode()
    answer = await server.challenge_auth(base64.b64encode(error), encode_to_b64=False)
    del answer  # the client's empty line; the refusal follows
    return AuthResult(success=False, handled=False, message="535 5.7.8 token refused")


def _decode(text: str) -> bytes | object:
    try:
        return base64.b64decode(text, validate=True)
    except binascii.Error:
        return MISSING
