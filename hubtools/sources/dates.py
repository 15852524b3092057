"""Dates in the one form posts carry them: ISO 8601 UTC to the second, `2022-12-02T19:36:08Z`.

That form sorts as text, so date limits are plain string comparisons. The X-archive parser
calls `twitter_date` once per tweet, so its common case is string slicing, not `strptime`.
"""

from __future__ import annotations

from datetime import UTC, datetime

_MONTHS = {
    m: f"{i:02d}"
    for i, m in enumerate(
        ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"), 1
    )
}


def _utc(dt: datetime) -> str:
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=UTC)
    return dt.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


_DAYS: dict[str, str] = {}  # "Dec 02 +0000 2022" -> "2022-12-02T"; an archive spans few days


def twitter_date(value: str | None) -> str | None:
    """`Wed Oct 10 20:19:24 +0000 2018` -> `2018-10-10T20:19:24Z`; None if unreadable."""
    if not value:
        return None
    day = _DAYS.get(value[4:11] + value[20:])
    if day is not None and len(value) == 30:
        return day + value[11:19] + "Z"
    if len(value) == 30 and value[20:25] == "+0000" and value[19] == " ":
        month = _MONTHS.get(value[4:7])
        if month is not None and value[8:10].isdigit() and value[26:30].isdigit():
            day = f"{value[26:30]}-{month}-{value[8:10]}T"
            _DAYS[value[4:11] + value[20:]] = day
            return day + value[11:19] + "Z"
    try:
        return _utc(datetime.strptime(value, "%a %b %d %H:%M:%S %z %Y"))
    except ValueError:
        return iso_date(value)


def iso_date(value: str | None) -> str | None:
    """Any ISO 8601 date or date-time (`2023-01-02`, `...T12:00:00.123Z`, `+02:00`) -> UTC form."""
    if not value:
        return None
    text = value.strip()
    if text.endswith(("Z", "z")):
        text = text[:-1] + "+00:00"
    try:
        return _utc(datetime.fromisoformat(text))
    except ValueError:
        return None


def parse_limit_date(value: str | None, what: str) -> str | None:
    """A user-given --since/--until value in the canonical form, or a UserError."""
    if value is None:
        return None
    parsed = iso_date(value)
    if parsed is None:
        from hubtools.errors import UserError

        raise UserError(f"{what}: {value!r} is not a date; use YYYY-MM-DD or an ISO 8601 time")
    return parsed
