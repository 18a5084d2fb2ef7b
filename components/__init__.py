"""Streamlit building blocks shared by the pages: filters, charts, cached resources, layout."""
