"""Entente's Streamlit entry point: a router that loads the seeds, keeps the URL and picks the page."""

import streamlit as st

from components import filters, layout, resources

st.set_page_config(page_title="Entente", page_icon="🕊️", layout="wide")

PAGES = [
    # The default page is served at "/" and Streamlit no longer finds it by its own path, so "/overview"
    # (a natural link to share) is a hidden second entry for the same page rather than "Page not found".
    st.Page("app_pages/overview.py", title="Overview", icon=":material/dashboard:", url_path="home", default=True),
    st.Page("app_pages/overview.py", title="Overview", icon=":material/dashboard:", url_path="overview",
            visibility="hidden"),
    st.Page("app_pages/timeline.py", title="Timeline", icon=":material/timeline:", url_path="timeline"),
    st.Page("app_pages/delegations.py", title="Delegations", icon=":material/groups:", url_path="delegations"),
    st.Page("app_pages/topics.py", title="Topics", icon=":material/sell:", url_path="topics"),
    st.Page("app_pages/documents.py", title="Documents", icon=":material/description:", url_path="documents"),
]

view = filters.sync_url()
presenting = filters.presenting()
page = st.navigation(PAGES, position="hidden" if presenting else "sidebar")
layout.base_styles()
seeding = resources.ensure_seeds()
if isinstance(seeding, str):
    st.error(seeding, icon=":material/error:")


def _sidebar() -> None:
    with st.sidebar:
        filters.sidebar(resources.facets(), resources.theme_labels())


if presenting:
    layout.presenter_styles()
layout.after_page(None if presenting else _sidebar)
page.run()
layout.finish()
