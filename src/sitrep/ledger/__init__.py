"""The ledger: figures grouped by event instance and measure family, with findings.

Who claims what, since when, and where they disagree: figures from every article are
grouped by subject (the event instance) and measure family (troops, personnel, soldiers
and participants are one family); copies of one wire story count as one claim cited by
several outlets; findings compare claims inside one group only, so figures of another
year's event are never compared with this year's.
"""

from .claims import Claim, build_claims
from .findings import Finding, find_findings
from .sources import SourceType, classify_source

__all__ = ["Claim", "Finding", "SourceType", "build_claims", "classify_source",
           "find_findings"]
