"""The Overview's headline numbers: documents and events, the span the events cover, people, counterparts."""

from __future__ import annotations

from typing import Any

import pandas as pd
import streamlit as st

from components import time_axis
from components.labels import country_name, format_when
from components.layout import md

NAMED = 8  # counterparts named under their count, busiest first


def show(summary: dict[str, Any], events: pd.DataFrame) -> None:
    """Four numbers over the events in view (they follow the sidebar's filters, as the charts below do)."""
    size, span, people, counterparts = st.columns(4)
    size.metric("Documents", summary["documents"], help="Documents with events in this view")
    size.caption(f"{summary['events']} events" + (f" · {summary['library']} documents in the library"
                                                  if summary["library"] != summary["documents"] else ""))
    opening = time_axis.focus(events["start_date"], events["end_date"])  # where the events are, not the outliers
    if opening is not None:
        span.metric("From", format_when(opening.first.date().isoformat(), None, "day"))
        last = (opening.last - pd.Timedelta(days=1)).date().isoformat()
        span.caption(f"to {format_when(last, None, 'day')}"
                     + (f" · {opening.outside} outlying event{'s' * (opening.outside != 1)} left out"
                        if opening.outside else ""))
    else:
        span.metric("From", "undated")
    people.metric("People", summary["people"], help="Named participants in the events in this view")
    counterparts.metric("Counterparts", len(summary["counterparts"]))
    busiest = [c for c in events["counterpart"].value_counts().index if c][:NAMED]  # the most events first
    rest = len(summary["counterparts"]) - len(busiest)
    counterparts.caption(md(", ".join(country_name(c) for c in busiest) + (f" and {rest} more" if rest > 0 else ""))
                         or "none yet")


