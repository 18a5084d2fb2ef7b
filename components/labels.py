"""Labels for the app: the shared formatter of dates, countries and themes (entente.labels), and escaping."""

from __future__ import annotations

import html
import re

from entente.labels import clip, country_name, format_when, text_or_none, theme_name

__all__ = ["clip", "country_name", "format_when", "safe", "text_or_none", "theme_name"]

# Bidirectional embeddings, overrides and isolates: they would reorder a title around them.
_BIDI_CONTROLS = re.compile(r"[\u202a-\u202e\u2066-\u2069]")


def safe(text: object) -> str:
    """Untrusted text made inert for plotly hover labels and HTML text: `<b>` -> `&lt;b&gt;`. Quotes stay
    quotes: plotly shows `&quot;` as typed (it decodes only a few entities), and they are harmless in text."""
    text = _BIDI_CONTROLS.sub("", "" if text is None else str(text))
    return html.escape(text, quote=False)
