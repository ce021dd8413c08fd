"""Which names may become folder names: one rule for the report runner and the readers.

Incident ids become report folders (``reports/<run>/<incident>/``,
``reports/latest/<incident>/``), so ``read``/``normalize`` refuse the same ids the
runner would refuse, with the rule in the message. Pandas-free, so that the CLI's
refusals stay fast.

Example:
    >>> name_problem("incident_id", "mali-2025") is None
    True
    >>> print(name_problem("incident_id", "overview"))  # doctest: +ELLIPSIS
    incident_id 'overview' is reserved: the report runner uses it (reserved: latest, ...)
"""

from __future__ import annotations

import re

SAFE_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,127}$")
SAFE_RULE = (
    "letters, digits, '_', '-' or '.' (no '..', no '/', not starting with '.' or '-', "
    "at most 128 characters)"
)
# Names the runner gives its own folders and files beside the per-incident reports.
RESERVED_NAMES = ("latest", "overview", "index.html")


def name_problem(field: str, value: object, *, reserved: bool = True) -> str | None:
    """Why ``value`` cannot name a report folder, or ``None`` if it can.

    ``reserved=False`` for names that may be the runner's own (a report key "overview").

    Example:
        >>> print(name_problem("incident_id", "a/b"))  # doctest: +ELLIPSIS
        incident_id 'a/b' is not allowed: use letters, digits, '_', '-' or '.' (no '..', ...)
        >>> name_problem("report", "overview", reserved=False) is None
        True
    """
    if not isinstance(value, str) or not SAFE_NAME.match(value) or ".." in value:
        return f"{field} {str(value)!r:.140} is not allowed: use {SAFE_RULE}"
    if reserved and value.casefold() in RESERVED_NAMES:
        return (
            f"{field} {value!r} is reserved: the report runner uses it "
            f"(reserved: {', '.join(RESERVED_NAMES)})"
        )
    return None
