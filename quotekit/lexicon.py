"""Lexicon: the word lists the rules read and UD label sets (data only).

The cue table (``quotekit/data/lexicon.tsv``: every verb and noun of saying, its classes and
properties) is read by ``quotekit.cue_lexicon``. The lists were written for this project.
"""

from __future__ import annotations

# UD relations (Stanza emits UD v2 labels; the root is stored as spaCy's "ROOT").
SUBJ_DEPS = frozenset({"nsubj", "nsubj:pass", "csubj", "nsubj:outer"})
SPEAKER_LEFT_DEPS = frozenset(
    {
        "compound",
        "flat",
        "flat:name",
        "det",
        "amod",
        "nummod",
        "nmod:poss",
        "case",
        "det:poss",
        "nmod:desc",
    }
)
SPEAKER_RIGHT_DEPS = frozenset({"flat", "flat:name"})

# parts of speech of a noun phrase's head
NOMINAL_POS = frozenset({"NOUN", "PROPN", "PRON"})

PERSON_PRONOUNS = frozenset({"he", "she", "him", "her"})
PLURAL_PRONOUNS = frozenset({"they", "them", "we", "us"})

# Words that mark a person in a title ("President Obama", "Sen. Warren").
PERSON_TITLES = frozenset(
    """
mr mrs ms miss dr sir dame lord lady president minister secretary senator sen rep representative
governor gov mayor chancellor premier prime chairman chairwoman chair spokesman spokeswoman
spokesperson ambassador general gen colonel col judge justice director ceo chief king queen prince
princess pope rev reverend father sheikh professor prof candidate nominee leader official adviser
advisor aide attorney lawyer economist analyst founder executive manager commissioner deputy
speaker inspector superintendent detective sergeant constable treasurer lieutenant lt captain capt
sheriff coach councilman councilwoman councillor councilor alderman congressman congresswoman
""".split()
)

# Names cried out, not people who speak: "Good God, no!", "Heavens, Harriet!", "My God," he thought.
EXCLAIMED_NAMES = frozenset("god lord heaven heavens jove christ jesus goodness".split())

# Titles of address before a name: "Mr. King" (a surname even when it is a title word).
HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "dr", "sir", "dame"})

# Words that make a title another office: "Deputy Prime Minister", "the former president".
ROLE_QUALIFIERS = frozenset(
    {"deputy", "vice", "former", "ex", "assistant", "associate", "acting", "shadow", "junior"}
)

# Words for times, which are never the source of a quote ("said this week", "Friday, he said").
TIME_WORDS = frozenset(
    """
monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow tonight
morning afternoon evening night week weekend month year day hour minute time season
january february march april may june july august september october november december
""".split()
)

# Quotation mark characters.
DOUBLE_OPEN = frozenset('"\u201c\u201e\u201f')
DOUBLE_CLOSE = frozenset('"\u201d\u201f')
SINGLE_OPEN = frozenset("'\u2018\u201b")
SINGLE_CLOSE = frozenset("'\u2019")
GUILLEMET_OPEN = frozenset("\u00ab\u2039")
GUILLEMET_CLOSE = frozenset("\u00bb\u203a")
ALL_MARKS = (
    DOUBLE_OPEN | DOUBLE_CLOSE | SINGLE_OPEN | SINGLE_CLOSE | GUILLEMET_OPEN | GUILLEMET_CLOSE
)


def is_quote_mark(text: str) -> bool:
    """Whether a token is a quotation mark, one character or a doubled one ("''", "``")."""
    return bool(text) and all(ch in ALL_MARKS or ch == "`" for ch in text)


# Elisions that begin with an apostrophe: "'90s", "'em", "'til", "'cause", "'n'".
ELISIONS = ("em", "til", "cause", "bout", "n'", "tis", "twas", "s ")


# --------------------------------------------------------------------------- word lists
# Closed-class words and short lists the rules read, each named once here.

DEMONSTRATIVES = frozenset({"this", "that", "these", "those"})

PRONOUN_OBJECTS = frozenset(
    "it this that so something nothing anything everything what which them him her".split()
)

QUESTION_WORDS = frozenset({"if", "whether", "what", "which", "who", "why", "how", "when"})

TERM_NOUNS = frozenset({"term", "word", "phrase", "name", "concept", "label", "expression"})

TIME_PREPOSITIONS = frozenset({"since", "during", "after", "before", "until", "following"})

EXPLETIVES = frozenset({"it", "there"})

