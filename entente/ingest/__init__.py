"""Readers that turn files, folders and corpus lines into Documents, or say why they cannot."""

from entente.ingest.folders import iter_paths
from entente.ingest.readers import SUPPORTED_SUFFIXES, ReadFailure, read_bytes, read_path

__all__ = ["SUPPORTED_SUFFIXES", "ReadFailure", "iter_paths", "read_bytes", "read_path"]
