"""Service configuration: defaults, then NEWSNORM_* environment variables, then the
mapping given to create_app; checked once at start-up."""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import tzinfo
from typing import Any

from marshmallow import ValidationError

from schemas import parse_zone

ENV_PREFIX = "NEWSNORM"

#: Every setting, its default and what it means (the README lists the same).
DEFAULTS: dict[str, Any] = {
    "MAX_BODY_BYTES": 2 * 1024 * 1024,
    "MAX_HTML_BYTES": 8 * 1024 * 1024,
    "MAX_BATCH_ITEMS": 100,
    "DEFAULT_TIMEZONE": "Asia/Shanghai",
    "LOG_LEVEL": "INFO",
    "API_TOKENS": "",
    "TIME_BUDGET_MS": 10_000,
    "CLIENT_TIMEOUT": 10,
}


class ConfigError(ValueError):
    """A setting has a value the service cannot run with."""


@dataclass(frozen=True, slots=True)
class Settings:
    max_body_bytes: int
    #: The largest text/html body; a JSON body may be as large as either limit.
    max_html_bytes: int
    max_batch_items: int
    default_timezone: tzinfo
    log_level: str
    api_tokens: tuple[str, ...]
    time_budget_ms: int
    #: Seconds a client has to send its request's head, to send its body, and to take
    #: each part of the answer.
    client_timeout: int

    @classmethod
    def from_mapping(cls, config: Mapping[str, Any]) -> Settings:
        return cls(
            max_body_bytes=_positive_int(config, "MAX_BODY_BYTES"),
            max_html_bytes=_positive_int(config, "MAX_HTML_BYTES"),
            max_batch_items=_positive_int(config, "MAX_BATCH_ITEMS"),
            default_timezone=_zone(config, "DEFAULT_TIMEZONE"),
            log_level=_log_level(config, "LOG_LEVEL"),
            api_tokens=_tokens(config, "API_TOKENS"),
            time_budget_ms=_positive_int(config, "TIME_BUDGET_MS"),
            client_timeout=_positive_int(config, "CLIENT_TIMEOUT"),
        )


def from_environment(environ: Mapping[str, str]) -> Settings:
    """The settings the service would run with: defaults, then NEWSNORM_* variables (the
    command line's ``normalise`` honours them as the service does)."""
    prefix = f"{ENV_PREFIX}_"
    given = {name.removeprefix(prefix): value for name, value in environ.items() if name.startswith(prefix)}
    return Settings.from_mapping({**DEFAULTS, **{key: value for key, value in given.items() if key in DEFAULTS}})


def _positive_int(config: Mapping[str, Any], key: str) -> int:
    value = config[key]
    if isinstance(value, str) and value.strip().isdigit():
        value = int(value)
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise ConfigError(f"{ENV_PREFIX}_{key} must be a positive whole number, not {value!r}")
    return value


def _zone(config: Mapping[str, Any], key: str) -> tzinfo:
    value = config[key]
    try:
        if not isinstance(value, str):
            raise ValidationError("not a string")
        return parse_zone(value)
    except ValidationError:
        raise ConfigError(f"{ENV_PREFIX}_{key} must be an IANA zone or a UTC offset, not {value!r}") from None


def _log_level(config: Mapping[str, Any], key: str) -> str:
    value = str(config[key]).upper()
    if value not in logging.getLevelNamesMapping():
        raise ConfigError(f"{ENV_PREFIX}_{key} must be one of DEBUG, INFO, WARNING, ERROR, not {config[key]!r}")
    return value


def _tokens(config: Mapping[str, Any], key: str) -> tuple[str, ...]:
    value = config[key]
    if isinstance(value, list | tuple):
        tokens = tuple(str(token).strip() for token in value)
    elif isinstance(value, str):
        tokens = tuple(token.strip() for token in value.split(","))
    else:
        raise ConfigError(f"{ENV_PREFIX}_{key} must be a comma-separated list of tokens")
    return tuple(token for token in tokens if token)
