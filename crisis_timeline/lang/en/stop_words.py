"""English stop words: capitalised words that open sentences or titles and never name a
place in running text, even when a town somewhere carries the name ("Police", "Read").

Read by the GeoNames place fallback (crisis_timeline/geonames_fallback.py), which takes the
union of every language's set, and by the outlets' vocabulary.
"""

from __future__ import annotations

STOP_WORDS: frozenset[str] = frozenset(
    """
    a about after again against all already also an and another any are as asked at
    back be because been before being both but by can could did do does during each
    even ever every few for from further had has have having he her here hers him his
    how i if in into is it its just last later least less like many may me might more
    most much must my never new next no nor not now of off on once one only or other
    our out over own perhaps please same she should since so some still such than that
    the their them then there these they this those though through thus to today
    tomorrow too under until up upon us very was we were what when where whether which
    while who whom whose why will with within without would yes yesterday yet you your
    monday tuesday wednesday thursday friday saturday sunday
    january february march april may june july august september october november december
    mr mrs ms miss dr sir madam president minister ministers prime foreign interior
    defence defense chancellor secretary spokesman spokeswoman spokesperson general gen
    commissioner commander leader chief head king queen prince princess pope ambassador
    envoy deputy vice senator mayor governor colonel captain lieutenant sergeant officer
    police army navy government parliament ministry state states republic union council
    committee commission agency office court embassy border guard guards troops forces
    european western eastern northern southern west east north south central
    national international federal global world news press post times daily morning
    afternoon evening night premium register registration terms privacy cookie cookies
    policy google twitter facebook telegram instagram youtube whatsapp video photo
    read see share subscribe download advertising skip page content join thank
    comment comments newsletter login sign christmas easter ramadan covid coronavirus
    islam muslim christian god allah human rights red cross green white black old great
    little big city village town airport camp forest river sea lake island bridge
    street road square park palace hall station hospital church mosque centre center
    """.split()
)
