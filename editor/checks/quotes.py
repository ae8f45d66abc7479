"""Where direct speech stands in a text: quotations are held to spelling, capitals and
punctuation, not to usage or style, so usage rules skip them."""

from __future__ import annotations

import bisect
import re

from editor.checks.kinds.base import CheckContext

_QUOTED = re.compile(r"“[^“”\n]*(?:”|$)|\"[^\"\n]*(?:\"|$)", re.MULTILINE)


def quoted_spans(ctx: CheckContext) -> list[tuple[int, int]]:
    """Spans of quoted speech, opening mark to closing mark; a quote left open runs to the end
    of its paragraph (a quotation that continues in the next one). Computed once per text."""
    spans = ctx.memo.get("quoted_spans")
    if spans is None:
        spans = ctx.memo["quoted_spans"] = [m.span() for m in _QUOTED.finditer(ctx.text)]
    return spans


def in_quote(ctx: CheckContext, pos: int) -> bool:
    spans = quoted_spans(ctx)
    k = bisect.bisect_right(spans, (pos, len(ctx.text) + 1)) - 1
    return k >= 0 and spans[k][0] <= pos < spans[k][1]
