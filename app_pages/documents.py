"""Documents: the library with each document's status and messages, its text, and adding new documents."""

import streamlit as st

from components import filters, layout, library, resources
from components.corrections import show_needing_review
from components.layout import empty_state, md, page_header, show_document_text
from entente.query import Filters

page_header("Documents", "The library: every document, what became of it, and its text.")
library.upload_form()
library.reextract_button()
show_needing_review()
documents = resources.documents()
if documents.empty:
    empty_state("The library is empty.", "Add documents above.")
    layout.stop()
library.table(documents)

view = filters.view()
ids = list(documents["id"])
titles = dict(zip(documents["id"], documents["title"]))
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
