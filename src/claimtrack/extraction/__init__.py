"""Article text → candidate claims (English and French), rule-based and explainable.

``claimtrack.extract`` is the public function; ``to_yaml`` writes its rows as a
statements file for a researcher to review. The package is called
``extraction`` so that ``claimtrack.extract`` stays the function.

Example:
    >>> from claimtrack.extraction import extract
    >>> extract("JNIM said it captured three barracks.").loc[0, "claim_type"]
    'seized'
"""

from claimtrack.extraction.candidates import COLUMNS, empty_frame
from claimtrack.extraction.core import MAX_CHARS, ExtractError, extract

__all__ = ["COLUMNS", "MAX_CHARS", "ExtractError", "empty_frame", "extract"]
