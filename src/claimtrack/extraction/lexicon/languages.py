"""The function words that tell a text's language (English or French), by how often they occur.

Example:
    >>> "the" in STOPWORDS["en"], "selon" in STOPWORDS["fr"]
    (True, True)
"""

from __future__ import annotations

_EN_STOP = """the of and to in a is was were said that for on with by from at as has have had
it its their they he she been which who an this these"""
_FR_STOP = """le la les de des du un une et a au aux en dans par pour sur est sont ont ete qui que
avec il ils elle d l selon leur ce cette"""
STOPWORDS = {"en": frozenset(_EN_STOP.split()), "fr": frozenset(_FR_STOP.split())}
