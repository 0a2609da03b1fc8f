"""The keys of a pydantic model, walked by path: one mechanism for every file we validate.

A policy file and the configuration file are both pydantic models with ``extra="forbid"``.
Both report an unknown key with a "did you mean", and the policy key reference in the
README is generated from the model, so the three read the model the same way, here:
``allowed_keys`` for the keys next to a bad one, ``leaf_keys`` for the whole tree.
"""

from __future__ import annotations

import difflib
import types
from collections.abc import Iterator
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import Any, Literal, Union, get_args, get_origin

from pydantic import BaseModel, SecretStr
from pydantic.fields import FieldInfo
from pydantic_core import PydanticUndefined

Loc = tuple[int | str, ...]


def field_path(loc: Loc) -> str:
    """``("trade_offs", 0, "give")`` -> ``trade_offs[0].give``."""
    path = ""
    for part in loc:
        path += f"[{part}]" if isinstance(part, int) else f".{part}" if path else str(part)
    return path


def closest(key: str, allowed: list[str]) -> str | None:
    """The allowed key ``key`` was most likely meant to be, if any is close enough."""
    close = difflib.get_close_matches(key, allowed, n=1, cutoff=0.6)
    return close[0] if close else None


def suggest(key: str, allowed: list[str]) -> str:
    """The fix for an unknown ``key``: the closest allowed key, else the list of them."""
    close = closest(key, allowed)
    if close is not None:
        return f"did you mean `{close}`?"
    return f"use one of: {', '.join(allowed)}" if allowed else "remove it"


def allowed_keys(model: type[BaseModel], loc: Loc) -> list[str]:
    """Field names of the model that holds ``loc[-1]``, found by walking the types."""
    current: Any = model
    for part in loc[:-1]:
        current = _step(current, part)
        if current is None:
            return []
    current = unwrap_optional(current)
    if isinstance(current, type) and issubclass(current, BaseModel):
        return list(current.model_fields)
    return []


def unwrap_optional(annotation: Any) -> Any:
    """``X | None`` -> ``X``; any other annotation as it is."""
    if get_origin(annotation) in (Union, types.UnionType):
        members = [a for a in get_args(annotation) if a is not type(None)]
        return members[0] if len(members) == 1 else annotation
    return annotation


def _step(current: Any, part: int | str) -> Any:
    current = unwrap_optional(current)
    if isinstance(current, type) and issubclass(current, BaseModel):
        field = current.model_fields.get(str(part))
        return field.annotation if field is not None else None
    origin, args = get_origin(current), get_args(current)
    if origin is dict:
        return args[1]
    if origin in (tuple, list):
        return args[0]
    return None


@dataclass(frozen=True, slots=True)
class Key:
    """One settable key: ``levers.<lever>.target``, its type in words and its default."""

    path: str
    kind: str
    default: str  # "required" when the key must be given


def leaf_keys(model: type[BaseModel], prefix: str = "") -> Iterator[Key]:
    """Every key a file may set, depth first in field order.

    A mapping shows its key as ``<name>``, named after the key's type when that is an
    enum (``levers.<lever>``); a list of models shows as ``[]`` (``trade_offs[].give``).
    """
    for name, field in model.model_fields.items():
        yield from _keys_of(f"{prefix}{name}", field.annotation, field, name)


def _keys_of(path: str, annotation: Any, field: FieldInfo, name: str) -> Iterator[Key]:
    inner = unwrap_optional(annotation)
    origin, args = get_origin(inner), get_args(inner)
    if isinstance(inner, type) and issubclass(inner, BaseModel):
        yield from leaf_keys(inner, f"{path}.")
    elif origin is dict and _is_model(args[1]):
        yield from leaf_keys(args[1], f"{path}.<{_placeholder(args[0], name)}>.")
    elif origin is dict:
        yield Key(f"{path}.<{_placeholder(args[0], name)}>", kind_of(args[1]), _default(field))
    elif origin in (tuple, list) and _is_model(args[0]):
        yield from leaf_keys(args[0], f"{path}[].")
    else:
        yield Key(path, kind_of(annotation), _default(field))


def kind_of(annotation: Any) -> str:
    """A type as a file's writer reads it: "number", "whole number", "a | b", "... or null"."""
    inner = unwrap_optional(annotation)
    suffix = " or null" if inner is not annotation else ""
    origin = get_origin(inner)
    if isinstance(inner, type) and issubclass(inner, Enum):
        words = " | ".join(str(member.value) for member in inner)
    elif origin is Literal:
        words = " | ".join(str(value) for value in get_args(inner))
    elif origin in (tuple, list):
        words = f"list of {kind_of(get_args(inner)[0])}"
    else:
        words = _PLAIN.get(inner, getattr(inner, "__name__", str(inner)))
    return words + suffix


_PLAIN: dict[Any, str] = {
    float: "number",
    int: "whole number",
    bool: "true | false",
    str: "text",
    Path: "path",
    SecretStr: "secret",
}


def _is_model(annotation: Any) -> bool:
    return isinstance(annotation, type) and issubclass(annotation, BaseModel)


def _placeholder(key_type: Any, name: str) -> str:
    if isinstance(key_type, type) and issubclass(key_type, Enum):
        return key_type.__name__.lower()
    return name.removesuffix("s")


def _default(field: FieldInfo) -> str:
    if field.default is PydanticUndefined:
        return "required"
    value = field.default
    if value is None:
        return "null"
    if value == "":
        return '""'
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, Enum):
        return str(value.value)
    if isinstance(value, dict | tuple | list) and not value:
        return "none"
    return f"{value:g}" if isinstance(value, float) else str(value)
