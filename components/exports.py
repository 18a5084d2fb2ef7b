"""Download buttons for the filtered events, in the formats of the data contract."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from entente import export

FORMATS: tuple[tuple[str, str, str, str], ...] = (
    # (label, format, file name, MIME type)
    ("CSV", "csv", "entente-events.csv", "text/csv"),
    ("JSON", "json", "entente-events.json", "application/json"),
    ("TimelineJS", "timelinejs", "entente-timelinejs.json", "application/json"),
    ("Calendar (.ics)", "ics", "entente-events.ics", "text/calendar"),
)


def buttons(events: pd.DataFrame) -> None:
    """One download button per format; each file holds exactly the events on screen."""
    columns = st.columns(len(FORMATS))
    for column, (label, fmt, name, mime) in zip(columns, FORMATS, strict=True):
        with column:
            st.download_button(label, data=lambda fmt=fmt: export.export(events, fmt), file_name=name, mime=mime,
                               icon=":material/download:", on_click="ignore", key=f"export-{fmt}",
                               width="stretch")
