"""The Documents page's panels: adding files, extracting old ones again, and the library's table."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from components import actions, resources
from components.labels import country_name
from components.layout import md
from entente.pipeline import IngestStopped

UPLOAD_TYPES = ["txt", "md", "html", "htm", "pdf", "docx", "jsonl"]


def upload_form(key: str = "upload") -> None:
    """A folded form that stores the files dropped on it and says what became of each."""
    with st.expander("Add documents", icon=":material/upload_file:"), st.form(key, clear_on_submit=True):
        files = st.file_uploader("Text, Markdown, HTML, PDF or Word files", accept_multiple_files=True,
                                 type=UPLOAD_TYPES)
        if not (st.form_submit_button("Add to the library") and files):
            return
        bar = st.progress(0.0, text="Reading and extracting…")
        try:
            reports = actions.ingest_uploads(
                [(f.name, f.getvalue()) for f in files],
                progress=lambda done, total, name: bar.progress(done / max(total, 1),
                                                                text=md(f"{done}/{total}: {name}")))
        except IngestStopped as stopped:  # the disk is full: one message, not one per file
            reports = stopped.reports
            st.error(md(str(stopped)), icon=":material/error:")
        bar.empty()
        for report in reports:
            message = f"{report.source}: {report.state}, {report.events} events. " + " ".join(report.messages)
            (st.success if report.state in ("ingested", "unchanged") else st.warning)(md(message))


def reextract_button(key: str = "_reextracted") -> None:
    """A button to extract again what an older extractor made; its outcome is shown after the rerun."""
    if done := st.session_state.pop(key, None):
        st.success(md(done))
    outdated = resources.outdated_documents()
    if not (outdated and st.button(f"Re-extract {outdated} document(s) made by an older extractor",
                                   icon=":material/refresh:", help="From the stored text; corrections are kept.")):
        return
    bar = st.progress(0.0, text="Re-extracting…")
    try:
        redone = actions.reextract(progress=lambda done, total, name: bar.progress(done / max(total, 1)))
        stopped = ""
    except IngestStopped as stop:  # the disk is full
        redone, stopped = stop.reports, str(stop)
    failed = [m for r in redone if r.state == "failed" for m in r.messages]
    st.session_state[key] = " ".join(
        [f"Re-extracted {sum(r.state in ('ingested', 'warning') for r in redone)} document(s).", *failed[:3],
         stopped]).strip()
    st.rerun()


def table(library: pd.DataFrame) -> None:
    """The library, one row per document, with its status and what reading it found."""
    shown = library.assign(
        messages=library["messages"].map(lambda m: "; ".join(m) if m else ""),
        countries=library["countries"].map(lambda cs: ", ".join(country_name(c) for c in cs)),
    )[["title", "published", "status", "events", "countries", "messages", "source"]]
    st.dataframe(shown.rename(columns=str.capitalize), hide_index=True, width="stretch")
