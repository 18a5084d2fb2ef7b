"""Extraction stages: temporal expressions, events, people, places and themes from plain text."""

# Bump when extraction output changes: stored documents of an older version are re-extracted on request.
EXTRACTOR_VERSION = "0.9.155"