OBJECT_PRONOUNS = frozenset({"him", "her", "them", "me", "us", "nothing", "something", "so"})

MANNER_MARKS = frozenset({"by", "without"})

WHEN_ADVERBS = frozenset({"when", "whenever", "while"})

ADVERBIAL_OPENERS = frozenset(
    {"before", "after", "when", "because", "since", "until", "while", "although", "though"}
    | {"once", "unless", "whenever", "as"}
)

EDITORIAL_LABELS = frozenset(
    {
        "correction",
        "clarification",
        "update",
        "updated",
        "editor's note",
        "note",
        "related",
        "read more",
        "watch",
        "video",
        "photos",
        "exclusive",
        "analysis",
        "opinion",
        "breaking",
        "live",
        "transcript",
        "source",
        "sources",
        "credit",
        "disclosure",
        "advertisement",
    }
)

RELATIVE_PRONOUNS = frozenset({"who", "which", "whom", "whose"})

NEGATIONS = frozenset({"not", "never"})

LEAD_PRONOUNS = frozenset({"which", "that", "what", "who", "whom"})

SUBORDINATORS = frozenset(
    {"although", "though", "while", "whereas", "after", "before", "when", "as", "since"}
    | {"because", "if", "despite", "once", "until", "even"}
)

CONTRAST_WORDS = frozenset({"while", "whereas", "despite"})

JOINING_WORDS = frozenset({"though", "although", "but", "and", "while"})

QUESTION_OPENERS = frozenset({"when", "after", "if", "once", "while"})


DASHES = frozenset({"--", "\u2014", "\u2013", "\u2015", "-"})

MINOR_WORDS = frozenset(
    {
        "a",
        "an",
        "the",
        "of",
        "in",
        "on",
        "and",
        "or",
        "for",
        "to",
        "at",
        "by",
        "with",
        "from",
        "as",
        "is",
        "vs",
    }
)

RELATIVE_WORDS = frozenset({"who", "which", "that", "whom"})

PARTY_LETTERS = frozenset({"R", "D", "I"})

BREAKS_BEFORE_SUBJECT = frozenset({":", "\u2014", "\u2013", "--", "-"})

# last words of organisations' names: "president of the Washington Restaurant Association"
ORGANISATION_WORDS = frozenset(
    """association council center centre committee party university institute department
    foundation union commission agency bureau office board company corporation group
    network league society alliance coalition campaign fund trust bank court chamber
    ministry organization organisation""".split()
)

NAME_PARTICLES = frozenset({"de", "da", "di", "del", "der", "van", "von", "le", "la", "bin", "al"})

# a headline's verb of saying, capitalized: "Lindsey Graham Says ...", "Rick Perry Just
# Announced ..."
HEADLINE_SAYING = frozenset(
    "says said tells told asks asked warns warned claims claimed admits insists slams blasts "
    "urges calls reveals revealed explains explained announces announced declares declared "
    "responds responded just".split()
)

# what an unnamed source is said to be, by its first two words: "people familiar with the
# matter", "sources close to the talks", "a person with knowledge of the plans"
SOURCE_QUALIFIERS = frozenset(
    {
        ("familiar", "with"),
        ("close", "to"),
        ("briefed", "on"),
        ("knowledgeable", "about"),
        ("privy", "to"),
        ("involved", "in"),
        ("aware", "of"),
        ("with", "knowledge"),
        ("with", "direct"),
    }
)

# nouns that name what someone said in an attribution across a dash: '"..." - those were the
# words of the mayor', '- that was the verdict from the judge'
DASH_FRAME_NOUNS = frozenset(
    """word message verdict view warning advice plea assessment reaction response argument
    conclusion answer promise sentiment point take""".split()
)

# titles that follow "Mr." or "Madam" in address, not as a surname: "Mr. President"
ADDRESSES = frozenset(
    "president speaker chairman chairwoman secretary mayor governor senator ambassador "
    "prime minister chief justice vice".split()
)

# documents that speak for whoever made them: "a count by The Associated Press"
DOCUMENT_NOUNS = frozenset(
    {
        "report",
        "analysis",
        "study",
        "survey",
        "poll",
        "count",
        "tally",
        "estimate",
        "statement",
        "release",
        "letter",
        "email",
        "e-mail",
        "memo",
        "message",
        "tweet",
        "post",
        "review",
        "audit",
        "calculation",
        "projection",
        "forecast",
        "complaint",
    }
)

