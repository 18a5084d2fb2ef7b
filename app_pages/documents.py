"""Documents: the library with each document's status and messages, its text, and adding new documents."""

import streamlit as st

from components import filters, layout, resources
from components.corrections import show_needing_review
from components.labels import country_name
from components.layout import empty_state, md, page_header, show_document_text
from entente.pipeline import IngestStopped
from entente.query import Filters

page_header("Documents", "The library: every document, what became of it, and its text.")
with st.expander("Add documents", icon=":material/upload_file:"):
    with st.form("upload", clear_on_submit=True):
        files = st.file_uploader("Text, Markdown, HTML, PDF or Word files", accept_multiple_files=True,
                                 type=["txt", "md", "html", "htm", "pdf", "docx", "jsonl"])
        if st.form_submit_button("Add to the library") and files:
            bar = st.progress(0.0, text="Reading and extracting…")
            try:
                reports = resources.ingest_uploads(
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

if done := st.session_state.pop("_reextracted", None):
    st.success(md(done))
outdated = resources.outdated_documents()
if outdated and st.button(f"Re-extract {outdated} document(s) made by an older extractor",
                          icon=":material/refresh:", help="From the stored text; corrections are kept."):
    bar = st.progress(0.0, text="Re-extracting…")
    try:
        redone = resources.reextract(progress=lambda done, total, name: bar.progress(done / max(total, 1)))
        stopped = ""
    except IngestStopped as stop:  # the disk is full
        redone, stopped = stop.reports, str(stop)
    failed = [m for r in redone if r.state == "failed" for m in r.messages]
    st.session_state["_reextracted"] = " ".join(
        [f"Re-extracted {sum(r.state in ('ingested', 'warning') for r in redone)} document(s).", *failed[:3],
         stopped]).strip()
    st.rerun()

show_needing_review()
library = resources.documents()
if library.empty:
    empty_state("The library is empty.", "Add documents above.")
    layout.stop()
table = library.assign(
    messages=library["messages"].map(lambda m: "; ".join(m) if m else ""),
    countries=library["countries"].map(lambda cs: ", ".join(country_name(c) for c in cs)),
)[["title", "published", "status", "events", "countries", "messages", "source"]]
st.dataframe(table.rename(columns=str.capitalize), hide_index=True, width="stretch")

view = filters.view()
ids = list(library["id"])
titles = dict(zip(library["id"], library["title"]))
current = view.get("doc") if view.get("doc") in ids else ids[0]
st.session_state["reading"] = current
doc_id = st.selectbox("Read a document", ids, key="reading", format_func=lambda d: titles[d] or d,
                      on_change=lambda: filters.update(doc=st.session_state["reading"], hl=None))
document = resources.document(doc_id)
if document is None:
    empty_state("That document is no longer in the library.")
    layout.stop()
st.subheader(md(document["title"] or doc_id), anchor=False)
st.caption(md(f"{document.get('source')} · published {document.get('published') or 'date unknown'} · "
              f"status {document.get('status')}"))
for message in document.get("messages") or []:
    st.warning(md(message))
corrected = resources.events(Filters(document=doc_id))
corrected = corrected[corrected["corrected"].astype(bool)] if "corrected" in corrected else corrected.iloc[0:0]
if not corrected.empty:
    st.caption(":material/edit_note: Corrected by an analyst: " + md("; ".join(corrected["title"])))
start, _, end = (view.get("hl") or "").partition("-") if doc_id == view.get("doc") else ("", "", "")
show_document_text(document.get("text") or "", int(start) if start else None, int(end) if end else None)
