"""Rule kinds, one module each. A rule file names its kind; the kind's class validates it."""

from __future__ import annotations

from editor.checks.kinds.acronym_expansion import AcronymExpansion
from editor.checks.kinds.affix import Affix
from editor.checks.kinds.agent_noun import AgentNoun
from editor.checks.kinds.apposition_comma import AppositionComma
from editor.checks.kinds.attribution_case import AttributionCase
from editor.checks.kinds.base import Kind
from editor.checks.kinds.bracket_pairs import BracketPairs
from editor.checks.kinds.capitals import Capitals
from editor.checks.kinds.clause_capital import ClauseCapital
from editor.checks.kinds.colloquial_nasal import ColloquialNasal
from editor.checks.kinds.consistency import Consistency
from editor.checks.kinds.degree import Degree
from editor.checks.kinds.existence import Existence
from editor.checks.kinds.final_period import FinalPeriod
from editor.checks.kinds.generic_capital import GenericCapital
from editor.checks.kinds.generic_echo import GenericEcho
from editor.checks.kinds.generic_list import GenericList
from editor.checks.kinds.glued_preposition import GluedPreposition
from editor.checks.kinds.initial_surname import SurnameAfterInitial
from editor.checks.kinds.leftover import Leftover
from editor.checks.kinds.name_initial import NameInitial
from editor.checks.kinds.number import Number
from editor.checks.kinds.office_title import OfficeTitle
from editor.checks.kinds.official_expansion import OfficialExpansion
from editor.checks.kinds.opener_drop import OpenerDrop
from editor.checks.kinds.pattern import Pattern
from editor.checks.kinds.people import People
from editor.checks.kinds.people_name import PeopleName
from editor.checks.kinds.place import Place
from editor.checks.kinds.place_levels import PlaceLevels
from editor.checks.kinds.prefixed_name import PrefixedName
from editor.checks.kinds.pronoun import Pronoun
from editor.checks.kinds.quote_pairs import QuotePairs
from editor.checks.kinds.rate_capitals import FunctionCapital, LowerName, NameHeadCapital
from editor.checks.kinds.realword import RealWord
from editor.checks.kinds.regulation import RegulationName
from editor.checks.kinds.repetition import Repetition
from editor.checks.kinds.roman import Roman
from editor.checks.kinds.sentence_length import SentenceLength
from editor.checks.kinds.spelling import Spelling
from editor.checks.kinds.split_word import SplitWord
from editor.checks.kinds.structure import Structure
from editor.checks.kinds.subject_comma import SubjectComma, SubjectPhraseComma
from editor.checks.kinds.subjectless import Subjectless
from editor.checks.kinds.substitution import Substitution
from editor.checks.kinds.transitive_preposition import TransitivePreposition

_COVERAGE: dict[str, type[Kind]] = {
    k.name: k for k in (BracketPairs, ColloquialNasal, GluedPreposition, OpenerDrop, PrefixedName)
}
KINDS: dict[str, type[Kind]] = (
    {k.name: k for k in (Existence, Substitution, Pattern, Spelling)}
    | {k.name: k for k in (Affix, Capitals, Consistency, Degree, Pronoun, Repetition, Roman)}
    | {k.name: k for k in (Number, Place, SentenceLength, Structure)}
    | {k.name: k for k in (AppositionComma, GenericCapital, Leftover, NameInitial, SubjectComma)}
    | {k.name: k for k in (FunctionCapital, LowerName, NameHeadCapital, People, RealWord)}
    | {k.name: k for k in (FinalPeriod, QuotePairs, Subjectless, SubjectPhraseComma)}
    | _COVERAGE
    | {k.name: k for k in (AttributionCase, ClauseCapital, GenericEcho, GenericList)}
    | {k.name: k for k in (OfficeTitle, PeopleName, RegulationName, SurnameAfterInitial)}
    | {k.name: k for k in (AcronymExpansion, AgentNoun, OfficialExpansion, SplitWord)}
    | {k.name: k for k in (TransitivePreposition,)}
    | {k.name: k for k in (PlaceLevels,)}
)

__all__ = ["KINDS", "Kind"]
