"""Request bodies: what callers may send, validated and turned into core Options."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta, timezone, tzinfo
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from marshmallow import Schema, ValidationError, fields, validate, validates, validates_schema

from service.normalise import Options

#: The longest article text accepted, in characters.
MAX_TEXT_CHARS = 1_000_000
#: The longest page HTML accepted, in characters (real pages reach 2 MB).
MAX_HTML_CHARS = 8 * 1024 * 1024
#: The longest page address accepted, in characters.
MAX_URL_CHARS = 2048
#: A page's address: http or https, a host, no space or control character (openapi.yaml
#: says the same, in ECMA-262 regex syntax).
URL_PATTERN = r"^https?://[^\x00-\x20/?#]+[^\x00-\x20]*\Z"
#: The longest batch item id accepted, in characters.
MAX_ID_CHARS = 200

_SURROGATE = re.compile("[\ud800-\udfff]")
_BLANK = re.compile(r"[\s\ufeff]*\Z")
_OFFSET = re.compile(r"^(?:UTC|GMT)?\s*(?P<sign>[+-])(?P<hours>\d{1,2})(?::?(?P<minutes>\d{2}))?$")
_UTC_NAMES = frozenset({"UTC", "GMT", "Z"})


def parse_zone(value: str) -> tzinfo:
    """An IANA zone name or a UTC offset ("+08:00", "GMT+8": always east of UTC)."""
    value = value.strip()
    if value.upper() in _UTC_NAMES:
        return UTC
    offset = _OFFSET.match(value)
    if offset is not None:
        delta = timedelta(hours=int(offset["hours"]), minutes=int(offset["minutes"] or 0))
        if delta > timedelta(hours=14) or int(offset["minutes"] or 0) >= 60:
            raise ValidationError(f"UTC offset out of range: {value!r}.")
        return timezone(-delta if offset["sign"] == "-" else delta)
    try:
        return ZoneInfo(value)
    except (ZoneInfoNotFoundError, ValueError):
        # ZoneInfo raises ValueError for names that are not relative paths ("../x", "/x").
        raise ValidationError(f"Unknown time zone {value!r}: give an IANA name or an offset like +08:00.") from None


def valid_unicode(value: str) -> None:
    """Refuse a string with a lone surrogate: JSON lets one through ("\\ud800"), but no
    text holds one, and no answer could carry it."""
    found = _SURROGATE.search(value)
    if found is not None:
        raise ValidationError(
            f"Not valid Unicode: a lone surrogate (U+{ord(found.group()):04X}) at character {found.start()}."
        )


class TimeZoneField(fields.Field[tzinfo]):
    """A time zone given by IANA name or UTC offset."""

    default_error_messages = {"invalid": "Not a valid time zone: give a string like 'Asia/Shanghai'."}

    def _deserialize(self, value: Any, attr: str | None, data: Any, **kwargs: Any) -> tzinfo:
        if not isinstance(value, str) or not value or len(value) > 64:
            raise self.make_error("invalid")
        return parse_zone(value)


class ReferenceDateField(fields.Field[date | datetime]):
    """A calendar date (YYYY-MM-DD) or an RFC 3339 date-time with its offset."""

    default_error_messages = {
        "invalid": "Not a valid date: give YYYY-MM-DD or an RFC 3339 date-time with an offset.",
    }

    def _deserialize(self, value: Any, attr: str | None, data: Any, **kwargs: Any) -> date | datetime:
        if not isinstance(value, str) or len(value) > 40:
            raise self.make_error("invalid")
        try:
            if len(value) == 10:
                return date.fromisoformat(value)
            parsed = datetime.fromisoformat(value)
        except ValueError:
            raise self.make_error("invalid") from None
        if parsed.tzinfo is None:
            raise self.make_error("invalid")
        return parsed


class StrictBoolean(fields.Boolean):
    """JSON's true or false, nothing else: 0 and 1 equal False and True in Python, so
    truthy/falsy sets alone let them through."""

    def _deserialize(self, value: Any, attr: str | None, data: Any, **kwargs: Any) -> bool:
        if not isinstance(value, bool):
            raise self.make_error("invalid", input=value)
        return value


class OptionsSchema(Schema):
    timezone = TimeZoneField()
    assume_timezone = TimeZoneField()
    reference_date = ReferenceDateField()
    provenance = StrictBoolean()


class NormaliseRequestSchema(Schema):
    """One article: its page's ``text`` or its ``html`` (exactly one), and the page's
    address, ``url``, which is read as a string and never fetched."""

    text = fields.String(validate=[validate.Length(min=1, max=MAX_TEXT_CHARS), valid_unicode])
    html = fields.String(validate=[validate.Length(min=1, max=MAX_HTML_CHARS), valid_unicode])
    url = fields.String(
        validate=[
            validate.Length(min=1, max=MAX_URL_CHARS),
            valid_unicode,
            validate.Regexp(URL_PATTERN, error="Not an http or https address."),
        ]
    )
    options = fields.Nested(OptionsSchema)

    @validates("text")
    def _not_blank(self, value: str, **kwargs: Any) -> None:
        # White space as Unicode and ECMA-262 count it together (openapi.yaml's pattern):
        # a byte-order mark or a separator control alone is no text either.
        if _BLANK.match(value):
            raise ValidationError("Text must not be blank.")

    @validates_schema
    def _text_or_html(self, data: dict[str, Any], **kwargs: Any) -> None:
        if "text" in data and "html" in data:
            raise ValidationError("Send the page as text or as html, not both.", "_schema")
        if "text" not in data and "html" not in data:
            raise ValidationError("Send the page as text or as html.", "_schema")


class BatchItemSchema(NormaliseRequestSchema):
    id = fields.String(required=True, validate=[validate.Length(min=1, max=MAX_ID_CHARS), valid_unicode])


class BatchRequestSchema(Schema):
    """The batch envelope. Items are checked one by one (BatchItemSchema), so that one
    bad item is reported in its own result instead of failing the batch."""

    items = fields.List(fields.Raw(allow_none=True), required=True)
    options = fields.Nested(OptionsSchema)

    def __init__(self, *, max_items: int = 100, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.max_items = max_items

    @validates("items")
    def _item_count(self, value: list[Any], **kwargs: Any) -> None:
        if not value:
            raise ValidationError("A batch needs at least one item.")
        if len(value) > self.max_items:
            raise ValidationError(f"A batch holds at most {self.max_items} items; got {len(value)}.")


def to_options(loaded: dict[str, Any] | None, *, default_timezone: tzinfo, **overrides: Any) -> Options:
    """Core Options from loaded ``options`` members, the service's default zone filling in."""
    values = {"timezone": default_timezone, **(loaded or {}), **overrides}
    return Options(**values)
