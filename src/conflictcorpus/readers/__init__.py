"""Readers: turn bytes from a source into decoded text plus what the source tells.

Readers decode; they never clean. Cleaning is :mod:`conflictcorpus.normalize` and the
stages after it.
"""

from .base import RawText
from .text import decode_bytes, read_text_file

__all__ = ["RawText", "decode_bytes", "read_text_file"]
