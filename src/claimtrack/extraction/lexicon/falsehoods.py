"""Words that call an account or a figure false: false-news names, the words that call a
toll wrong, and an account called false or doubted ("It's a hoax", "c'est faux").

Example:
    >>> import re
    >>> bool(re.search(FALSE_WORDS, "the toll was inflated"))
    True
"""

from __future__ import annotations

from claimtrack.extraction.lexicon import tables

# Accounts their speaker calls false by their very name: "fake news claiming …" (not
# "rumours": a source may cite unconfirmed rumours without denying them).
FALSE_ACCOUNTS = (
    # ("via its propaganda radio that …": the group's own medium reports, it is no falsehood)
    r"fake news|false (?:reports?|claims?|information|news)|disinformation"
    r"|propaganda(?!\s+(?:radio|outlets?|arms?|wings?|channels?|agency|units?|offices?"
    r"|websites?|networks?|stations?|media|tv|television|news|organs?|videos?|films?|magazines?)\b)"
    r"|desinformation|fausses? informations?|fausses? nouvelles?|intox"
)
# What calls a figure false: "the toll was inflated", "the number given was too high".
FALSE_WORDS = (
    r"inflated|exaggerated|overstated|inaccurate|incorrect|false|wrong|untrue|not true"
    r"|too high|faux|exageres?|errone|trop eleves?"
    # "… ne sont pas fondées", "n'est nullement fondé", "dénuées de tout fondement": an
    # account called unfounded (the negation before the copula is left to the clause)
    r"|(?:pas|nullement|aucunement)\s+fondee?s?|denuee?s?\s+de\s+(?:tout\s+)?fondement"
)
# An account called false, or doubted: a denial of what another source said ("It's a hoax",
# "they doubted the official account", "une fausse information", "remettent en cause le récit").
ACCOUNT_FALSE = (
    # called so ("It's a hoax", "c'est de l'intox"), or a false-news phrase on its own
    r"(?:it's|it is|this is|that is|was|is|c'est|est|ce sont|(?:the|these|those|such|ces|les"
    r"|leurs|ses) (?:claims|reports|allegations|accusations|figures|informations|affirmations"
    r"|chiffres|declarations) (?:were|are|sont|etaient))\s+"
    r"(?:(?:a|an|une|de l'|de la|du|des)\s*)?"
    rf"(?:(?:complete|pure|total)\s+)?(?:{tables.event_words('denied')})"
    r"|fausses? informations?|false information|fake news|disinformation|desinformation"
    # "Les terroristes font comme d'habitude de la propagande", "they are spreading lies":
    # the other side's account called propaganda by what it does
    r"|(?:font|fait|faisaient|faisait)\s+(?:[\w']+\s+){0,3}?(?:de la propagande|de l'intox"
    r"|de la desinformation)(?![\w-])"
    r"|(?:spread|spreads|spreading|peddle|peddles|peddling)\s+(?:[\w']+\s+){0,2}?"
    r"(?:propaganda|lies|disinformation|fake news|falsehoods)\b"
    # "« C'est faux »", "« C'est totalement faux »", "That is untrue"
    r"|(?:c'est|c'etait|ce sont|it's|it is|that is|this is)\s+(?:(?:totalement|completement"
    r"|tout a fait|archi|absolument|totally|completely|simply)\s+)?(?:faux|fausse|fausses"
    r"|mensonger|mensongere|infonde|infondee|false|untrue|not true)(?![\w-])"
    r"|(?:doubted|doubts|questioned|questions|disputed|disputes|challenged|contested"
    r"|cast doubt on|casting doubt on|remettent en cause|remet en cause|contestent|conteste"
    r"|doutent de|mettent en doute|met en doute)\s+(?:(?:the|this|that|their|its|his|her|le|la"
    r"|les|l'|ce|cette)\s*)?(?:[\w-]+\s+){0,2}?(?:account|version|report|story|narrative"
    r"|recit|informations?)"
)