# people named by their tie to someone else: "Clinton's chief pollster", "Trump's supporters"
OTHER_PEOPLE = frozenset(
    {
        "supporter",
        "opponent",
        "adviser",
        "advisor",
        "aide",
        "ally",
        "associate",
        "manager",
        "chairman",
        "chairwoman",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "pollster",
        "strategist",
        "lawyer",
        "attorney",
        "secretary",
        "director",
        "deputy",
        "assistant",
        "surrogate",
        "backer",
        "donor",
        "friend",
        "critic",
        "rival",
        "staffer",
        "official",
        "wife",
        "husband",
        "son",
        "daughter",
        "father",
        "mother",
        "sister",
        "brother",
    }
)

# words that open no description of a named speaker ("whose task ...", "many said")
NOT_APPOSITIONS = frozenset(
    {"whose", "which", "who", "many", "both", "some", "these", "those", "all", "most", "several"}
)

TITLE_GENDER = {
    **dict.fromkeys(("mr", "sir", "lord", "king", "prince", "father", "brother"), "m"),
    **dict.fromkeys(("mrs", "ms", "miss", "dame", "lady", "queen", "princess", "sister"), "f"),
}

PRONOUN_GENDER = {
    **dict.fromkeys(("he", "him", "his", "himself"), "m"),
    **dict.fromkeys(("she", "her", "hers", "herself"), "f"),
}

TITLES_BEFORE_NAME = frozenset({"rep", "sen", "gov", "dr", "mr", "mrs", "ms", "gen", "lt"})

ABOUT_PREPOSITIONS = frozenset({"on", "about", "of", "regarding", "concerning", "over"})

# "said of the plan", "spoke about X"; not "on" or "over", which are mostly times ("on Monday")
CUE_ABOUT_PREPOSITIONS = frozenset({"about", "of", "regarding", "concerning"})

# noun heads too vague to say what a quote is about: "a point", "the other factor", "my hope"
VAGUE_HEADS = frozenset(
    """
thing point way lot people time one kind sort fact part priority intention something anything
everything nothing someone anyone everyone stuff bit example day week opportunity percentage
percent majority minority number like guy factor hope result capability demand weight question
promise following matter reason behalf end moment place folk folks
""".split()
)
# heads vague only in the singular ("no idea", "no doubt"; "their ideas" propose)
VAGUE_SINGULAR = frozenset({"idea", "notion", "doubt"})
# cues whose "on" phrase names what was spoken about ("commented on the ruling", "weighed in on
# X"); other cues' "on" is mostly a time ("said on Monday")
TOPIC_ON_CUES = frozenset(
    "comment remark speak talk elaborate weigh reflect testify report write focus touch "
    "brief update insist dwell expound muse opine".split()
)
# verbs that name or rate their object ("called the plan a failure", "deemed the emails secret"):
# the object is what the statement is about
NAMING_VERBS = frozenset(
    "call label brand dub deem term describe characterize characterise consider declare "
    "find judge rate pronounce".split()
)
# verbs whose object says little of its own ("has done an awful job", "made a mistake"): their
# subject stays what the clause is about
LIGHT_VERBS = frozenset("do make have get take give".split())
# nouns of people and bodies who act (with OTHER_PEOPLE and ORGANISATION_WORDS): "the team
# avoided taking her there" is about what the team did; "the attacks highlight the threat" is
# about the attacks
PEOPLE_NOUNS = frozenset(
    "team operative people official leader member voter person man woman group administration "
    "government staff police party family folk".split()
)
# verbs whose subject belongs to the verb after them ("the plan seems to work")
RAISING_VERBS = frozenset("seem appear tend continue begin start need go use".split())
# subjects of a predicate that describes a person ("I am a proven champion", "he's a nice guy")
PERSONAL_PRONOUNS = frozenset("i you he she we they".split())
# in a quotation, "he" or "she" is someone other than the speaker
THIRD_PERSON_SINGULAR = frozenset({"he", "she"})
# pronouns and determiners that never name a topic on their own
PRONOUN_WORDS = frozenset(
    """
i me my mine myself we us our ours ourselves you your yours yourself yourselves he him his
himself she her hers herself it its itself they them their theirs themselves this that these
those who whom whose what which there here one
""".split()
)
# what someone declined, refused or failed to do was not done ("declined to comment on ...")
NEGATED_DOING = frozenset({"decline", "refuse", "fail"})
# what may stand right before an "asked" put to someone: "when asked", "if asked"
QUESTION_OPENERS_BEFORE_ASKED = frozenset({"when", "if", "once", "after"})
