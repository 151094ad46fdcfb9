"""Nested frozen dataclasses to JSON-able values and back, exactly.

Encoding walks the value: dataclasses become dicts keyed by field name, tuples
become lists, dates ISO strings, enums their value. Decoding is driven by the
dataclass's type hints, so it needs no type tags in the stored JSON and works for
every dataclass in :mod:`eventwire.models` without per-class code.
"""

from __future__ import annotations

import dataclasses
import math
import types
import typing
from datetime import date, datetime
from enum import Enum
from typing import Any, TypeVar

__all__ = ["from_json", "from_json_tuple", "to_json"]

T = TypeVar("T")


def to_json(value: object) -> Any:
    """Return ``value`` as plain JSON-able data (dicts, lists, str, int, float, bool, None)."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: to_json(getattr(value, f.name)) for f in dataclasses.fields(value)}
    # Before str: a StrEnum is a str, but must be stored as its plain value.
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, tuple | list):
        return [to_json(item) for item in value]
    if isinstance(value, datetime):
        # The model holds dates only; a datetime would not decode back as itself.
        raise TypeError(f"cannot encode datetime {value!r}: the model stores dates")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float):
        # JSON has no NaN or infinity; PostgreSQL rejects them and SQLite would
        # store a non-standard token, so refuse rather than store something unreadable.
        if not math.isfinite(value):
            raise ValueError(f"cannot encode non-finite float {value!r}")
        return value
    if value is None or isinstance(value, str | int | bool):
        return value
    raise TypeError(f"cannot encode {type(value).__name__} value {value!r}")


def from_json(cls: type[T], data: Any) -> T:
    """Rebuild a ``cls`` instance (a dataclass from the model) from :func:`to_json` output."""
    result: T = _Decoder().decode(cls, data)
    return result


def from_json_tuple(cls: type[T], data: Any) -> tuple[T, ...]:
    """Rebuild a tuple of ``cls`` (dataclasses or plain str/int) from a JSON list."""
    decoder = _Decoder()
    return tuple(decoder.decode(cls, item) for item in _expect(list, data))


def _expect(kind: type[T], data: Any) -> T:
    # bool is an int in Python; a stored true must not become the int 1.
    if not isinstance(data, kind) or (kind is int and isinstance(data, bool)):
        raise TypeError(f"expected {kind.__name__}, got {type(data).__name__}: {data!r}")
    return data


class _Decoder:
    """One decoding pass; remembers each class's resolved type hints for this pass only."""

    def __init__(self) -> None:
        self._hints: dict[type, dict[str, Any]] = {}

    def decode(self, hint: Any, data: Any) -> Any:
        """Decode ``data`` as the type ``hint`` describes."""
        origin = typing.get_origin(hint)
        if origin is typing.Union or origin is types.UnionType:
            return self._decode_union(hint, data)
        if origin is tuple:
            return self._decode_tuple(hint, data)
        if hint is type(None):
            if data is not None:
                raise TypeError(f"expected null, got {data!r}")
            return None
        if not isinstance(hint, type):
            raise TypeError(f"cannot decode type {hint!r}")
        if dataclasses.is_dataclass(hint):
            return self._decode_dataclass(hint, data)
        if issubclass(hint, Enum):
            return hint(data)
        if hint is date:
            return date.fromisoformat(_expect(str, data))
        if hint is float:
            # json.dumps writes 1.0 as "1.0", but accept a bare 1 written by hand.
            if isinstance(data, int) and not isinstance(data, bool):
                return float(data)
            return _expect(float, data)
        if hint in (str, int, bool):
            return _expect(hint, data)
        raise TypeError(f"cannot decode type {hint!r}")

    def _decode_union(self, hint: Any, data: Any) -> Any:
        options = [arg for arg in typing.get_args(hint) if arg is not type(None)]
        if data is None and len(options) < len(typing.get_args(hint)):
            return None
        if len(options) != 1:
            # The model only uses ``X | None``; a wider union would need type tags.
            raise TypeError(f"cannot decode union {hint!r}")
        return self.decode(options[0], data)

    def _decode_tuple(self, hint: Any, data: Any) -> tuple[Any, ...]:
        items = _expect(list, data)
        args = typing.get_args(hint)
        if len(args) == 2 and args[1] is Ellipsis:
            return tuple(self.decode(args[0], item) for item in items)
        return tuple(self.decode(arg, item) for arg, item in zip(args, items, strict=True))

    def _decode_dataclass(self, cls: type, data: Any) -> Any:
        fields = _expect(dict, data)
        hints = self._hints.get(cls)
        if hints is None:
            hints = self._hints[cls] = typing.get_type_hints(cls)
        # Keys missing from old rows take the field's default; keys of fields
        # since removed are ignored, so stored JSON survives model evolution.
        values = {
            f.name: self.decode(hints[f.name], fields[f.name])
            for f in dataclasses.fields(cls)
            if f.name in fields
        }
        return cls(**values)
