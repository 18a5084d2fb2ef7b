"""Extraction stages: temporal expressions, events, people, places and themes from plain text."""
