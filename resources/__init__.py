"""Data files shipped with Thabat: translations, fonts, icons and the bilingual catalogues."""

from pathlib import Path

ROOT = Path(__file__).parent


def path(*parts: str) -> Path:
    """The path of a shipped data file, e.g. path("catalogue", "prompts.json")."""
    return ROOT.joinpath(*parts)
