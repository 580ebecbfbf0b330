"""Five real scraped articles bundled with the package, for trying the library out.

They are commentary and news about the war in Syria as a scraper left them: site chrome,
comment notices, newsletter and donation prompts, captions and author bios included.

>>> from conflictcorpus import samples
>>> len(samples.paths())
5
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

__all__ = ["directory", "paths"]


def directory() -> Path:
    """The folder that holds the sample articles (a real folder of the installed package)."""
    return Path(str(resources.files(__name__).joinpath("articles")))


def paths() -> list[Path]:
    """The sample article files, in their stable sorted order."""
    return sorted(directory().glob("*.txt"))
