"""Builds the app's links (relative URLs): the one place that formats query strings."""

from __future__ import annotations

from urllib.parse import urlencode

from crisis_timeline.filters import Filters


def view_url(page: str, filters: Filters | None = None, **params: str | int | None) -> str:
    """A link to `page` ("" for the overview) reproducing `filters` plus page parameters.

    >>> view_url("articles", Filters(outlets=("RFI",)), article="002_x")
    'articles?outlet=RFI&article=002_x'
    """
    query: dict[str, str | list[str]] = dict(filters.to_query()) if filters else {}
    query.update({k: str(v) for k, v in params.items() if v is not None})
    encoded = urlencode(query, doseq=True)
    return f"{page}?{encoded}" if encoded else page or "./"
