"""Article text → candidate claims (English and French), rule-based and explainable.

``claimtrack.extract`` is the public function; ``to_yaml`` writes its rows as a
statements file for a researcher to review. The package is called
``extraction`` so that ``claimtrack.extract`` stays the function.

The modules, in the order a sentence meets them: ``sentences`` (split, shadow,
language), ``attribution``, ``source_phrases`` and ``source_names`` (who speaks for
which stretch), ``counts`` with ``number_forms``, ``predicates`` and ``named_things``
(claims with a number), ``events`` (claims without one), ``places``, ``sources`` (pronouns and
surnames across sentences), ``core`` (the walk through an article), ``candidates``
(the frame) and ``actors``; ``output`` writes the YAML. The word lists are in
``lexicon/``; ``found.Found`` is the record every finder returns.

Example:
    >>> from claimtrack.extraction import extract
    >>> extract("JNIM said it captured three barracks.").loc[0, "claim_type"]
    'seized'
"""

from claimtrack.extraction.candidates import COLUMNS, empty_frame
from claimtrack.extraction.core import MAX_CHARS, ExtractError, extract

__all__ = ["COLUMNS", "MAX_CHARS", "ExtractError", "empty_frame", "extract"]
