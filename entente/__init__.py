"""Entente: turns the documents of a bilateral relationship into a timeline people can brief from."""

__version__ = "0.1.0"
